import type { Alert } from '../core/health';
import type { HealthAction } from '../core/rules';
import { translator, type Translate } from './catalogue';
import type { Lang } from './format';

/** The sentences a document needs for alerts and actions, in one language. */
export interface HealthTexts {
  action: (code: HealthAction) => string;
  alert: (alert: Alert) => string;
}

/** An alert's figures, as the domain gives them or a document publishes them. */
export type AlertFigures = Pick<Alert, 'value' | 'threshold' | 'services' | 'versions'> & { signal: string };

/** An alert's sentence in the translator's language, from its signal and figures. */
export function alertText(t: Translate, a: AlertFigures): string {
  const figures = { value: a.value ?? 0, threshold: a.threshold ?? 0 };
  // A published alert's signal is one of the domain's (the document writes it from an `Alert`).
  switch (a.signal as Alert['signal']) {
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
}

/** Alert and action sentences in `lang`, for `rebalanceDocument` and the views. */
export function healthTexts(lang: Lang): HealthTexts {
  const t = translator(lang);
  const action = (code: HealthAction): string => t(`health.action.${code}`);
  return { action, alert: (a) => alertText(t, a) };
}
