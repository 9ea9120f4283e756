import { moveReasonText } from '../../../i18n/rebalance-texts';
import type { AlertDoc, RebalanceDocument, ServerDoc } from '../../../io/documents';
import type { Translate } from '../../../i18n/catalogue';
import type { Formatters } from '../../../i18n/format';
import type { RebalanceDetail } from '../../../workers/rebalance-protocol';

/*
 * The rebalance document's sentences in the page's language, from their codes and figures:
 * reasons (shed, move, unresolved) by i18n/rebalance-texts, the running issues by their own family
 * (the worker's `detail` supplies the figures the document drops).
 */

type Move = RebalanceDocument['moves'][number];

/**
 * Why a machine moves, from the reasons' codes (the worker's detail: its source's shed reasons, its
 * group's home): in English the same sentence as the document's, rendered by the same catalogue.
 */
export function moveReason(tr: Translate, m: Move, index: number, from: ServerDoc | undefined, detail: RebalanceDetail): string {
  const source = from ? { server: from, reasons: detail.servers[m.from]?.shed ?? [] } : null;
  return moveReasonText(tr, { ...m, groupHome: detail.groupHomes[index] ?? null }, source);
}

/** Why there is no rebalance, or a note on reading the server file: the catalogue's `running.issue.<code>` entry. */
export { runningIssueText } from '../../../i18n/running-issue-text';

/** An alert's signal with its figures: "cache free space 22 % (< 25 %)". */
export function signalText(tr: Translate, f: Formatters, a: AlertDoc): string {
  const label = tr(`health.signal.${a.signal as 'cpu'}`);
  if (a.signal === 'serviceDown') return `${label}: ${f.list(a.services ?? [])}`;
  if (a.signal === 'version') return `${label} ${a.versions?.server ?? '?'} > ${a.versions?.configuration ?? '?'}`;
  const cmp = a.signal === 'cacheFree' ? '<' : a.signal === 'heartbeat' ? '≥' : '>';
  const figure = (v: number | undefined, digits: number) => (a.unit === 'min' ? f.minutes(v ?? 0) : f.percent(v ?? 0, digits));
  return `${label} ${figure(a.value, 1)} (${cmp} ${figure(a.threshold, 0)})`;
}
