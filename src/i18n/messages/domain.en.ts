/*
 * Reading issues already carry an English sentence written where the rule lives; the English
 * catalogue passes it through so the wording has one home (plan warnings and unplaced reasons are
 * coded: messages/plan-warning.*.ts). Other languages translate by code from the same parameters.
 */
import type { Formatters } from '../format';

/** What every domain message receives: the English sentence and the figures behind it. */
export type DomainParams = { message: string } & Record<string, string | number | undefined>;
/** A domain message: the English passes the sentence through; translations build theirs from the figures. */
export type DomainMessage = (p: DomainParams, f: Formatters) => string;
const passThrough: DomainMessage = (p) => p.message;

/** Domain codes, English. */
export const domainEn = {
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
  'issue.share-not-made': passThrough,
  'issue.plan-file-not-saved': passThrough,
  'issue.storage-unavailable': passThrough,
  'issue.plan-file-version': passThrough,
  'issue.sample-failed': passThrough,
  'issue.worker-error': passThrough,
  'issue.language-failed': passThrough,
};
