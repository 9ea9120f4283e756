import type { Migration, MigrationBatch, MigrationSummary } from '../core/migrate';
import type { RejectedRow, SkippedRow } from '../core/model';
import { publishedRejected, publishedServerRow, type RejectedRowDoc } from './documents';
import type { Issue } from '../core/result';
import { roundTo } from '../core/units';
import { migrationTexts } from '../i18n/migrate-texts';
import { issueTextEn } from '../i18n/read-issue-text';
import { runningIssueText } from '../i18n/running-issue-text';
import { translator } from '../i18n/catalogue';
import type { RejectedServerRow } from './servers';

/*
 * The migration as published (`migrate --json` and the page's download, byte for byte): the core's
 * plan with every sentence rendered in English by the catalogue, and every row's fate.
 */

/** The published migration document. */
export interface MigrationDocument {
  from: string;
  to: string;
  settings: Migration['settings'];
  summary: MigrationSummary & { rejectedRows: number; rejectedServerRows: number; skippedRows: number };
  sites: { site: string; appliances: number; lowerBound: number; ruleOfThumbAppliances: number; reason: string; detail: string }[];
  appliances: (Omit<Migration['appliances'][number], 'churnGBPerDay'> & { churnGBPerDay: number })[];
  /** A batch as the core plans it, its warnings as sentences. */
  batches: (Omit<MigrationBatch, 'warnings'> & { warnings: { code: string; message: string }[] })[];
  newProtection: Migration['newProtection'];
  prerequisites: { code: string; status: string; detail: string }[];
  unplaced: { machine: string; site: string; group: string; churnGBPerDay: number; code: string; reason: string }[];
  warnings: { code: string; message: string }[];
  rejected: { inventory: RejectedRowDoc[]; servers: RejectedRowDoc[] };
  skipped: { line: number; reason: string }[];
  /** Notes on reading the files (a decimal comma, a duplicate header…), as the reader wrote them. */
  notices: { inventory: NoticeDoc[]; servers: NoticeDoc[] };
}

/** A note on reading a file, as published. */
interface NoticeDoc {
  code: string;
  message: string;
}

// The inventory's notes are said by the catalogue's `issue.<code>` entries; the server file's by its
// reader's own family (`running.issue.*`).
const en = translator('en');
const inventoryNotice = (i: Issue): NoticeDoc => ({ code: i.code, message: issueTextEn(i) });
const serverNotice = (i: Issue): NoticeDoc => ({ code: i.code, message: runningIssueText(en, i) });
/** Builds the published document: churn rounded to 3 decimals for reading, sentences in English. */
export function migrationDocument(
  m: Migration,
  rows: {
    inventory: readonly RejectedRow[];
    servers: readonly RejectedServerRow[];
    skipped: readonly SkippedRow[];
    notices: { inventory: readonly Issue[]; servers: readonly Issue[] };
  },
): MigrationDocument {
  const tx = migrationTexts('en');
  return {
    from: m.from,
    to: m.to,
    settings: m.settings,
    summary: {
      ...m.summary,
      rejectedRows: rows.inventory.length,
      rejectedServerRows: rows.servers.length,
      skippedRows: rows.skipped.length,
    },
    sites: m.sites.map((s) => ({
      site: s.site,
      appliances: s.appliances,
      lowerBound: s.lowerBound,
      ruleOfThumbAppliances: s.classicServers,
      reason: s.reason,
      detail: tx.thumb(s),
    })),
    appliances: m.appliances.map((a) => ({ ...a, churnGBPerDay: roundTo(a.churnGBPerDay) })),
    batches: m.batches.map((b) => ({ ...b, warnings: b.warnings.map((w) => ({ code: w.code, message: tx.batchWarning(w) })) })),
    newProtection: m.newProtection,
    prerequisites: m.prerequisites.map((p) => ({ code: p.code, status: p.status, detail: tx.prerequisite(p) })),
    unplaced: m.unplaced.map((u) => ({
      machine: u.machine,
      site: u.site,
      group: u.group,
      churnGBPerDay: roundTo(u.churnGBPerDay),
      code: u.code,
      reason: tx.unplaced(u),
    })),
    warnings: m.warnings.map((w) => ({ code: w.code, message: tx.warning(w) })),
    rejected: { inventory: rows.inventory.map(publishedRejected), servers: rows.servers.map(publishedServerRow) },
    skipped: rows.skipped.map((s) => ({ line: s.line, reason: s.reason })),
    notices: { inventory: rows.notices.inventory.map(inventoryNotice), servers: rows.notices.servers.map(serverNotice) },
  };
}
