import type { RuleSet, RuleSource } from './rule-set';

/*
 * Rule set `asr-modernized`: VMware/physical → Azure with replication appliances, each carrying its
 * own process server; no configuration server, no scale-out process server. Data only. Figures
 * are copied from the documents below; see docs/rules.md#modernized-architecture.
 */

const supportMatrix: RuleSource = {
  title: 'Support matrix for deploying the replication appliance with Azure Site Recovery - modernized (복제 어플라이언스)',
  url: 'https://learn.microsoft.com/azure/site-recovery/replication-appliance-support-matrix',
  docDate: '2026-04-21',
};

const switchAppliance: RuleSource = {
  title: 'Switch Azure Site Recovery replication appliance',
  url: 'https://learn.microsoft.com/azure/site-recovery/switch-replication-appliance-modernized',
  docDate: '2026-09-11',
};

// The limits table (includes/site-recovery-limits.md), published in Azure subscription and service limits.
const limits: RuleSource = {
  title: 'Azure subscription and service limits: Site Recovery limits',
  url: 'https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#site-recovery-limits',
  docDate: '2015-07-06',
};

// The per-machine peak churn limit is the same document's as in classic (docs/rules.md#appliance-adjustments: "as in classic").
const planCapacity: RuleSource = {
  title: 'Plan capacity and scaling for VMware disaster recovery to Azure',
  url: 'https://learn.microsoft.com/azure/site-recovery/site-recovery-plan-capacity-vmware',
  docDate: '2019-09-09',
};

const os = 'Windows Server 2022';

/** The `asr-modernized` rule set. */
export const asrModernized: RuleSet = {
  id: 'asr-modernized',
  title: {
    en: 'Azure Site Recovery — VMware/physical to Azure (modernized architecture, replication appliances)',
    ko: 'Azure Site Recovery, VMware VM/물리적 서버에서 Azure로 재해 복구(최신 아키텍처, 복제 어플라이언스)',
  },
  names: {
    en: 'Replication appliances (modernized)',
    ko: '복제 어플라이언스 (최신 아키텍처)',
  },
  reviewed: '2026-11-24',
  tiers: [
    {
      // The one published sizing row; Microsoft publishes no smaller appliance and the planner invents none.
      id: 'APP-16',
      role: 'appliance',
      vcpu: 16,
      sockets: 2,
      coresPerSocket: 8,
      ghz: 2.5,
      memoryGB: 32,
      cacheGB: 1024,
      maxChurnGBPerDay: 2048,
      maxMachines: 200,
      source: supportMatrix,
    },
  ],
  scaling: { role: 'appliance', idPrefix: 'APP' },
  options: [],
  peakChurnLimitMBps: { value: 54, source: planCapacity },
  nearLimit: {
    share: 0.9,
    basis:
      'The planner’s threshold (issue 10), as in asr-classic: an appliance carries its own process server, and the documents name one approaching its limits as a cause of poor performance without a figure.',
    source: supportMatrix,
  },
  serversPerVault: { value: 250, source: limits },
  minimumHardware: { cores: 8, memoryGB: 16, disksGB: [80, 620], os, source: supportMatrix },
  deployment: {
    before: [{ code: 'new-vault' }],
    perServer: [{ code: 'deploy-appliance' }, { code: 'register-appliance' }],
    // Parallel registration is not supported (docs/rules.md#registration-ports-and-switching): the printed plan orders the appliances.
    oneAtATime: true,
    checklist: [
      { code: 'static-fqdn' },
      { code: 'operating-system', os },
      { code: 'port-in', port: 443, purpose: 'control' },
      { code: 'port-in', port: 9443, purpose: 'replication-data' },
    ],
    source: supportMatrix,
  },
  // Moving a machine between appliances (both healthy or warning, not across vCenter servers, a resync after).
  references: [switchAppliance],
  documentFormat: 'appliances',
};
