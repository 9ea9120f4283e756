import { describe, expect, it } from 'vitest';
import type { Machine, PlanWarning } from '../../../src/core/model';
import { plan } from '../../../src/core/planner';
import { planUnder } from '../../../src/core/planner/plan';
import { asrClassic } from '../../../src/core/rules/asr-classic';
import { translator } from '../../../src/i18n/catalogue';
import { warningTextEn } from '../../../src/io/documents';
import { warningText } from '../../../src/ui/messages';
import { fleet, scaleOutOnly, settings } from '../../support/machines';

// Plans at the limit (issue 10, item 17): say when servers sit at 90 % or more of a limit, and when a
// classic estate outgrows one configuration server in Microsoft's later guidance.

const warning = <C extends PlanWarning['code']>(p: ReturnType<typeof plan>, code: C) =>
  p.warnings.find((w): w is Extract<PlanWarning, { code: C }> => w.code === code);

describe('near-limit warning', () => {
  it('names the fullest server when the defaults fill one to 100 % of a limit', () => {
    const p = plan(fleet(200, 1), settings());
    expect(p.servers[0]).toMatchObject({ id: 'CS', tier: 'CS-16', machineCount: 200 });
    // The sentence is the edge's (the published English); core gives the code and figures.
    const w = warning(p, 'near-limit')!;
    expect({ ...w, message: warningTextEn(w, p.ruleSet) }).toEqual({
      code: 'near-limit',
      message: expect.stringMatching(/^1 server is at or above 90 % of a tier limit \(CS: 100 % of its machine limit\)/),
      params: {
        servers: 1,
        server: 'CS',
        limit: 'machines',
        percent: 100,
        thresholdPercent: 90,
        headroomPercent: 100,
        growthPercent: 0,
        suggestedHeadroomPercent: 70,
        suggestedGrowthPercent: 30,
      },
    });
  });

  it('counts every server at or above 90 % of its machine or churn limit, and none below', () => {
    // 150 machines of 1 GB on each of two PS-8s would be 100 %; 134 machines = 89.3 % of 150.
    const at = (n: number) => warning(plan(fleet(n, 0.1), scaleOutOnly()), 'near-limit');
    expect(at(134)).toBeUndefined(); // PS-8 at 134/150 = 89.3 %
    expect(at(135)?.params).toMatchObject({ servers: 1, percent: 90, limit: 'machines' }); // 135/150 = 90 %
    const churn = warning(plan(fleet(1, 230), scaleOutOnly()), 'near-limit'); // PS-4 at 230/250 = 92 %
    expect(churn?.params).toMatchObject({ servers: 1, server: 'PS01', limit: 'churn', percent: 92 });
  });

  it('is gone at the troubleshooting guide’s 70 % headroom', () => {
    const p = plan(fleet(1200, 9), settings({ headroomPercent: 70 }));
    expect(warning(p, 'near-limit')).toBeUndefined();
    expect(warning(plan(fleet(1200, 9), settings()), 'near-limit')?.params.servers).toBeGreaterThan(1);
  });

  it('takes the threshold from the rule set, not from the sentence', () => {
    const strict = { ...asrClassic, nearLimit: { ...asrClassic.nearLimit!, share: 0.5 } };
    const p = planUnder(strict, fleet(60, 1), settings()); // CS-8 at 60/99 = 60.6 %
    expect(warning(p, 'near-limit')?.params).toMatchObject({ thresholdPercent: 50, percent: 60.6 });
    expect(warningText(translator('en'), warning(p, 'near-limit')!)).toContain('at or above 50% of a tier limit');
    expect(warning(planUnder({ ...asrClassic, nearLimit: undefined }, fleet(60, 1), settings()), 'near-limit')).toBeUndefined();
  });
});

describe('configuration server capacity warning', () => {
  const estate = (n: number, extra: Machine[] = []) => plan([...fleet(n, 1), ...extra], settings({ headroomPercent: 70 }));

  it('holds 650 (2021) and 550 (2019) as sourced rule data', () => {
    expect(asrClassic.configurationServerMachines!.map((l) => [l.value, l.source.docDate])).toEqual([
      [650, '2021-08-19'],
      [550, '2019-11-14'],
    ]);
    expect(asrClassic.nearLimit!.share).toBe(0.9);
  });

  it('warns above 650 protected machines, not at 650', () => {
    expect(warning(estate(650), 'configuration-server-capacity')).toBeUndefined();
    expect(warning(estate(651), 'configuration-server-capacity')?.params).toEqual({
      machines: 651,
      limit: 650,
      limitYear: 2021,
      limitSource: 'Plan capacity and scaling for VMware disaster recovery to Azure',
      lowerLimit: 550,
      lowerLimitYear: 2019,
      lowerLimitSource: 'Set up disaster recovery at scale for VMware VMs/physical servers',
      configurationServers: 2,
      configurationServersAtLowerLimit: 2,
    });
    expect(warning(estate(1200), 'configuration-server-capacity')?.params).toMatchObject({
      configurationServers: 2,
      configurationServersAtLowerLimit: 3,
    });
  });

  it('counts protected machines only: an unplaced machine is not protected', () => {
    expect(
      warning(estate(650, [{ name: 'huge', dailyChurnGB: 3000, site: '', group: '' }]), 'configuration-server-capacity'),
    ).toBeUndefined();
  });

  it('says both figures in both languages, from the rule data', () => {
    const w = warning(estate(1200), 'configuration-server-capacity')!;
    expect(warningText(translator('en'), w)).toBe(
      'This plan protects 1,200 machines with one configuration server. Microsoft’s later guidance deploys another configuration server beyond 650 protected machines (Plan capacity and scaling for VMware disaster recovery to Azure, 2021) or 550 (Set up disaster recovery at scale for VMware VMs/physical servers, 2019): 2–3 configuration servers for this estate.',
    );
    expect(warningText(translator('ko'), w)).toContain('컴퓨터 1,200대');
    const other = { ...asrClassic, configurationServerMachines: [{ ...asrClassic.configurationServerMachines![0]!, value: 400 }] };
    const p = planUnder(other, fleet(500, 1), settings({ headroomPercent: 70 }));
    expect(warning(p, 'configuration-server-capacity')?.params).toMatchObject({ limit: 400, lowerLimit: 400, configurationServers: 2 });
  });
});
