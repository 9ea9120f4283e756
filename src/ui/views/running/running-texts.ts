import type { ShedReason } from '../../../core/rebalance';
import type { AlertDoc, RebalanceDocument, ServerDoc } from '../../../core/rebalance-document';
import { en, type MessageKey, type Translate } from '../../../i18n/catalogue';
import type { Formatters } from '../../../i18n/format';
import type { ServerDetail } from '../../../workers/rebalance-protocol';

/*
 * The rebalance document's sentences are English, written where each rule lives. These turn
 * them into the page's language: the English catalogue passes the sentence through, others
 * translate by code from the figures (the worker's `detail` supplies the ones the document
 * drops). A code without an entry falls back to the English sentence, never to nothing.
 */

type Move = RebalanceDocument['moves'][number];

const has = (key: string): key is MessageKey => key in en;
const call = (tr: Translate, key: MessageKey, params: unknown) => (tr as (k: MessageKey, p?: unknown) => string)(key, params);

function coded(tr: Translate, prefix: string, code: string, params: Record<string, unknown>, message: string): string {
  const key = `${prefix}.${code}`;
  return has(key) ? call(tr, key, { ...params, message }) : message;
}

/** "PS-8", "PS-4, assumed", "PS-4, the nearest tier", in the page's language. */
function tierLabel(tr: Translate, s: ServerDoc): string {
  if (s.tierMatch === 'assumed') return tr('running.tierLabel.assumed', { tier: s.tier });
  if (s.tierMatch === 'no-tier') return tr('running.tierLabel.nearest', { tier: s.tier });
  return s.tier;
}

/** Why a server sheds load (the i-th of its reasons). */
export function shedText(tr: Translate, s: ServerDoc, r: ShedReason | undefined, i: number): string {
  const message = s.shedReasons[i] ?? '';
  if (!r) return message;
  if (r.kind === 'load-critical') {
    return tr('running.shed.load-critical', {
      message,
      server: s.id,
      signal: tr(`health.signal.${r.signal}`),
      value: r.value,
      keep: r.keep,
    });
  }
  return tr('running.shed.over-limit', {
    message,
    server: s.id,
    tier: tierLabel(tr, s),
    headroom: r.headroomPercent,
    machines: r.machines,
    churn: r.churn,
  });
}

/** Why a machine moves. */
export function moveReason(tr: Translate, m: Move, from: ServerDoc | undefined, detail: ServerDetail | undefined): string {
  const parts = m.because.includes('unassigned')
    ? [tr('running.move.unassigned', { group: m.group })]
    : from
      ? (detail?.shed ?? []).map((r, i) => shedText(tr, from, r, i))
      : [];
  if (m.toNewServer) parts.push(tr('running.move.toNew', { site: m.site }));
  return tr('running.move.reason', { message: m.reason, text: parts.join('; ') });
}

/** A server's assumption; the worker's detail carries the figures the document leaves out. */
export function assumptionText(tr: Translate, a: { code: string; message: string; params?: Record<string, string | number> }): string {
  return coded(tr, 'running.assumption', a.code, a.params ?? {}, a.message);
}

/** A deployment-wide notice (group split, machines on another site's server…). */
export function noticeText(tr: Translate, n: { code: string; message: string; params: Record<string, string | number> }): string {
  return coded(tr, 'running.notice', n.code, n.params, n.message);
}

/** What moving machines could not fix. */
export function unresolvedText(
  tr: Translate,
  u: { code: string; reason: string; server: string; site: string; params: Record<string, string | number> },
): string {
  return coded(tr, 'running.unresolved', u.code, { server: u.server, site: u.site, ...u.params }, u.reason);
}

/** A health note (a version that can't be compared). */
export function noteText(tr: Translate, s: ServerDoc, n: { code: string; message: string }): string {
  return coded(tr, 'running.note', n.code, { server: s.id, version: s.version ?? '' }, n.message);
}

/** Why a server-file row was rejected. */
export function serverRejectText(tr: Translate, r: { code: string; column: string; value: string; message: string }): string {
  return coded(tr, 'running.reject', r.code, { column: r.column, value: r.value }, r.message);
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
