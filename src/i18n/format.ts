/** Locale-aware number, unit and date formatting for one language, built on Intl. */
export interface Formatters {
  lang: Lang;
  /** The Intl locale behind these formatters ('en-US', 'ko-KR'), for libraries that format themselves (Chart.js). */
  locale: string;
  /** Integer or decimal with grouping, at most `digits` decimals. */
  num: (n: number, digits?: number) => string;
  /** GB/day with one decimal. */
  gbPerDay: (n: number) => string;
  /** A size in GB ("1,024 GB" / "1,024GB"), Intl's unit style. */
  gb: (n: number) => string;
  /** A share (0.7) as a percentage ("70%"). */
  pct: (share: number, digits?: number) => string;
  /** A percent figure already in percent (70 → "70%"), at most `digits` decimals. */
  percent: (value: number, digits?: number) => string;
  /** Minutes ("20 min" / "20분"), Intl's unit style. */
  minutes: (n: number) => string;
  /** A churn multiplier: "1.5×". */
  times: (n: number, digits?: number) => string;
  mbps: (n: number) => string;
  /** Today-style long date ("June 29, 2017" / "2017년 6월 29일"). */
  date: (d: Date) => string;
  /** A calendar day given as YYYY-MM-DD (a document's date), read in UTC so no time zone shifts it. */
  day: (iso: string) => string;
  list: (items: string[]) => string;
}

/** Supported languages. */
export type Lang = 'en' | 'ko';

const cache = new Map<Lang, Formatters>();

/** Formatters for `lang`, cached. */
export function formatters(lang: Lang): Formatters {
  const hit = cache.get(lang);
  if (hit) return hit;
  const made = build(lang);
  cache.set(lang, made);
  return made;
}

function build(lang: Lang): Formatters {
  const locale = lang === 'ko' ? 'ko-KR' : 'en-US';
  const memo = <T>(make: (digits: number) => T) => {
    const m = new Map<number, T>();
    return (digits: number) => m.get(digits) ?? (m.set(digits, make(digits)), m.get(digits)!);
  };
  // Made on first use: an Intl formatter costs milliseconds to build (unit styles load ICU data),
  // and the command line's start-up should not pay for formats a run never prints.
  const once = <T>(make: () => T) => {
    let made: T | undefined;
    return () => (made ??= make());
  };
  const nf = memo((d) => new Intl.NumberFormat(locale, { maximumFractionDigits: d }));
  const pf = memo((d) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: d }));
  const unit = (u: string) => once(() => new Intl.NumberFormat(locale, { style: 'unit', unit: u, maximumFractionDigits: 1 }));
  const gbf = unit('gigabyte');
  const gbDay = unit('gigabyte-per-day');
  const minf = unit('minute');
  const num = (n: number, digits = 2) => nf(digits).format(n);
  const df = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }));
  const dayf = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  const lf = once(() => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
  return {
    lang,
    locale,
    num,
    // English keeps "GB/day" (Intl's short English is "GB/d", which engineers don't write); Korean gets Intl's "GB/일".
    gbPerDay: (n) => (lang === 'ko' ? gbDay().format(n) : `${num(n, 1)} GB/day`),
    gb: (n) => gbf().format(n),
    pct: (share, digits = 0) => pf(digits).format(share),
    percent: (value, digits = 0) => pf(digits).format(value / 100),
    minutes: (n) => minf().format(n),
    times: (n, digits = 2) => `${num(n, digits)}×`,
    mbps: (n) => `${num(n, 1)} Mbit/s`,
    date: (d) => df().format(d),
    day: (iso) => dayf().format(new Date(`${iso}T00:00:00Z`)),
    list: (items) => lf().format(items),
  };
}
