import type { Plan, PlanSettings } from '../core/model';
import { networkPlan } from '../core/network';
import { planDocument, type PlanDocument } from '../core/plan-document';
import { plan } from '../core/planner';
import { churnSourcesOf, withChurnRate } from '../core/churn-rate';
import type { Result } from '../core/result';
import { readIssue } from '../i18n/read-issue-text';
import { normalizeHeader, type ColumnMapping, type InventoryField, type InventoryRead } from './inventory';

/** An inventory read and planned. */
export interface PlannedInventory {
  read: InventoryRead;
  plan: Plan;
  document: PlanDocument;
}

/** Plans an inventory already read: the one pipeline behind the CLI and the app. */
export function planRead(read: InventoryRead, settings: PlanSettings): PlannedInventory {
  const p = plan(read.machines, settings);
  const churn = churnSourcesOf(read.machines, settings.churnRatePercent);
  // The network seeds and replicates what the plan replicates: estimated churn worked out at the rate.
  const network = networkPlan(withChurnRate(read.machines, settings.churnRatePercent), p);
  const document = planDocument(p, read.machines.length, read.rejected, read.skipped, network, churn);
  return { read, plan: p, document };
}

/**
 * Turns `field → header text` choices into a column mapping; header text is matched the way
 * headers are detected (case, spaces and punctuation ignored).
 */
export function mappingFromHeaderNames(headers: readonly string[], names: Partial<Record<InventoryField, string>>): Result<ColumnMapping> {
  const mapping: ColumnMapping = {};
  for (const [field, name] of Object.entries(names) as [InventoryField, string][]) {
    const exact = headers.indexOf(name);
    const index = exact >= 0 ? exact : headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(name));
    if (index < 0) {
      return { ok: false, issues: [readIssue({ code: 'unknown-column', params: { field, name, headers } })] };
    }
    mapping[field] = index;
  }
  return { ok: true, value: mapping };
}
