import type { RuleSet, RuleSource } from '../../../src/core/rules/rule-set';

/*
 * A rule set that exists only in the tests: the proof that a new rule set is this one data file
 * plus one `registerRuleSet(twoSizes)` line, planned, explained and printed by the planner and
 * the views as they are. Its figures are invented (made to differ from both real rule sets): two
 * appliance sizes, a strategy, a vault of five, no configuration server.
 */

const invented: RuleSource = {
  title: 'Invented for the rule set contract test',
  url: 'https://learn.microsoft.com/azure/site-recovery/',
  docDate: '2026-11-24',
};

/** The `test-two-sizes` rule set (tests only). */
export const twoSizes: RuleSet = {
  id: 'test-two-sizes',
  title: { en: 'Test rule set: appliances in two sizes', ko: '테스트 규칙 집합: 두 가지 크기의 어플라이언스' },
  names: { en: 'Test appliances (two sizes)', ko: '테스트 어플라이언스(두 가지 크기)' },
  reviewed: '2026-11-24',
  tiers: [
    {
      id: 'RA-S',
      role: 'appliance',
      vcpu: 6,
      sockets: 1,
      coresPerSocket: 6,
      ghz: 2.2,
      memoryGB: 12,
      cacheGB: 400,
      maxChurnGBPerDay: 700,
      maxMachines: 60,
      source: invented,
    },
    {
      id: 'RA-L',
      role: 'appliance',
      vcpu: 20,
      sockets: 2,
      coresPerSocket: 10,
      ghz: 2.2,
      memoryGB: 40,
      cacheGB: 1500,
      maxChurnGBPerDay: 1500,
      maxMachines: 130,
      source: invented,
    },
  ],
  scaling: { role: 'appliance', idPrefix: 'RA' },
  options: ['strategy'],
  peakChurnLimitMBps: { value: 40, source: invented },
  serversPerVault: { value: 5, source: invented },
  deployment: {
    before: [{ code: 'new-vault' }],
    perServer: [{ code: 'deploy-appliance' }, { code: 'register-appliance' }],
    oneAtATime: true,
    checklist: [{ code: 'static-fqdn' }, { code: 'port-in', port: 9443, purpose: 'replication-data' }],
    source: invented,
  },
  documentFormat: 'appliances',
};
