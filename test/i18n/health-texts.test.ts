import { describe, expect, it } from 'vitest';
import { asrClassicHealth } from '../../src/core/rules/health-asr-classic';
import type { HealthAction } from '../../src/core/rules/health-rule-set';
import { healthTexts } from '../../src/i18n/health-texts';

const codes = [...new Set([...asrClassicHealth.thresholds, ...asrClassicHealth.rules].flatMap((r) => r.actions))] as HealthAction[];

describe('health sentences (en, ko)', () => {
  it('every action code of the rule set reads as a sentence in both languages', () => {
    expect(codes).toHaveLength(10);
    const en = healthTexts('en');
    const ko = healthTexts('ko');
    for (const c of codes) {
      expect(en.action(c)).toMatch(/^[A-Z].*\.$/);
      expect(ko.action(c)).toMatch(/[가-힣]/);
      expect(ko.action(c)).not.toBe(en.action(c));
    }
  });

  it('alerts name the figures; Korean uses the Korean docs’ terms', () => {
    const en = healthTexts('en');
    const ko = healthTexts('ko');
    const cache = { signal: 'cacheFree' as const, level: 'critical' as const, value: 22, threshold: 25, actions: [] };
    expect(en.alert(cache)).toBe('Cache disk free space of 22 % over the last 15 minutes is below 25 %.');
    expect(ko.alert(cache)).toContain('캐시 디스크');
    expect(ko.alert({ signal: 'heartbeat', level: 'critical', value: 20, threshold: 15, actions: [] })).toContain('하트비트');
    expect(en.alert({ signal: 'serviceDown', level: 'warning', services: ['tmansvc', 'cxprocessserver'], actions: [] })).toBe(
      'Required services not running: tmansvc and cxprocessserver.',
    );
    expect(ko.action('align-versions')).toContain('구성 서버');
    expect(ko.action('add-scale-out-server')).toContain('확장 프로세스 서버');
    expect(en.action('check-connectivity')).toContain('9443');
  });
});
