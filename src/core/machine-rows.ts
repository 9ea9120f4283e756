import type { ChurnSource } from './model';
import { roundTo } from './units';

/** What the documents say about a machine besides its name, as the inventory gave it. */
export interface MachineFact {
  group: string;
  /** `""` when the inventory has no operating system column or cell. */
  os: string;
  /** Daily churn as given, GB/day (before multiplier and growth). */
  dailyChurnGB: number;
  /** Where the churn figure comes from: the inventory column it was read from. */
  source: string;
  /** Set when the churn did not come from that column (docs/inputs.md#churn-sources). */
  churnSource?: ChurnSource;
}

/** A machine as the printed list, the on-screen list and the workbook show it. */
export interface MachineRow {
  machine: string;
  group: string;
  os: string;
  /** Effective churn (after multiplier and growth), GB/day, rounded as the plan JSON rounds it. */
  churnGBPerDay: number;
  source: string;
  /** Set when the churn did not come from the churn column. */
  churnSource?: ChurnSource;
}

/** One server's machines with their facts, and its totals. */
export interface ServerMachines {
  rows: MachineRow[];
  totals: { machines: number; churnGBPerDay: number };
}

/**
 * A server's machines as rows: each with its group, OS, effective churn and churn source; members
 * of a group next to each other (grouped machines first, groups in name order, then the rest in
 * the plan's order), so a reader sees that a consistency group stayed on one server.
 */
export function serverMachines(
  names: readonly string[],
  factOf: (name: string) => MachineFact | undefined,
  factor: number,
): ServerMachines {
  const rows = names.map((machine, i) => {
    const f = factOf(machine);
    const exact = (f?.dailyChurnGB ?? 0) * factor;
    const row: MachineRow = { machine, group: f?.group ?? '', os: f?.os ?? '', churnGBPerDay: roundTo(exact), source: f?.source ?? '' };
    if (f?.churnSource) row.churnSource = f.churnSource;
    return { i, exact, row };
  });
  rows.sort((a, b) => groupOrder(a.row.group, b.row.group) || a.i - b.i);
  return {
    rows: rows.map((r) => r.row),
    totals: { machines: rows.length, churnGBPerDay: roundTo(rows.reduce((s, r) => s + r.exact, 0)) },
  };
}

function groupOrder(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  return a < b ? -1 : 1;
}
