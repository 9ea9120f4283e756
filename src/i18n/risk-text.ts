import type { Risk } from '../core/plan-risks';
import type { Translate } from './catalogue';

/** A plan risk in words: what it is, its figure, and what to do about it. */
export function riskText(tr: Translate, r: Risk): string {
  switch (r.code) {
    case 'near-limit':
      return tr('risk.near-limit', r);
    case 'dedicated':
      return tr('risk.dedicated', r);
    case 'unplaced':
      return tr('risk.unplaced', r);
    case 'peak-over-limit':
      return tr('risk.peak-over-limit', r);
    case 'churn-estimated':
      return tr('risk.churn-estimated', r);
    case 'headroom-above-guide':
      return tr('risk.headroom-above-guide', r);
  }
}
