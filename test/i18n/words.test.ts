import { describe, expect, it } from 'vitest';
import type { Machine } from '../../src/core/model';
import { plan } from '../../src/core/planner';
import { planDocument } from '../../src/core/plan-document';
import { en, translator, type MessageKey } from '../../src/i18n/catalogue';
import { endingOf, withParticle } from '../../src/i18n/particles';
import { unplacedText } from '../../src/ui/messages';
import { fleet, settings } from '../support/machines';
import { recording } from './support/sample-params';

// Words (issue 10, item 18): counts that agree, no doubled brackets, Korean particles that agree
// with the figure before them, and unplaced reasons with figures formatted like the rest of the page.

const keys = Object.keys(en) as MessageKey[];
const call = (lang: 'en' | 'ko', key: MessageKey, params: object) =>
  (translator(lang) as (k: MessageKey, p: object) => string)(key, params);

// Every number a message receives set to 1 (structures kept), read through the same recording proxy.
function ones(key: MessageKey): object {
  const { params } = recording(key);
  return new Proxy(params, { get: (t, p) => (typeof Reflect.get(t, p) === 'number' ? 1 : Reflect.get(t, p)) });
}

describe('English counts agree with their noun', () => {
  const NOUNS = /(^|[^\d.,])1 (machines|servers|rows|data rows|scale-out servers|groups|items)\b/;

  it.each(keys.filter((k) => typeof en[k] === 'function'))('%s says "1 machine", not "1 machines"', (key) => {
    expect(call('en', key, ones(key))).not.toMatch(NOUNS);
  });

  it('the cases the issue names', () => {
    expect(call('en', 'servers.showMachines', { n: 1 })).toBe('Show 1 machine');
    expect(call('en', 'summary.servers', { n: 1, hasBuiltIn: true, role: 'scale-out' })).toBe('on the configuration server alone');
    expect(call('en', 'summary.servers', { n: 1, hasBuiltIn: false, role: 'appliance' })).toBe('over 1 appliance');
    expect(call('en', 'running.change.unassignedGroup', { server: 'CS', machines: 1, churn: 10 })).toBe('CS: 1 machine, 10 GB/day');
    expect(call('en', 'strip.text', { servers: 1, vcpu: 24, churn: 100, role: 'scale-out' })).toMatch(/^1 scale-out server ·/);
    expect(call('en', 'strip.text', { servers: 1, vcpu: 16, churn: 100, role: 'appliance' })).toMatch(/^1 appliance ·/);
  });
});

describe('a site with no name', () => {
  it('is not wrapped in a second pair of brackets as the busiest site', () => {
    for (const lang of ['en', 'ko'] as const) {
      const t = translator(lang);
      const text = t('settings.configSiteAuto', { site: t('site.none') });
      expect(text).not.toMatch(/\(\(|\)\)/);
    }
    expect(translator('en')('settings.configSiteAuto', { site: '(no site)' })).toBe('Busiest site — (no site)');
  });
});

describe('Korean particles after figures', () => {
  it('chooses the form by the last syllable read aloud', () => {
    expect(withParticle('1,433.6GB/일', '을')).toBe('1,433.6GB/일을'); // …일
    expect(withParticle('2,048GB/일', '은')).toBe('2,048GB/일은');
    expect(withParticle('70%', '을')).toBe('70%를'); // …퍼센트
    expect(withParticle('70%', '이')).toBe('70%가');
    expect(withParticle('PS-8', '을')).toBe('PS-8을'); // …팔
    expect(withParticle('PS-12', '을')).toBe('PS-12를'); // …십이
    expect(withParticle('CS', '은')).toBe('CS는'); // …에스
    expect(withParticle('URL', '으로')).toBe('URL로'); // …엘
    expect(withParticle('10', '이')).toBe('10이'); // 십
    expect(withParticle('1,000', '과')).toBe('1,000과'); // 천
    expect(withParticle('2.5', '을')).toBe('2.5를'); // …오
    expect(withParticle('서버', '은')).toBe('서버는');
    expect(withParticle('웹서버01', '이')).toBe('웹서버01이'); // …일
  });

  it('writes both forms where the reading can’t be told', () => {
    expect(endingOf('web-app')).toBeNull();
    expect(withParticle('web-app', '을')).toBe('web-app을(를)');
  });

  it('no Korean message puts 를, 는, 가 or 와 after “GB/일” (read …일)', () => {
    for (const key of keys) {
      if (typeof en[key] !== 'function') continue;
      expect(call('ko', key, recording(key).params), key).not.toMatch(/GB\/일(를|는|가|와)(?![가-힣])/);
    }
    expect(call('ko', 'why.churn', { churnGBPerDay: 1433.6, limit: 2048, share: { machines: 200, churnGBPerDay: 2048 } })).toBe(
      '일일 데이터 변경률 1,433.6GB/일은 기본 제공 프로세스 서버의 한도 2,048GB/일을 넘습니다(일 2TB 규칙).',
    );
  });
});

describe('unplaced reasons', () => {
  const bigdb: Machine = { name: 'bigdb-01', dailyChurnGB: 2500.5, site: 'Seoul', group: '' };
  const doc = planDocument(plan([...fleet(3, 10, { site: 'Seoul' }), bigdb], settings()), 4, []);

  it('carry the figures and the limit from the rule set', () => {
    expect(doc.unplaced[0]).toMatchObject({
      machine: 'bigdb-01',
      params: { tier: 'PS-12', limit: 2048, machines: 1, churnGBPerDay: 2500.5 },
    });
  });

  it('print figures formatted like the churn column beside them, in both languages', () => {
    const u = doc.unplaced[0]!;
    expect(unplacedText(translator('en'), u)).toBe(
      'It changes 2,500.5 GB/day, more than the 2,048 GB/day one process server (PS-12) replicates.',
    );
    expect(unplacedText(translator('ko'), u)).toBe(
      '데이터 변경률 2,500.5GB/일이 프로세스 서버 한 대(PS-12)가 복제할 수 있는 2,048GB/일을 넘습니다.',
    );
  });

  it('say a group’s size in words that agree', () => {
    const group = fleet(226, 0.1, { group: 'vdi' });
    const u = planDocument(plan(group, settings()), 226, []).unplaced[0]!;
    expect(unplacedText(translator('en'), u)).toBe(
      'Its group “vdi” holds 226 machines, more than the 225 one process server (PS-12) replicates, and a group must share one server.',
    );
  });
});
