import { en, type Catalogue, type MessageKey } from './catalogue-en';
import { formatters, type Formatters, type Lang } from './format';

/*
 * The translate functions over the catalogues. English is always here (the CLI and the documents
 * speak it, synchronously); Korean (catalogue-ko.ts) is loaded when first asked for, so the page's
 * first load carries one language.
 */

export { en, type Catalogue, type MessageKey };

const catalogues: Partial<Record<Lang, Catalogue>> = { en };

/** True when `lang`'s messages are loaded, so `translator(lang)` can be called now. */
export function hasCatalogue(lang: Lang): boolean {
  return catalogues[lang] !== undefined;
}

/** Loads `lang`'s messages (Korean is a chunk of its own, fetched once); resolves when `translator(lang)` can be called. */
export async function loadCatalogue(lang: Lang): Promise<void> {
  if (lang === 'ko' && !catalogues.ko) catalogues.ko = (await import('./catalogue-ko')).ko;
}

/** Makes messages already at hand available (a worker bundles Korean rather than fetching it). */
export function addCatalogue(lang: Lang, catalogue: Catalogue): void {
  catalogues[lang] = catalogue;
}

type ParamsOf<K extends MessageKey> = Catalogue[K] extends (p: infer P, f: Formatters) => string ? P : undefined;

/** A translate function bound to a language. */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamsOf<K> extends undefined ? [] : [ParamsOf<K>]) => string;

/** The translate function for `lang`, whose messages must be loaded (`loadCatalogue`); English always is. */
export function translator(lang: Lang): Translate {
  const cat = catalogues[lang];
  // A caller that skipped loadCatalogue is a bug to see, not a page to show in the wrong language.
  if (!cat) throw new Error(`The ${lang} messages are not loaded: await loadCatalogue('${lang}') first.`);
  const f = formatters(lang);
  return ((key: MessageKey, params?: unknown) => {
    const m = cat[key] as string | ((p: unknown, f: Formatters) => string);
    return typeof m === 'string' ? m : m(params, f);
  }) as Translate;
}
