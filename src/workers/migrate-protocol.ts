import type { Migration, MigrationSettings } from '../core/migrate';
import type { Issue } from '../core/result';
import type { MigrationDocument } from '../io/migration-document';
import type { RejectedServerRow } from '../io/servers';

/*
 * The Migration view's messages to and from the plan worker. The worker holds the inventory; a
 * request carries only the settings and the server file's text.
 */

/** A migration plan (the published document, and the core's codes for the page's language), or why there is none. */
export type MigrateReply =
  | { ok: true; document: MigrationDocument; migration: Migration; serverRejected: RejectedServerRow[] }
  | { ok: false; issues: Issue[]; serverRejected: RejectedServerRow[] };

/** Plan the move of the inventory the worker holds. */
export type MigrateAsk = { settings: MigrationSettings; servers: string | null };

/** An export's text (`migrate --json`'s document, the batches CSV), or the issues that stop it. */
export type MigrateText = { text: string | null; issues: Issue[] };
