import type { ChurnSources } from '../../core/churn-rate';
import type { Plan, SkippedRow } from '../../core/model';
import type { NetworkPlan } from '../../core/network';
import { assemblePlanDocument, type PlanDocument, type PlanTexts, type PublishedRejectedRow } from '../../core/plan-document';
import { translator } from '../../i18n/catalogue';
import { unplacedDocText, warningDocText } from '../../i18n/plan-warning-text';

const en = translator('en');

/** The plan's warnings and unplaced reasons as the published documents say them: English, by the catalogue. */
export const planTextsEn: PlanTexts = {
  warning: (w, ruleSet) => warningDocText(en, w, ruleSet),
  unplaced: (u, ruleSet) => unplacedDocText(en, u, ruleSet),
};

/**
 * The plan document the page, the CLI and the downloads share, its sentences rendered in English
 * here at the edge (core assembles the figures and has no words).
 */
export function planDocument(
  plan: Plan,
  machineCount: number,
  rejected: readonly PublishedRejectedRow[],
  skipped: readonly SkippedRow[] = [],
  network?: NetworkPlan,
  churn?: ChurnSources,
): PlanDocument {
  return assemblePlanDocument(plan, planTextsEn, machineCount, rejected, skipped, network, churn);
}
