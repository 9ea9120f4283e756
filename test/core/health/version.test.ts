import { describe, expect, it } from 'vitest';
import { assessHealth, compareVersions, parseVersion } from '../../../src/core/health';
import { asrClassicHealth as rules } from '../../../src/core/rules/health-asr-classic';

const check = (server: string | undefined, configuration: string | undefined, role: 'scale-out' | 'configuration' = 'scale-out') =>
  assessHealth(
    {
      role,
      observation: { name: 'PS01', site: '', servicesDown: [], ...(server !== undefined ? { version: server } : {}) },
      configurationVersion: configuration,
    },
    rules,
  );

describe('dotted versions', () => {
  it('parses dotted numbers (and a leading v), nothing else', () => {
    expect(parseVersion('9.38.5340.1')).toEqual([9, 38, 5340, 1]);
    expect(parseVersion(' v9.55 ')).toEqual([9, 55]);
    for (const bad of ['', '9.x', '9..1', 'latest', '9.55-beta', '9.55.']) expect(parseVersion(bad)).toBeNull();
  });

  it('compares numerically, part by part; missing parts are 0', () => {
    expect(compareVersions([9, 38, 5340, 1], [9, 38, 5340, 1])).toBe(0);
    expect(compareVersions([9, 100], [9, 38, 9999])).toBeGreaterThan(0); // 100 > 38, not "1" < "3"
    expect(compareVersions([9, 38], [9, 38, 0, 0])).toBe(0);
    expect(compareVersions([9, 38], [9, 38, 0, 1])).toBeLessThan(0);
  });
});

describe('version rule: scale-out ≤ configuration server', () => {
  it('same or older is fine; newer is a warning with both versions and the align action', () => {
    expect(check('9.55.6765.1', '9.55.6765.1').alerts).toEqual([]);
    expect(check('9.54.6682.1', '9.55.6765.1').alerts).toEqual([]);
    const h = check('9.56.6879.1', '9.55.6765.1');
    expect(h.status).toBe('warning');
    expect(h.alerts).toEqual([
      expect.objectContaining({
        signal: 'version',
        level: 'warning',
        actions: ['align-versions'],
        versions: { server: '9.56.6879.1', configuration: '9.55.6765.1' },
      }),
    ]);
  });

  it('an unparsable version is a version-unknown note, not an alert', () => {
    const h = check('9.56-preview', '9.55.6765.1');
    expect(h.alerts).toEqual([]);
    expect(h.notes).toEqual([expect.objectContaining({ code: 'version-unknown', params: { version: '9.56-preview' } })]);
    expect(check('9.56.1.1', 'unknown').notes[0]?.code).toBe('version-unknown');
  });

  it('without the configuration server’s version the rule is unchecked (a note); without its own it is not measured', () => {
    expect(check('9.56.1.1', undefined).notes[0]?.code).toBe('version-unchecked');
    expect(check(undefined, '9.55.1.1').notMeasured).toContain('version');
  });

  it('does not apply to the configuration server itself', () => {
    const h = check('9.99.1.1', '9.55.1.1', 'configuration');
    expect(h.alerts).toEqual([]);
    expect(h.notMeasured).not.toContain('version');
  });
});
