/*
 * Domain results (rejected rows, reading issues, warnings, unplaced items) already carry an
 * English sentence written where the rule lives; the English catalogue passes it through so the
 * wording has one home. Other languages translate by code from the same parameters.
 */
import type { Formatters } from '../format';

/** What every domain message receives: the English sentence and the figures behind it. */
export type DomainParams = { message: string } & Record<string, string | number | undefined>;
/** A domain message: the English passes the sentence through; translations build theirs from the figures. */
export type DomainMessage = (p: DomainParams, f: Formatters) => string;
const passThrough: DomainMessage = (p) => p.message;

/** Domain codes, English. */
export const domainEn = {
  'reject.name-empty': passThrough,
  'reject.churn-missing': passThrough,
  'reject.churn-not-number': passThrough,
  'reject.churn-negative': passThrough,
  'reject.churn-not-finite': passThrough,
  'reject.duplicate-name': passThrough,
  'reject.bad-number': passThrough,
  'reject.row-shape': passThrough,
  'reject.name-too-long': passThrough,
  'reject.unclosed-quote': passThrough,
  'reject.churn-unit-ambiguous': passThrough,
  'reject.churn-too-large': passThrough,
  'reject.name-control-chars': passThrough,
  'issue.empty': passThrough,
  'issue.not-csv': passThrough,
  'issue.xlsx': passThrough,
  'issue.binary': passThrough,
  'issue.no-name-column': passThrough,
  'issue.no-churn-column': passThrough,
  'issue.no-data-rows': passThrough,
  'issue.no-valid-row': passThrough,
  'issue.numeric-names': passThrough,
  'issue.file-too-large': passThrough,
  'issue.too-many-rows': passThrough,
  'issue.bad-mapping': passThrough,
  'issue.bad-options': passThrough,
  'issue.duplicate-header': passThrough,
  'issue.several-churn-columns': passThrough,
  'issue.mapping-reassigned': passThrough,
  'issue.ragged-rows': passThrough,
  'issue.unclosed-quote': passThrough,
  'issue.malformed-quote': passThrough,
  'issue.encoding-utf16': passThrough,
  'issue.encoding-fallback': passThrough,
  'issue.encoding-invalid-utf8': passThrough,
  'issue.read-cancelled': passThrough,
  'issue.stored-state-discarded': passThrough,
  'issue.stored-settings-only': passThrough,
  'issue.share-version': passThrough,
  'issue.share-truncated': passThrough,
  'issue.share-corrupt': passThrough,
  'issue.share-invalid': passThrough,
  'issue.share-too-large': passThrough,
  'issue.plan-file-invalid': passThrough,
  'issue.plan-file-not-json': passThrough,
  'issue.plan-file-not-plan': passThrough,
  'issue.plan-file-too-large': passThrough,
  'issue.payload-invalid': passThrough,
  'issue.state-not-saved': passThrough,
  'issue.storage-unavailable': passThrough,
  'issue.plan-file-version': passThrough,
  'issue.sample-failed': passThrough,
  'issue.worker-error': passThrough,
  'warning.dedicated-server': passThrough,
  'warning.peak-churn-over-limit': passThrough,
  'warning.unplaced': passThrough,
  'warning.config-site-empty': passThrough,
  'warning.above-lower-bound': passThrough,
  'unplaced.churn-over-limit': passThrough,
  'unplaced.machines-over-limit': passThrough,
};
