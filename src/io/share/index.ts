/** Share links and plan files: the public surface of `src/io/share`. */

export { parsePayload, withCode, isSettingsOnly, type SharePayload } from './payload';
export { checkWritable } from './writable';
export { parsePlanFile, planFileName, planFileText } from './plan-file';
export { encodeShareFragment, decodeShareFragment, isShareFragment, shareUrl, LINK_COMFORT_LIMIT } from './share-link';
