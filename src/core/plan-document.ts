import type { Plan, PlannedServer, RejectedRow, SitePlan, SkippedRow, UnplacedParams } from './model';
import { gbPerDayToMbitps, roundTo } from './units';

/** The plan as published: what `plan --json` prints and "Download plan (JSON)" saves. */
export interface PlanDocument {
  ruleSet: string;
  settings: Plan['settings'];
  summary: {
    machines: number;
    rejectedRows: number;
    /** Rows that are neither machines nor mistakes (summary rows); machines + rejected + skipped = data rows. */
    skippedRows: number;
    unplacedMachines: number;
    totalChurnGBPerDay: number;
    placedChurnGBPerDay: number;
    scaleOutServers: number;
    lowerBound: number;
    totalVcpu: number;
    totalMemoryGB: number;
    totalCacheGB: number;
    bandwidthMbps: number;
  };
  servers: (Omit<PlannedServer, 'utilisation'> & { utilisation: { machines: number; churn: number } })[];
  unplaced: {
    machine: string;
    site: string;
    group: string;
    churnGBPerDay: number;
    reason: string;
    code: string;
    params: UnplacedParams;
  }[];
  rejected: { line: number; column: string; value: string; message: string; code: string }[];
  skipped: { line: number; reason: string }[];
  warnings: { code: string; message: string; params: Record<string, string | number> }[];
  sites: SitePlan[];
}

/**
 * Builds the published document from a plan and the rows the reader rejected or skipped. Figures are
 * rounded for reading (churn to 3 decimals, bandwidth to 2, utilisation to 4); decisions were
 * made on the exact values. Holds no date or file name, so the same input gives the same bytes.
 */
export function planDocument(
  plan: Plan,
  machineCount: number,
  rejected: readonly RejectedRow[],
  skipped: readonly SkippedRow[] = [],
): PlanDocument {
  const placed = plan.servers.reduce((s, x) => s + x.churnGBPerDay, 0);
  const unplacedChurn = plan.unplaced.reduce((s, u) => s + u.churnGBPerDay, 0);
  const total = placed + unplacedChurn;
  const scaleOut = plan.servers.filter((s) => s.role === 'scale-out');
  return {
    ruleSet: plan.ruleSet,
    settings: plan.settings,
    summary: {
      machines: machineCount,
      rejectedRows: rejected.length,
      skippedRows: skipped.length,
      unplacedMachines: plan.unplaced.length,
      totalChurnGBPerDay: roundTo(total),
      placedChurnGBPerDay: roundTo(placed),
      scaleOutServers: scaleOut.length,
      lowerBound: plan.sites.reduce((s, x) => s + x.lowerBound, 0),
      totalVcpu: plan.servers.reduce((s, x) => s + x.vcpu, 0),
      totalMemoryGB: plan.servers.reduce((s, x) => s + x.memoryGB, 0),
      totalCacheGB: plan.servers.reduce((s, x) => s + x.cacheGB, 0),
      bandwidthMbps: roundTo(gbPerDayToMbitps(total), 2),
    },
    servers: plan.servers.map((s) => ({
      ...s,
      churnGBPerDay: roundTo(s.churnGBPerDay),
      utilisation: { machines: roundTo(s.utilisation.machines, 4), churn: roundTo(s.utilisation.churn, 4) },
    })),
    unplaced: plan.unplaced.map((u) => ({ ...u, churnGBPerDay: roundTo(u.churnGBPerDay) })),
    rejected: rejected.map((r) => ({ line: r.line, column: r.column, value: r.value, message: r.message, code: r.code })),
    skipped: skipped.map((r) => ({ line: r.line, reason: r.reason })),
    warnings: plan.warnings.map((w) => ({ code: w.code, message: w.message, params: w.params })),
    sites: plan.sites.map((s) => ({ ...s, churnGBPerDay: roundTo(s.churnGBPerDay) })),
  };
}
