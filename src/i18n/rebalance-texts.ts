import type { Assumption, DeploymentNotice } from '../core/deployment';
import type { HealthNote } from '../core/health';
import type { DeploymentServer, Move, ShedReason, TierNamed, UnresolvedWhy } from '../core/rebalance';
import type { Translate } from './catalogue';

/*
 * The rebalance's reasons as sentences, from their codes and figures: one route for the page (in
 * its language), the CLI report and the published document (in English).
 */

/** A server as a reason names it: its id and its tier. */
export type NamedServer = { id: string } & TierNamed;

/** A rebalanced server as its reasons name it. */
export const namedServer = (s: DeploymentServer): NamedServer => ({ id: s.id, tier: s.tier.id, tierMatch: s.tierMatch.kind });

/** "PS-8", "PS-4, assumed", "PS-4, the nearest tier". */
export function tierLabel(tr: Translate, s: TierNamed): string {
  if (s.tierMatch === 'assumed') return tr('running.tierLabel.assumed', { tier: s.tier });
  if (s.tierMatch === 'no-tier') return tr('running.tierLabel.nearest', { tier: s.tier });
  return s.tier;
}

/** Why a server sheds load: one of its reasons as a clause. */
export function shedText(tr: Translate, s: NamedServer, r: ShedReason): string {
  const context = { server: s.id, tierLabel: tierLabel(tr, s) };
  return r.kind === 'load-critical'
    ? tr('rebalance.shed.load-critical', { ...r, ...context })
    : tr('rebalance.shed.over-limit', { ...r, ...context });
}

/** All of a server's reasons, joined: what every move away from it says. */
export function shedTexts(tr: Translate, s: NamedServer, reasons: readonly ShedReason[]): string {
  return reasons.map((r) => shedText(tr, s, r)).join('; ');
}

/** Why a machine moves: its source's reasons (`from`, with them), or that it was unassigned; and that it goes to a new server. */
export function moveReasonText(
  tr: Translate,
  m: Pick<Move, 'group' | 'groupHome' | 'site' | 'toNewServer'>,
  from: { server: NamedServer; reasons: readonly ShedReason[] } | null,
): string {
  const parts = [from ? shedTexts(tr, from.server, from.reasons) : tr('rebalance.move.unassigned', { group: m.group, home: m.groupHome })];
  if (m.toNewServer) parts.push(tr('rebalance.move.toNew', { site: m.site }));
  return parts.join('; ');
}

/** What the rebalance assumed about a server: the catalogue's `running.assumption.<code>` with its figures. */
export function assumptionText(tr: Translate, a: Assumption): string {
  const render = tr as unknown as (key: `running.assumption.${Assumption['code']}`, p: object) => string;
  return render(`running.assumption.${a.code}`, a.params);
}

/** What moving machines could not fix. */
export function unresolvedText(tr: Translate, u: UnresolvedWhy): string {
  switch (u.code) {
    case 'cannot-shed':
      return tr('rebalance.unresolved.cannot-shed', u.params);
    case 'still-over':
      return tr('rebalance.unresolved.still-over', u.params);
    case 'dedicated-over-headroom':
      return tr('rebalance.unresolved.dedicated-over-headroom', u.params);
    case 'item-too-big':
      return tr('rebalance.unresolved.item-too-big', u.params);
  }
}

/** A deployment-wide notice (a group split, machines on another site's server…). */
export function noticeText(tr: Translate, n: DeploymentNotice): string {
  const render = tr as unknown as (key: `running.notice.${DeploymentNotice['code']}`, p: object) => string;
  return render(`running.notice.${n.code}`, n.params);
}

/** A server's health note (a version that can't be compared). */
export function noteText(tr: Translate, n: HealthNote): string {
  const render = tr as unknown as (key: `running.note.${HealthNote['code']}`, p: object) => string;
  return render(`running.note.${n.code}`, n.params);
}
