import { atLeast } from './capacity';
import { churnFactor } from './churn-factor';
import type { PlanDocument } from './plan-document';
import { ruleSetById } from './rules';
import { PRESETS } from './settings';
import { roundTo } from './units';

/** Where in the document a risk's figure shows (the printout numbers its sections). */
export type RiskSection = 'inputs' | 'servers' | 'machines' | 'unplaced';

/**
 * A risk the plan carries, computed from its figures: what it is about and the figure behind it.
 * Sentences come from the catalogue (`risk.<code>`).
 */
export type Risk =
  | { code: 'near-limit'; section: 'servers'; server: string; limit: 'machines' | 'churn'; percent: number; thresholdPercent: number }
  | { code: 'dedicated'; section: 'servers'; server: string; machines: number; churnGBPerDay: number }
  | {
      code: 'unplaced';
      section: 'unplaced';
      machine: string;
      churnGBPerDay: number;
      limit: number;
      reason: 'churn-over-limit' | 'machines-over-limit';
    }
  | { code: 'peak-over-limit'; section: 'machines'; machine: string; peakMBps: number; limitMBps: number }
  | { code: 'headroom-above-guide'; section: 'inputs'; headroomPercent: number; guidePercent: number }
  | {
      code: 'churn-estimated';
      section: 'machines';
      machines: number;
      totalMachines: number;
      /** Their effective churn (after multiplier and growth), GB/day. */
      churnGBPerDay: number;
      /** Its share of the plan's total churn, in percent. */
      churnPercent: number;
      /** The daily change rate it was estimated at (% of used storage); null when none is set yet. */
      ratePercent: number | null;
    };

/**
 * The plan's risks, most serious first: machines no server takes, servers at or above the rule
 * set's near-limit share of a limit, servers dedicated to one machine or group, machines whose
 * peak exceeds the per-machine limit, churn estimated from used storage rather than measured,
 * and headroom above the troubleshooting guide's 70 %.
 */
export function planRisks(doc: PlanDocument): Risk[] {
  const rules = ruleSetById(doc.ruleSet);
  const out: Risk[] = doc.unplaced.map((u) => ({
    code: 'unplaced' as const,
    section: 'unplaced' as const,
    machine: u.machine,
    churnGBPerDay: u.churnGBPerDay,
    limit: u.params.limit,
    reason: u.code === 'machines-over-limit' ? ('machines-over-limit' as const) : ('churn-over-limit' as const),
  }));
  const share = rules.nearLimit?.share;
  for (const s of doc.servers) {
    const limit = s.utilisation.machines >= s.utilisation.churn ? 'machines' : 'churn';
    const used = s.utilisation[limit];
    if (share !== undefined && atLeast(used, share))
      out.push({
        code: 'near-limit',
        section: 'servers',
        server: s.id,
        limit,
        percent: roundTo(used * 100, 1),
        thresholdPercent: roundTo(share * 100, 1),
      });
  }
  for (const s of doc.servers)
    if (s.dedicated)
      out.push({ code: 'dedicated', section: 'servers', server: s.id, machines: s.machineCount, churnGBPerDay: s.churnGBPerDay });
  for (const w of doc.warnings)
    if (w.code === 'peak-churn-over-limit')
      out.push({
        code: 'peak-over-limit',
        section: 'machines',
        machine: String(w.params.machine),
        peakMBps: Number(w.params.peakMBps),
        limitMBps: Number(w.params.limitMBps),
      });
  const estimated = churnEstimated(doc);
  if (estimated) out.push(estimated);
  const guide = PRESETS.troubleshootingHeadroomPercent;
  if (doc.settings.headroomPercent > guide)
    out.push({ code: 'headroom-above-guide', section: 'inputs', headroomPercent: doc.settings.headroomPercent, guidePercent: guide });
  return out;
}

// Machines whose churn is a guess from used storage at a change rate: the plan is only as good as
// that rate, so say how much of the load rests on it (docs/inputs.md#churn-sources).
function churnEstimated(doc: PlanDocument): Risk | null {
  const rows = (doc.machineChurnSources ?? []).filter((m) => m.churnSource === 'estimated');
  if (rows.length === 0) return null;
  // The list holds churn before multiplier and growth; the plan's total is after them.
  const churn = rows.reduce((sum, m) => sum + m.dailyChurnGB, 0) * churnFactor(doc.settings);
  const total = doc.summary.totalChurnGBPerDay;
  return {
    code: 'churn-estimated',
    section: 'machines',
    machines: rows.length,
    totalMachines: doc.summary.machines,
    churnGBPerDay: roundTo(churn),
    churnPercent: total > 0 ? roundTo((churn / total) * 100, 1) : 0,
    ratePercent: doc.settings.churnRatePercent ?? null,
  };
}
