import { describe, expect, it } from 'vitest';
import { serverRejectTextEn } from '../../../src/io/documents';
import { readServers } from '../../../src/io/servers';
import { translator } from '../../../src/i18n/catalogue';
import { serverRejectText } from '../../../src/i18n/reject-text';

// The sentences the server reader wrote in English before they came to the catalogue (issue 12):
// the published documents keep them byte for byte, also for codes the CLI snapshots don't reach.
describe("a server file's rejected rows in English, from codes and figures", () => {
  const CSV = [
    'name,role,vcpu,cacheGB,memoryGB,minutesSinceHeartbeat,cpuPercent',
    'PS01,boss,,,,,',
    'PS02,,0,,,,',
    'PS03,,,-5,,,',
    'PS04,,,,,-1,',
    'PS05,,,,12 Mb,,',
    'PS06,,2.5,,,,',
    '"PS\u0007x",,,,,,',
    'PS07,,,,,,101',
    'PS08,,,,,,',
    'ps08,,,,,,',
  ].join('\n');

  it('says each as the reader did', () => {
    const r = readServers(CSV);
    if (!r.ok) throw new Error('unread');
    expect(r.value.rejected.map(serverRejectTextEn)).toEqual([
      "'role' is 'boss' for 'PS01'. The role is configuration (the configuration server with its built-in process server) or scale-out.",
      "'vcpu' is '0' for 'PS02', which is not a valid value. A server has at least 1 vCPU. Clear the cell if the figure is unknown.",
      "'cacheGB' is '-5' for 'PS03', which is not a valid value. A size can't be negative. Clear the cell if the figure is unknown.",
      "'minutesSinceHeartbeat' is '-1' for 'PS04', which is not a valid value. Minutes since the last heartbeat can't be negative. Clear the cell if the figure is unknown.",
      "'memoryGB' is '12 Mb' for 'PS05', which is not a valid value. Its unit doesn't fit this column; use GB or TB. Clear the cell if the figure is unknown.",
      "'vcpu' is '2.5' for 'PS06', which is not a valid value. A whole number is needed. Clear the cell if the figure is unknown.",
      "The name in 'name' ('PS\\x07x') contains a line break or a control character, which no server name has. Check the quoting and correct the name.",
      "'cpuPercent' is '101' for 'PS07', which is not a valid value. A percentage is between 0 and 100. Clear the cell if the figure is unknown.",
      "'name' is 'ps08', a server already listed on line 10 (names are compared ignoring case, as host names are). List each server once.",
    ]);
    const ko = translator('ko');
    for (const row of r.value.rejected) expect(serverRejectText(ko, row)).toMatch(/[가-힣]/);
  });
});
