// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { registerRuleSet } from '../../../src/core/rules/registry';
import { fleet } from '../../support/machines';
import { twoSizes } from '../../support/rules/two-sizes';
import { renderPlan } from './render-plan';

// The one registry line a new rule set needs; the views below are the app's, untouched.
registerRuleSet(twoSizes);

/*
 * The printed plan and the on-screen explanation, rendered by the app's Solid components in
 * jsdom, for each rule set: the test-only one proves a new rule set prints and explains itself
 * from its data (its servers, steps, checklist, vaults and sources) in English and Korean.
 */

const text = (root: HTMLElement) => root.textContent!.replace(/\s+/g, ' ');
// Two sites: the big one needs several servers of every rule set here.
const estate = () => [...fleet(300, 4, { site: 'Seoul' }), ...fleet(40, 2, { site: 'Busan' })];

describe('the printed plan of the test-only rule set', () => {
  it('prints its servers, order of registration, vaults, checklist and sources in English', () => {
    const { root, doc } = renderPlan(estate(), { ruleSet: 'test-two-sizes' }, 'en');
    const t = text(root);
    expect(doc.servers.map((s) => s.id)).toEqual(['RA01', 'RA02', 'RA03', 'RA04']);
    expect(t).toContain('Replication appliance deployment plan');
    expect(t).toContain('test-two-sizes — Test rule set: appliances in two sizes');
    expect(t).toContain('Deploy and register the appliances one at a time, in this order');
    expect(t).toContain('Register RA01 with the vault, and wait until its registration has finished before starting RA02');
    expect(t).toContain('Register RA04 with the vault.');
    expect(t).toContain('One vault holds at most 5 appliances.');
    expect(t).toContain('A static fully qualified domain name (FQDN)');
    expect(t).toContain('Invented for the rule set contract test');
    // Only the settings it uses: a strategy, no configuration server.
    expect(t).toContain('Churn multiplier 1×, growth 0%, headroom 100%, strategy: Fewest servers.');
    expect(t).not.toMatch(/configuration server|built-in process server|UnifiedSetup/i);
    // Its reasons, per site, in its own words.
    expect(t).toContain('Site Seoul: 3 appliances (lower bound 3)');
    expect(t).toMatch(/This site’s 300 machines with 1,200 GB\/day of churn need at least 3 appliances: one takes up to 130 machines/);
  });

  it('prints in Korean from the same data', () => {
    const t = text(renderPlan(estate(), { ruleSet: 'test-two-sizes' }, 'ko').root);
    expect(t).toContain('복제 어플라이언스 배포 계획');
    expect(t).toContain('test-two-sizes — 테스트 규칙 집합: 두 가지 크기의 어플라이언스');
    expect(t).toContain('복제 어플라이언스 배포와 등록: 한 번에 한 대씩, 이 순서대로');
    expect(t).toContain('RA01을 자격 증명 모음에 등록하고, 등록이 끝난 뒤에 RA02를 시작합니다');
    expect(t).toContain('사이트 Seoul: 복제 어플라이언스 3대(하한 3대)');
    expect(t).not.toMatch(/undefined|NaN|\[object/);
  });
});

describe('the printed plan of the real rule sets', () => {
  it('asr-modernized: appliances in order, one vault, minimum hardware shown, ports 443 and 9443', () => {
    const t = text(renderPlan(estate(), { ruleSet: 'asr-modernized' }, 'en').root);
    expect(t).toContain('Replication appliance deployment plan');
    expect(t).toContain('Every appliance is sized APP-16 (16 vCPU, 32 GB RAM, 1,024 GB cache)');
    expect(t).toContain('8 cores, 16 GB RAM, disks of 80 GB and 620 GB, Windows Server 2022');
    expect(t).toContain('Create a new Recovery Services vault for the appliances, used for this architecture only');
    expect(t).toContain('Port 443 open inbound — control channel orchestration.');
    expect(t).toContain('Port 9443 (HTTPS) open inbound from the source machines — replication data.');
    expect(t).toContain('Deploy APP02 in site Seoul (OVA template or installer): APP-16');
    expect(t).not.toMatch(/configuration server|UnifiedSetup/i);
  });

  it('asr-classic: the retirement with its sources, the built-in process server, one install line per scale-out server', () => {
    const { root, doc } = renderPlan(estate(), { ruleSet: 'asr-classic', useConfigServerPs: false }, 'en');
    const t = text(root);
    expect(t).toContain('Process server deployment plan');
    expect(t).toContain('Microsoft retired this architecture on March 30, 2026');
    expect(t).toContain('Deprecation of classic experience to protect VMware and physical machines using Site Recovery (August 26, 2026)');
    expect(t).toContain('built-in process server off');
    expect(t).toContain('Unattended install of each scale-out process server');
    const lines = [...root.querySelectorAll('pre.install')].map((p) => p.textContent);
    expect(lines).toHaveLength(doc.servers.filter((s) => s.role === 'scale-out').length);
    expect(lines[0]).toBe(
      'UnifiedSetup.exe /AcceptThirdpartyEULA /servermode "PS" /InstallLocation "D:\\" /EnvType "VMWare" /CSIP "<configuration server IP>" /PassphraseFilePath "C:\\Temp\\passphrase.txt" /DataTransferSecurePort 9443',
    );
    expect(t).toContain('With Replication appliances (modernized): working it out…');
  });
});
