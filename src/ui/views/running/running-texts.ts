import { moveReasonText } from '../../../i18n/rebalance-texts';
import type { AlertDoc, RebalanceDocument, ServerDoc } from '../../../io/documents';
import { en, type MessageKey, type Translate } from '../../../i18n/catalogue';
import type { Formatters } from '../../../i18n/format';
import type { ServerDetail } from '../../../workers/rebalance-protocol';

/*
 * The rebalance document's sentences in the page's language. Reasons (shed, move, unresolved) are
 * rendered from their codes by i18n/rebalance-texts; the families below still carry an English
 * sentence from the domain, which the English catalogue passes through and other languages
 * translate by code from the figures (the worker's `detail` supplies the ones the document drops).
 */

type Move = RebalanceDocument['moves'][number];

const has = (key: string): key is MessageKey => key in en;
const call = (tr: Translate, key: MessageKey, params: unknown) => (tr as (k: MessageKey, p?: unknown) => string)(key, params);

function coded(tr: Translate, prefix: string, code: string, params: Record<string, unknown>, message: string): string {
  const key = `${prefix}.${code}`;
  return has(key) ? call(tr, key, { ...params, message }) : message;
}

/** Why a machine moves: in English the document's sentence (rendered by the same catalogue); otherwise from the reasons' codes. */
export function moveReason(tr: Translate, m: Move, from: ServerDoc | undefined, detail: ServerDetail | undefined): string {
  const text = moveReasonText(tr, { ...m, groupHome: null }, from ? { server: from, reasons: detail?.shed ?? [] } : null);
  return tr('running.move.reason', { message: m.reason, text });
}

/** Why there is no rebalance, or a note on reading the server file. */
export function runningIssueText(
  tr: Translate,
  i: { code: string; message: string; params?: Record<string, string | number>; line?: number },
): string {
  return coded(tr, 'running.issue', i.code, { ...i.params, line: i.line }, i.message);
}

/** An alert's signal with its figures: "cache free space 22 % (< 25 %)". */
export function signalText(tr: Translate, f: Formatters, a: AlertDoc): string {
  const label = tr(`health.signal.${a.signal as 'cpu'}`);
  if (a.signal === 'serviceDown') return `${label}: ${f.list(a.services ?? [])}`;
  if (a.signal === 'version') return `${label} ${a.versions?.server ?? '?'} > ${a.versions?.configuration ?? '?'}`;
  const cmp = a.signal === 'cacheFree' ? '<' : a.signal === 'heartbeat' ? '≥' : '>';
  const figure = (v: number | undefined, digits: number) => (a.unit === 'min' ? f.minutes(v ?? 0) : f.percent(v ?? 0, digits));
  return `${label} ${figure(a.value, 1)} (${cmp} ${figure(a.threshold, 0)})`;
}
