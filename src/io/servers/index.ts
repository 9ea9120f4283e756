/** Process-server CSV reading: the public surface of `src/io/servers`. */

export { readServers, type ServersRead } from './read-servers';
export type { RejectedServerRow } from './server-row';
export { SERVER_FIELD_ALIASES, matchServerHeaders, type ServerField, type ServerColumnMapping } from './fields';
export { parseRole, parsePercent, parseMinutes, parseServices } from './values';
