import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { inapplicableOption } from '../../src/cli/rule-set-options';
import { DEFAULT_SETTINGS } from '../../src/core/model';
import { translator } from '../../src/i18n/catalogue';
import type { CliOption } from '../../src/i18n/cli-option';
import { cliOptionText } from '../../src/i18n/cli-option-text';

// The command line's option errors are codes with figures (issue 12); the catalogue's English says
// them byte for byte as the CLI wrote them before (tools/cli-snapshots.ts compares whole runs).
describe('option errors as codes and figures', () => {
  const failure = (argv: string[]) => {
    const r = parseArgs(argv);
    if (r.ok) throw new Error(`accepted ${argv.join(' ')}`);
    return r.issues[0];
  };

  it.each<[string[], CliOption, string]>([
    [
      ['x.csv', '--churn-rate', '150'],
      { code: 'churn-rate', params: { min: 0, max: 100, value: '150' } },
      '--churn-rate takes a percent from 0 to 100, got "150"',
    ],
    [
      ['x.csv', '--headroom=20'],
      { code: 'number-range', params: { option: 'headroom', min: 50, max: 100, value: '20' } },
      '--headroom takes a number from 50 to 100, got "20"',
    ],
    [['x.csv', '--json=1'], { code: 'takes-no-value', params: { option: 'json' } }, '--json takes no value'],
    [['x.csv', '--nope', '1'], { code: 'unknown', params: { option: 'nope' } }, 'unknown option --nope'],
    [['x.csv', '--growth'], { code: 'needs-value', params: { option: 'growth' } }, '--growth needs a value'],
    [[], { code: 'no-file', params: {} }, 'missing the inventory CSV file'],
    [['a.csv', 'b.csv'], { code: 'file-count', params: { count: 2 } }, 'expected one inventory file, got 2'],
    [['x.csv', '--ir-goal-hours', '5'], { code: 'goal-without-link', params: {} }, '--ir-goal-hours needs a link: add --link-mbps'],
    [['x.csv', '--decimal-mark', ';'], { code: 'decimal-mark', params: { value: ';' } }, '--decimal-mark is . or , got ";"'],
  ])('%o', (argv, error, text) => {
    const issue = failure(argv);
    expect({ code: issue.code, params: issue.params }).toEqual(error);
    expect(cliOptionText(issue)).toBe(text);
  });

  it('names the rule set, the option and the reason for an option the rule set does not use', () => {
    const settings = { ...DEFAULT_SETTINGS, ruleSet: 'asr-modernized' as const, strategy: 'least-vcpu' as const };
    expect(inapplicableOption(settings)).toMatchObject({
      code: 'rule-set-unused',
      params: { option: 'strategy', value: 'least-vcpu', ruleSet: 'asr-modernized', why: 'one-size' },
    });
    expect(inapplicableOption(DEFAULT_SETTINGS)).toBeNull();
  });

  it('says every code in Korean as well, from the same figures', () => {
    const en = translator('en');
    const ko = translator('ko');
    const render = (tr: typeof en, e: CliOption) => (tr as unknown as (k: string, p: object) => string)(`cli.option.${e.code}`, e.params);
    const samples: CliOption[] = [
      { code: 'link-site', params: { site: 'Pusan', sites: ['Seoul', 'Busan'] } },
      { code: 'column', params: { fields: ['name', 'site'], value: 'x' } },
      { code: 'plan-only', params: { option: 'rule-set', command: 'migrate' } },
      { code: 'rule-set-unused', params: { option: 'config-site', value: null, ruleSet: 'r', why: 'no-configuration-server', tier: null } },
      { code: 'config-site', params: { site: 'nowhere', sites: ['Seoul'] } },
    ];
    for (const e of samples) {
      expect(render(ko, e)).toMatch(/[\uac00-\ud7a3]/);
      expect(render(ko, e)).not.toBe(render(en, e));
    }
    expect(render(en, samples[0]!)).toBe('--link-mbps "Pusan=…" names no site of this inventory (sites: "Seoul", "Busan")');
  });
});
