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
};
