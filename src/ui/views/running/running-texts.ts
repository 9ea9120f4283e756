import { moveReasonText } from '../../../i18n/rebalance-texts';
import type { AlertDoc, RebalanceDocument, ServerDoc } from '../../../io/documents';
import { en, type MessageKey, type Translate } from '../../../i18n/catalogue';
import type { Formatters } from '../../../i18n/format';
import type { RebalanceDetail } from '../../../workers/rebalance-protocol';

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

/**
 * Why a machine moves, from the reasons' codes (the worker's detail: its source's shed reasons, its
 * group's home): in English the same sentence as the document's, rendered by the same catalogue.
 */
export function moveReason(tr: Translate, m: Move, index: number, from: ServerDoc | undefined, detail: RebalanceDetail): string {
  const source = from ? { server: from, reasons: detail.servers[m.from]?.shed ?? [] } : null;
  return moveReasonText(tr, { ...m, groupHome: detail.groupHomes[index] ?? null }, source);
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
