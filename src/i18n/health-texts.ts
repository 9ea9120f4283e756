import type { Alert } from '../core/health';
import type { HealthAction } from '../core/rules';
import { translator } from './catalogue';
import type { Lang } from './format';

/** The sentences a document needs for alerts and actions, in one language. */
export interface HealthTexts {
  action: (code: HealthAction) => string;
  alert: (alert: Alert) => string;
}

/** Alert and action sentences in `lang`, for `rebalanceDocument` and the views. */
export function healthTexts(lang: Lang): HealthTexts {
  const t = translator(lang);
  const action = (code: HealthAction): string => t(`health.action.${code}`);
  const alert = (a: Alert): string => {
    const figures = { value: a.value ?? 0, threshold: a.threshold ?? 0 };
    switch (a.signal) {
      case 'cpu':
        return t('health.alert.cpu', figures);
      case 'memory':
        return t('health.alert.memory', figures);
      case 'cacheFree':
        return t('health.alert.cacheFree', figures);
      case 'heartbeat':
        return t('health.alert.heartbeat', figures);
      case 'serviceDown':
        return t('health.alert.serviceDown', { services: a.services ?? [] });
      case 'version':
        return t('health.alert.version', a.versions ?? { server: '?', configuration: '?' });
    }
  };
  return { action, alert };
}
