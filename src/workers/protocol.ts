import type { PlanSettings } from '../core/model';
import type { WhatIfPoint } from '../core/planner/what-if';
import type { PackedPlan } from './packed-plan';
import type { Issue } from '../core/result';
import type { ColumnMapping, DecimalMark, Delimiter, InventoryRead } from '../io/inventory';
import type { RebalanceJsonRequest, RebalanceRequest, RebalanceResponse } from './rebalance-protocol';
import type { AlternativePlan } from './alternative';

/** How to read an inventory, as chosen in the app (no callbacks: it crosses to the worker). */
export interface ReadChoice {
  mapping?: ColumnMapping;
  delimiter?: Delimiter;
  decimalMark?: DecimalMark;
}

/** What the page needs to know about a read inventory (the machines stay in the worker). */
export type InventorySummary = Omit<InventoryRead, 'machines'> & {
  name: string;
  machineCount: number;
  /** Sites with their machine counts, busiest first. */
  sites: { site: string; machines: number }[];
  /** Daily churn of every accepted machine as given (GB/day), for the distribution chart. */
  churns: Float64Array;
};

/** Where an inventory comes from. */
export type Source = { kind: 'file'; file: Blob; name: string } | { kind: 'text'; text: string; name: string };

/** Page → worker. */
export type Request =
  | { type: 'read'; id: number; source: Source; read: ReadChoice; settings: PlanSettings }
  /** `known`: the page already has this plan (a guess it was sent); the worker only follows the drag. */
  | { type: 'plan'; id: number; settings: PlanSettings; known?: boolean }
  | { type: 'what-if'; id: number; settings: PlanSettings; multipliers: number[] }
  | { type: 'assignments-csv'; id: number; settings: PlanSettings }
  | RebalanceRequest
  | RebalanceJsonRequest;

/** Worker → page. */
export type Response =
  | { type: 'progress'; id: number; rows: number; totalRows: number; bytes: number; totalBytes: number }
  | { type: 'read-failed'; id: number; issues: Issue[] }
  | { type: 'read'; id: number; text: string; summary: InventorySummary }
  | { type: 'plan'; id: number; plan: PackedPlan; planMs: number }
  /** A plan made ahead for settings a drag is heading to. */
  | { type: 'guess'; id: number; settings: PlanSettings; plan: PackedPlan }
  | { type: 'what-if'; id: number; points: WhatIfPoint[] }
  /** The plan's size under the successor rule set, sent after the plan when the rule set has one. */
  | { type: 'alternative'; id: number; alternative: AlternativePlan }
  | { type: 'assignments-csv'; id: number; csv: string }
  | { type: 'error'; id: number; message: string }
  | RebalanceResponse;

/** Servers needed at one churn multiplier (see core/planner/what-if). */
export type { AlternativePlan, WhatIfPoint };
