import { describe, expect, it } from 'vitest';
import type { DeploymentNotice } from '../../src/core/deployment';
import type { HealthNote } from '../../src/core/health';
import { translator } from '../../src/i18n/catalogue';
import { noteText, noticeText } from '../../src/i18n/rebalance-texts';

// The sentences the rebalance wrote in English before they came to the catalogue (issue 12): the
// published document keeps them byte for byte, also for codes the CLI snapshots don't reach.
describe('deployment notices and health notes in English, from codes and figures', () => {
  const en = translator('en');
  const ko = translator('ko');
  it.each<[DeploymentNotice, string]>([
    [
      { code: 'several-configuration-servers', params: { servers: 'CS01, CS02', count: 2 } },
      'The server file names 2 configuration servers (CS01, CS02); versions are compared with the first that states one.',
    ],
    [
      { code: 'critical-without-load', params: { server: 'PS03' } },
      "PS03 is critical on a load signal but replicates no machine of this inventory: moving machines can't relieve it; follow the alert's steps.",
    ],
    [
      { code: 'site-mismatch', params: { server: 'PS01', site: 'Seoul', machines: 2, listed: 'vm-1, vm-2' } },
      'PS01 stands in site "Seoul" but replicates 2 machine(s) of another site (vm-1, vm-2); they count on PS01 and, if they must move, move only within their own site.',
    ],
    [
      { code: 'group-split', params: { group: 'erp', site: '', servers: 'PS01, PS02' } },
      'Group "erp" is split over PS01, PS02; a multi-VM consistency group must replicate through one process server. Each part is kept whole; join them when you next change the group.',
    ],
  ])('%o', (n, text) => {
    expect(noticeText(en, n)).toBe(text);
    expect(noticeText(ko, n)).not.toBe(text);
  });

  it.each<[HealthNote, string]>([
    [
      { code: 'version-unknown', params: { version: '9.56-preview' } },
      'Version "9.56-preview" is not a dotted number (such as 9.38.5340.1), so the versions were not compared.',
    ],
    [
      { code: 'version-unchecked', params: { version: '9.56.1.1' } },
      "Version 9.56.1.1 can't be checked: the configuration server's version is not known.",
    ],
  ])('%o', (n, text) => {
    expect(noteText(en, n)).toBe(text);
    expect(noteText(ko, n)).toMatch(/[가-힣]/);
  });
});
