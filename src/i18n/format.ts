/** Locale-aware number, unit and date formatting for one language, built on Intl. */
export interface Formatters {
  lang: Lang;
  /** Integer or decimal with grouping, at most `digits` decimals. */
  num: (n: number, digits?: number) => string;
  /** GB/day with one decimal. */
  gbPerDay: (n: number) => string;
  /** A share (0.7) as a percentage ("70 %" / "70%"). */
  pct: (share: number, digits?: number) => string;
  /** A percent figure already in percent (70 → "70 %"). */
  percent: (value: number) => string;
  mbps: (n: number) => string;
  date: (d: Date) => string;
  list: (items: string[]) => string;
}

/** Supported languages. */
export type Lang = 'en' | 'ko';

const cache = new Map<Lang, Formatters>();

/** Formatters for `lang`, cached. */
export function formatters(lang: Lang): Formatters {
  const hit = cache.get(lang);
  if (hit) return hit;
  const locale = lang === 'ko' ? 'ko-KR' : 'en-US';
  const nf = new Map<number, Intl.NumberFormat>();
  const num = (n: number, digits = 2) => {
    let f = nf.get(digits);
    if (!f) nf.set(digits, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
    return f.format(n);
  };
  const pctf = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const pct1 = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const df = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const lf = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const made: Formatters = {
    lang,
    num,
    gbPerDay: (n) => `${num(n, 1)} GB/${lang === 'ko' ? '일' : 'day'}`,
    pct: (share, digits = 0) => (digits ? pct1 : pctf).format(share),
    percent: (value) => pctf.format(value / 100),
    mbps: (n) => `${num(n, 1)} Mbit/s`,
    date: (d) => df.format(d),
    list: (items) => lf.format(items),
  };
  cache.set(lang, made);
  return made;
}
