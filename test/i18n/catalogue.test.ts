import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, translator, type MessageKey } from '../../src/i18n/catalogue';
import { ROOT } from '../support/run-cli';
import { FAMILIES } from './support/families';
import { jsxLiterals } from './support/jsx-literals';
import { recording, SAMPLE_MESSAGE } from './support/sample-params';

/*
 * The catalogue rule: one source of strings. (a) English and Korean have the same keys, and every
 * message gives a real sentence in both from the same parameters; (b) every key is used, either
 * literally or as a member of a documented family of keys built from domain codes; (c) components
 * carry no user-facing literal.
 */

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(f) ? [p] : [];
  });
}

const SRC = join(ROOT, 'src');
// The Korean catalogue, as its files under messages/ write it (the page reads it through `translator('ko')`).
const ko: Record<string, unknown> = Object.assign(
  {},
  ...Object.values(import.meta.glob<Record<string, object>>('../../src/i18n/messages/*.ko.ts', { eager: true })).flatMap((m) =>
    Object.values(m),
  ),
);
const keys = Object.keys(en) as MessageKey[];
const call = (lang: 'en' | 'ko', key: MessageKey, params: object) =>
  (translator(lang) as (k: MessageKey, p: object) => string)(key, params);
const HANGUL = /[\uAC00-\uD7AF]/;
// A sentence written elsewhere that an entry would only pass through: the `message` a domain once carried.
const readsMessage = (lang: 'en' | 'ko', key: MessageKey) => {
  const r = recording(key);
  if (typeof (lang === 'en' ? en : ko)[key] === 'function') call(lang, key, r.params);
  return r.read.has('message');
};

// Korean entries that rightly have no Hangul: the CSV example is data; a source's citation is its own title, date and address.
// A rule set's name is its data, in each language (the sample here is English).
// A numbered section's heading is its number and a title already in the page's language.
const KO_WITHOUT_HANGUL = new Set<MessageKey>(['load.pastePlaceholder', 'print.source', 'print.ruleSetName', 'doc.section']);
// The same text in both languages: the CSV example is data; the rule set's title comes translated with it.
const SAME_IN_BOTH = new Set<MessageKey>(['load.pastePlaceholder', 'print.ruleSetName', 'doc.section']);
// English entries that rightly quote Korean: the header spellings the reader understands, and the language's own name.
const EN_WITH_HANGUL = new Set<MessageKey>(['running.empty.need1']);
// Names "NaN" as a value a cell may hold, on purpose.
const NAMES_NAN = new Set<MessageKey>(['reject.churn-not-finite']);

