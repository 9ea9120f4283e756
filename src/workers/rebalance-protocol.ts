import type { Assumption, DeploymentNotice, RebalanceSettings } from '../core/deployment';
import type { HealthNote } from '../core/health';
import type { ShedReason, Unresolved } from '../core/rebalance';
import type { RebalanceDocument } from '../io/documents';
import type { Issue } from '../core/result';
import type { Lang } from '../i18n/format';
import type { RejectedServerRow } from '../io/servers';

/*
 * The running view's messages to and from the plan worker. The worker holds the inventory; a
 * request carries only settings, the server file's text and the language.
 */

/** The figures behind a server's English sentences in the document, so the page can say them in its own language. */
export interface ServerDetail {
  /** Parallel to the document's `shedReasons`. */
  shed: ShedReason[];
  /** Parallel to the document's `assumptions`, with their parameters. */
  assumptions: Assumption[];
  /** Parallel to the document's `notes`, with their parameters. */
  notes: HealthNote[];
}

/** What the running view needs beside the published document. */
export interface RebalanceDetail {
  servers: Record<string, ServerDetail>;
  /** What moving machines could not fix, as codes and figures (the document has them in English). */
  unresolved: Unresolved[];
  /** Parallel to the document's `moves`: the server an unassigned machine's group already uses (the document drops it). */
  groupHomes: (string | null)[];
  /** Remarks on the deployment, as codes and figures (the document has them in English, with fewer figures). */
  notices: DeploymentNotice[];
  /** The server file's rejected rows, with their codes and figures (the document has them in English). */
  serverRejected: RejectedServerRow[];
  /** Notes on reading the server file (duplicate headers, ragged rows). */
  serverNotices: Issue[];
  /** Accepted and data rows of the server file; null without one. */
  serverRows: { accepted: number; dataRows: number } | null;
}

/** A rebalance, or why there is none (no process server named anywhere, an unusable server file). */
export type RebalanceReply =
  { ok: true; document: RebalanceDocument; detail: RebalanceDetail } | { ok: false; issues: Issue[]; serverRejected: RejectedServerRow[] };

/** Rebalance the inventory the worker holds. */
export type RebalanceAsk = { settings: RebalanceSettings; servers: string | null; lang: Lang };

/** The document exactly as `rebalance --json` prints it (English, whatever the page's language). */
export type RebalanceJsonAsk = { settings: RebalanceSettings; servers: string | null };

/** `rebalance --json`'s text, or the issues that stop it. */
export type RebalanceJson = { json: string | null; issues: Issue[] };
