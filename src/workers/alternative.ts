import type { PlanSettings } from '../core/model';
import type { PlanDocument } from '../core/plan-document';
import { ruleSetById } from '../core/rules';
import { planKey } from './plan-key';

/**
 * How many servers the same inventory needs under the rule set the current one gives way to
 * (classic → asr-modernized), shown beside the headline with a one-click switch.
 */
export interface AlternativePlan {
  ruleSet: string;
  servers: number;
  lowerBound: number;
  /** `planKey` of the settings this answers, so the page shows it only beside the plan it belongs to. */
  forKey: string;
}

/** The settings of the successor's plan, or null when the rule set names no successor. */
export function alternativeSettings(settings: PlanSettings): PlanSettings | null {
  const successor = ruleSetById(settings.ruleSet).successor;
  return successor ? { ...settings, ruleSet: successor } : null;
}

/** The successor plan's figures for `settings`, from its document. */
export function alternativeOf(settings: PlanSettings, doc: PlanDocument): AlternativePlan {
  return { ruleSet: doc.ruleSet, servers: doc.summary.scaleOutServers, lowerBound: doc.summary.lowerBound, forKey: planKey(settings) };
}
