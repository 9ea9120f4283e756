import { formatters, type Formatters, type Lang } from './format';
import { appEn } from './messages/app.en';
import { assumptionEn } from './messages/assumption.en';
import { assumptionKo } from './messages/assumption.ko';
import { appKo } from './messages/app.ko';
import { domainEn } from './messages/domain.en';
import { domainKo } from './messages/domain.ko';
import { documentEn } from './messages/document.en';
import { documentKo } from './messages/document.ko';
import { driversEn } from './messages/drivers.en';
import { driversKo } from './messages/drivers.ko';
import { healthEn } from './messages/health.en';
import { healthKo } from './messages/health.ko';
import { networkEn } from './messages/network.en';
import { networkKo } from './messages/network.ko';
import { migrateEn } from './messages/migrate.en';
import { migrateKo } from './messages/migrate.ko';
import { inputsEn } from './messages/inputs.en';
import { inputsKo } from './messages/inputs.ko';
import { planEn } from './messages/plan.en';
import { planKo } from './messages/plan.ko';
import { printEn } from './messages/print.en';
import { printKo } from './messages/print.ko';
import { rebalanceEn } from './messages/rebalance.en';
import { rejectEn } from './messages/reject.en';
import { rejectKo } from './messages/reject.ko';
import { rebalanceKo } from './messages/rebalance.ko';
import { runningEn } from './messages/running.en';
import { runningKo } from './messages/running.ko';

/*
 * The English catalogue is the reference: every other language has exactly its keys and
 * parameters (the `Catalogue` type enforces it). Each area keeps its messages in its own pair of
 * files under messages/ and is spread in here, once per language.
 */

/** English messages. */
export const en = {
  ...appEn,
  ...planEn,
  ...printEn,
  ...driversEn,
  ...healthEn,
  ...domainEn,
  ...runningEn,
  ...rebalanceEn,
  ...rejectEn,
  ...assumptionEn,
  ...networkEn,
  ...migrateEn,
  ...documentEn,
  ...inputsEn,
};

/** Message keys. */
export type MessageKey = keyof typeof en;
/** A catalogue for one language. */
type Catalogue = { [K in MessageKey]: (typeof en)[K] };

/** Korean messages. */
const ko: Catalogue = {
  ...appKo,
  ...planKo,
  ...printKo,
  ...driversKo,
  ...healthKo,
  ...domainKo,
  ...runningKo,
  ...rebalanceKo,
  ...rejectKo,
  ...assumptionKo,
  ...networkKo,
  ...migrateKo,
  ...documentKo,
  ...inputsKo,
};

const catalogues: Record<Lang, Catalogue> = { en, ko };

type ParamsOf<K extends MessageKey> = Catalogue[K] extends (p: infer P, f: Formatters) => string ? P : undefined;

/** A translate function bound to a language. */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamsOf<K> extends undefined ? [] : [ParamsOf<K>]) => string;

/** The translate function for `lang`. */
export function translator(lang: Lang): Translate {
  const cat = catalogues[lang];
  const f = formatters(lang);
  return ((key: MessageKey, params?: unknown) => {
    const m = cat[key] as string | ((p: unknown, f: Formatters) => string);
    return typeof m === 'string' ? m : m(params, f);
  }) as Translate;
}
