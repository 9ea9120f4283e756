import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/catalogue';
import { assumptionText } from '../../src/i18n/rebalance-texts';

// The sentences the rebalance wrote in English before they came to the catalogue (issue 12):
// the published document keeps them byte for byte, also for codes the CLI snapshots don't reach.
describe('assumptions in English, from codes and figures', () => {
  const en = translator('en');
  it.each([
    [{ code: 'role-not-given', params: { server: 'PS03' } }, 'The server file gives no role for PS03: assumed scale-out.'],
    [
      { code: 'spec-incomplete', params: { server: 'PS03', missing: ['memoryGB', 'cacheGB'] } },
      "The server file lacks memoryGB, cacheGB for PS03, so its tier can't be matched from its hardware.",
    ],
    [
      {
        code: 'nearest-tier-limits',
        params: {
          server: 'PS03',
          role: 'scale-out',
          nearest: 'PS-4',
          spec: { vcpu: 2, memoryGB: 8, cacheGB: 200 },
          shortBy: { vcpu: 2, memoryGB: 0, cacheGB: 100 },
        },
      },
      "Its hardware (2 vCPU, 8 GB RAM, 200 GB cache) matches no scale-out tier: it is 2 vCPU, 100 GB cache short of PS-4. PS-4's limits are used, and it takes no new machines.",
    ],
    [
      { code: 'tier-from-load', params: { server: 'PS03', tier: 'PS-4', role: 'scale-out', load: { machines: 1, churnGBPerDay: 12.34 } } },
      'Assumed PS-4: the smallest scale-out tier that holds its current load (1 machine, 12.3 GB/day) at 100 %.',
    ],
    [
      { code: 'site-from-machines', params: { server: 'PS03', site: 'Seoul', from: 'only-site' } },
      'No site given for PS03: assumed "Seoul", the inventory\'s only site.',
    ],
    [
      { code: 'site-unknown', params: { server: 'PS03' } },
      'No site given for PS03 and it replicates no machine: it can take machines of no site.',
    ],
    [
      { code: 'sites-ignored', params: { server: 'PS03', site: 'Busan' } },
      'The inventory has no sites, so the server file\'s site "Busan" is not used.',
    ],
  ] as const)('%o', (a, text) => {
    expect(assumptionText(en, a as never)).toBe(text);
  });
});