describe('(a) English and Korean have the same messages', () => {
  it('the same keys, each a string in both or a function in both', () => {
    expect(Object.keys(ko).sort()).toEqual([...keys].sort());
    for (const k of keys) expect(typeof ko[k], k).toBe(typeof en[k]);
  });

  it.each(keys)('%s reads as a sentence in both languages from the same parameters', (key) => {
    for (const lang of ['en', 'ko'] as const) {
      const r = recording(key);
      const text = call(lang, key, r.params);
      expect([...r.unknown], `${lang} ${key} reads parameters no caller passes`).toEqual([]);
      expect(text.trim(), `${lang} ${key}`).not.toBe('');
      expect(text, `${lang} ${key}`).not.toMatch(NAMES_NAN.has(key) ? /undefined|\[object |null/ : /undefined|NaN|\[object |null/);
    }
    const koText = call('ko', key, recording(key).params);
    const enText = call('en', key, recording(key).params);
    if (!KO_WITHOUT_HANGUL.has(key)) expect(koText, key).toMatch(HANGUL);
    if (!EN_WITH_HANGUL.has(key)) expect(enText, key).not.toMatch(HANGUL);
    if (!SAME_IN_BOTH.has(key)) expect(koText, `${key} is not translated`).not.toBe(enText);
  });

  it('no entry passes a sentence written elsewhere through: every language words it from the code and figures', () => {
    expect(keys.filter((k) => readsMessage('en', k) || readsMessage('ko', k))).toEqual([]);
    for (const key of keys) {
      if (typeof en[key] === 'function') expect(call('en', key, recording(key).params), key).not.toContain(SAMPLE_MESSAGE);
    }
  });

  it('figures are formatted for the language (grouping, percent, units)', () => {
    expect(call('ko', 'issue.too-many-rows', recording('issue.too-many-rows').params)).toMatch(/1,000,000.*1,000,002/);
    expect(call('ko', 'deploy.cache-free', { keepPercent: 25, throttledBelowPercent: 20 })).toContain('25% 이상');
    expect(call('en', 'servers.memory', { gb: 1024 })).toBe('1,024 GB RAM');
    expect(call('ko', 'chart.whatif.current', { m: 1.5 })).toBe('현재(1.5×)');
  });
});

describe('(b) every key is used', () => {
  const sources = files(SRC, /\.(ts|tsx)$/).filter((f) => !relative(SRC, f).startsWith(join('i18n', 'messages')));
  const code = sources.map((f) => readFileSync(f, 'utf8')).join('\n');
  const literal = (s: string) => code.includes(`'${s}'`) || code.includes(`"${s}"`) || code.includes(`\`${s}\``);
  const familyOf = (key: string) => FAMILIES.find((f) => key.startsWith(f.prefix));

  it('each key appears literally in src/, or belongs to a family built from domain codes', () => {
    const unused = keys.filter((k) => !literal(k) && !familyOf(k));
    expect(unused).toEqual([]);
  });

  it.each(FAMILIES.map((f) => [f.prefix, f] as const))(
    'family %s: built in src/, and its keys are exactly codes the domain produces',
    (_, family) => {
      expect(code, `nothing builds ${family.prefix}… any more`).toContain(family.builtBy);
      const members = keys.filter((k) => k.startsWith(family.prefix) && !literal(k)).map((k) => k.slice(family.prefix.length));
      if (family.codes === 'scanned') {
        // String-typed codes: each must be written somewhere outside the catalogue as a code literal.
        for (const c of members) expect(literal(c), `${family.prefix}${c}: no source produces '${c}'`).toBe(true);
      } else {
        const codes = new Set(family.codes);
        for (const c of members) expect(codes.has(c), `${family.prefix}${c} is not a code of the domain`).toBe(true);
        for (const c of codes) expect(keys, `the domain's code ${c} has no ${family.prefix} message`).toContain(`${family.prefix}${c}`);
      }
    },
  );
});

/*
 * (c) Literals a component may show: none in language. Symbols (×, →, ☐, ✓, <, ≥, %) are not
 * language and carry no letters, so they pass by construction. Product names, tier ids and
 * units (UnifiedSetup.exe, PS-12, GB, vCPU) are the same in both languages: they are written in
 * the catalogue's sentences or in .ts helpers, never as JSX text, so this list stays empty; add a
 * literal here only with the reason it is the same in every language.
 */
const ALLOWED_LITERALS: { file: string; text: string; why: string }[] = [];

describe('(c) no user-facing literal in components', () => {
  const tsx = files(join(SRC, 'ui'), /\.tsx$/);

  it('the scan finds the literals it should', () => {
    const found = jsxLiterals(
      `const X = () => <p title="Hello" aria-label={\`Server \${id}\`}>Text {ok ? 'Yes' : tr('k')} {a === 'plan' ? '' : '→'} 한국어</p>;`,
    );
    expect(found.map((l) => l.text)).toEqual(['Hello', 'Server', 'Text', 'Yes', '한국어']);
  });

  it('src/ui/**/*.tsx has no JSX text or read attribute with letters outside the catalogue', () => {
    const offenders = tsx.flatMap((f) =>
      jsxLiterals(readFileSync(f, 'utf8'), f)
        .filter((l) => !ALLOWED_LITERALS.some((a) => f.endsWith(a.file) && a.text === l.text))
        .map((l) => `${relative(ROOT, f)}:${l.line} ${JSON.stringify(l.text)}`),
    );
    expect(offenders).toEqual([]);
  });
});
