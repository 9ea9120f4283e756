import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/model';
import { ruleSetById } from '../../src/core/rules/registry';
import { effectiveSettings, parseSettings, unusedOptions } from '../../src/core/settings';
import { translator } from '../../src/i18n/catalogue';

describe('settings and rule sets', () => {
  it('parse with the rule set, defaulting to asr-classic when absent, refusing an unknown one', () => {
    expect(parseSettings({ headroomPercent: 70 })).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, headroomPercent: 70 } });
    expect(parseSettings({}).ok && DEFAULT_SETTINGS.ruleSet).toBe('asr-classic');
    const bad = parseSettings({ ruleSet: 'asr-2031' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues[0]).toEqual({
      code: 'bad-setting',
      params: { setting: 'ruleSet', problem: { problem: 'rule-set', ruleSets: ['asr-classic', 'asr-modernized'] } },
    });
    expect(!bad.ok && translator('en')('cli.option.settings', { issues: bad.issues })).toBe(
      'ruleSet: must be one of "asr-classic", "asr-modernized"',
    );
  });

  it('set the options a rule set does not use to what is true of it', () => {
    const classicChoices = { ...DEFAULT_SETTINGS, useConfigServerPs: false, configSite: 'Seoul', strategy: 'least-vcpu' as const };
    expect(effectiveSettings(classicChoices, ruleSetById('asr-modernized'))).toEqual({
      ...DEFAULT_SETTINGS,
      useConfigServerPs: false,
      configSite: null,
      strategy: 'fewest-servers',
      ruleSet: 'asr-modernized',
    });
    expect(effectiveSettings(classicChoices, ruleSetById('asr-classic'))).toEqual(classicChoices);
  });

  it('name the options set away from their defaults that a rule set does not use', () => {
    const modern = ruleSetById('asr-modernized');
    expect(unusedOptions({ ...DEFAULT_SETTINGS, ruleSet: 'asr-modernized' }, modern)).toEqual([]);
    expect(unusedOptions({ ...DEFAULT_SETTINGS, useConfigServerPs: false, configSite: 'Seoul', strategy: 'least-vcpu' }, modern)).toEqual([
      'useConfigServerPs',
      'configSite',
      'strategy',
    ]);
    expect(unusedOptions({ ...DEFAULT_SETTINGS, strategy: 'least-vcpu' }, ruleSetById('asr-classic'))).toEqual([]);
  });
});

describe('the link to Azure (issue 15)', () => {
  it('is absent when not given: settings from before it parse as they were', () => {
    const r = parseSettings({ multiplier: 2 });
    expect(r.ok && 'link' in r.value).toBe(false);
  });

  it('fills the goal (72 h) and the per-site figures when absent', () => {
    const r = parseSettings({ link: { allSitesMbps: 100 } });
    expect(r.ok && r.value.link).toEqual({ allSitesMbps: 100, siteMbps: {}, irGoalHours: 72 });
  });

  it('refuses a link that names no figure, a figure out of range, and unknown fields', () => {
    for (const link of [
      { allSitesMbps: null, siteMbps: {} },
      { allSitesMbps: 0 },
      { allSitesMbps: 10, siteMbps: { Seoul: -1 } },
      { allSitesMbps: 10, irGoalHours: 0 },
      { allSitesMbps: 10, extra: 1 },
    ])
      expect(parseSettings({ link }).ok, JSON.stringify(link)).toBe(false);
  });
});

describe('refused settings as codes and figures (issue 12)', () => {
  it('say each problem in the schema’s English words, as the command line printed them before', () => {
    const r = parseSettings({
      multiplier: Number.NaN,
      headroomPercent: 20,
      strategy: 'x',
      foo: 1,
      link: { allSitesMbps: null },
      useConfigServerPs: 'yes',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // The sentences the settings' own zod messages gave (checked against the code before the change).
    expect(translator('en')('cli.option.settings', { issues: r.issues }).split('; ')).toEqual([
      'multiplier: Invalid input: expected number, received NaN',
      'headroomPercent: Too small: expected number to be >=50',
      'useConfigServerPs: Invalid input: expected boolean, received string',
      'strategy: Invalid option: expected one of "fewest-servers"|"least-vcpu"',
      'link: names no link: give a figure for all sites or for one site at least',
      'settings: Unrecognized key: "foo"',
    ]);
    const long = parseSettings({ configSite: 's'.repeat(501) });
    expect(!long.ok && long.issues[0]!.params).toEqual({
      setting: 'configSite',
      problem: { problem: 'too-big', origin: 'string', limit: 500, inclusive: true },
    });
    expect(!long.ok && translator('ko')('cli.option.settings', { issues: long.issues })).toBe(
      '설정이 올바르지 않습니다: configSite: Too big: expected string to have <=500 characters',
    );
  });
});
