import type { ChurnSource, PlanSettings } from '../core/model';
import type { WhatIfPoint } from '../core/planner';
import type { PackedPlan } from './packed-plan';
import type { Issue } from '../core/result';
import type { ColumnMapping, DecimalMark, Delimiter, InventoryRead, WorkbookContext } from '../io/inventory';
import type { MigrateAsk, MigrateReply, MigrateText } from './migrate-protocol';
import type { MachineFacts } from '../io/machine-facts';
import type { RebalanceAsk, RebalanceJson, RebalanceJsonAsk, RebalanceReply } from './rebalance-protocol';
import type { AlternativePlan } from './alternative';

/** How to read an inventory, as chosen in the app (no callbacks: it crosses to the worker). */
export interface ReadChoice {
  mapping?: ColumnMapping;
  delimiter?: Delimiter;
  decimalMark?: DecimalMark;
  /** A file that is a workbook: the sheet to read (else the one the rules pick: docs/inputs.md#workbooks). */
  sheet?: string;
  /** Text taken from a workbook: the workbook it came from, so a re-read says the same. */
  workbook?: WorkbookContext;
}

/** What the page needs to know about a read inventory (the machines stay in the worker). */
export type InventorySummary = Omit<InventoryRead, 'machines'> & {
  name: string;
  machineCount: number;
  /** Sites with their machine counts, busiest first. */
  sites: { site: string; machines: number }[];
  /** Machines by where their churn came from (docs/inputs.md#churn-sources). */
  churnSources: Record<ChurnSource, number>;
  /** Daily churn of every accepted machine as given (GB/day), for the distribution chart. */
  churns: Float64Array;
};

/** Where an inventory comes from. */
export type Source = { kind: 'file'; file: Blob; name: string } | { kind: 'text'; text: string; name: string };

/** How far a read has come. */
export interface ReadProgress {
  rows: number;
  totalRows: number;
  bytes: number;
  totalBytes: number;
}

/** An inventory read, or why it could not be (errors are data). The machines stay in the worker. */
export type ReadReply =
  { ok: true; text: string; summary: InventorySummary; facts: MachineFacts; read: ReadChoice } | { ok: false; issues: Issue[] };

/** What the plan worker serves, by request type (each is one entry of its `serve` table). */
export type PlanWorkerApi = {
  /** Reads an inventory and keeps its machines; plans come by `plan`. */
  read: { request: { source: Source; read: ReadChoice }; reply: ReadReply; progress: ReadProgress };
  /**
   * Plans the inventory held. `known`: the page already has this plan (a guess it was pushed), so
   * the worker only follows the drag and answers null; null too while no inventory is held.
   */
  plan: { request: { settings: PlanSettings; known?: boolean }; reply: PackedPlan | null };
  whatIf: { request: { settings: PlanSettings; multipliers: number[] }; reply: WhatIfPoint[] };
  assignmentsCsv: { request: { settings: PlanSettings }; reply: string };
  /** The plan's size under its rule set's successor (classic → asr-modernized); null when there is none. */
  alternative: { request: { settings: PlanSettings }; reply: AlternativePlan | null };
  rebalance: { request: RebalanceAsk; reply: RebalanceReply };
  rebalanceJson: { request: RebalanceJsonAsk; reply: RebalanceJson };
  migrate: { request: MigrateAsk; reply: MigrateReply };
  migrateJson: { request: MigrateAsk; reply: MigrateText };
  migrateCsv: { request: MigrateAsk; reply: MigrateText };
};

/** What the plan worker sends unasked: a plan made ahead for settings a drag is heading to. */
export type PlanWorkerPushes = { guess: { settings: PlanSettings; plan: PackedPlan } };

/** Servers needed at one churn multiplier (see core/planner/what-if). */
export type { AlternativePlan, WhatIfPoint };
