import type { ServerRole } from './rules';

/** What a server of a role is called in English: in a count, as a heading, and where "one … replicates". */
export interface ServerNames {
  /** One of them, in a sentence ("scale-out server"). */
  one: string;
  /** Several, in a sentence. */
  many: string;
  /** A heading over a count ("Scale-out process servers"). */
  heading: string;
  /** What "one … replicates" says ("process server"). */
  replicator: string;
  /** Its full name in a sentence ("scale-out process server"). */
  full: string;
}

/**
 * The English names of each server role: the domain's English sentences use them, and the English
 * catalogue is built on them (other languages have their own in src/i18n). Keyed by role, never by
 * rule set: a new rule set reusing a role needs no new words.
 */
export const SERVER_NAMES_EN: Readonly<Record<ServerRole, ServerNames>> = {
  configuration: {
    one: 'configuration server',
    many: 'configuration servers',
    heading: 'Configuration servers',
    replicator: 'configuration server',
    full: 'configuration server',
  },
  'scale-out': {
    one: 'scale-out server',
    many: 'scale-out servers',
    heading: 'Scale-out process servers',
    replicator: 'process server',
    full: 'scale-out process server',
  },
  appliance: {
    one: 'appliance',
    many: 'appliances',
    heading: 'Replication appliances',
    replicator: 'replication appliance',
    full: 'replication appliance',
  },
};
