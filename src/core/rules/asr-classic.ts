import type { RuleSet, RuleSource } from './rule-set';

/*
 * Rule set `asr-classic`: VMware/physical → Azure with a configuration server and process servers.
 * Data only. Figures are copied from the documents below; see docs/rules.md#classic-architecture.
 */

const manageScaleOut: RuleSource = {
  title: 'Manage a scale-out process server (확장 프로세스 서버 관리)',
  url: 'https://learn.microsoft.com/azure/site-recovery/vmware-azure-manage-process-server',
  docDate: '2017-06-29',
};

const planCapacity: RuleSource = {
  title: 'Plan capacity and scaling for VMware disaster recovery to Azure',
  url: 'https://learn.microsoft.com/azure/site-recovery/site-recovery-plan-capacity-vmware',
  docDate: '2019-09-09',
};

const troubleshootPs: RuleSource = {
  title: 'Troubleshoot the process server (프로세스 서버 문제 해결)',
  url: 'https://learn.microsoft.com/azure/site-recovery/vmware-physical-azure-troubleshoot-process-server',
  docDate: '2019-09-09',
};

// The configuration server's own capacity, without its built-in process server: two editions disagree.
const planCapacity2021: RuleSource = {
  title: 'Plan capacity and scaling for VMware disaster recovery to Azure',
  url: 'https://learn.microsoft.com/azure/site-recovery/site-recovery-plan-capacity-vmware',
  docDate: '2021-08-19',
};

const largeDeployment2019: RuleSource = {
  title: 'Set up disaster recovery at scale for VMware VMs/physical servers',
  url: 'https://learn.microsoft.com/azure/site-recovery/vmware-physical-large-deployment',
  docDate: '2019-11-14',
};

const monitorPs: RuleSource = {
  title: 'Monitor the process server',
  url: 'https://learn.microsoft.com/azure/site-recovery/vmware-physical-azure-monitor-process-server',
  docDate: '2019-09-05',
};

/** The `asr-classic` rule set. */
export const asrClassic: RuleSet = {
  id: 'asr-classic',
  title: 'Azure Site Recovery — VMware/physical to Azure (classic architecture)',
  reviewed: '2026-11-23',
  tiers: [
    {
      id: 'PS-4',
      role: 'scale-out',
      vcpu: 4,
      sockets: 2,
      coresPerSocket: 2,
      ghz: 2.5,
      memoryGB: 8,
      cacheGB: 300,
      maxChurnGBPerDay: 250,
      maxMachines: 85,
      source: manageScaleOut,
    },
    {
      id: 'PS-8',
      role: 'scale-out',
      vcpu: 8,
      sockets: 2,
      coresPerSocket: 4,
      ghz: 2.5,
      memoryGB: 12,
      cacheGB: 600,
      maxChurnGBPerDay: 1024,
      maxMachines: 150,
      source: manageScaleOut,
    },
    {
      id: 'PS-12',
      role: 'scale-out',
      vcpu: 12,
      sockets: 2,
      coresPerSocket: 6,
      ghz: 2.5,
      memoryGB: 24,
      cacheGB: 1024,
      maxChurnGBPerDay: 2048,
      maxMachines: 225,
      source: manageScaleOut,
    },
    {
      id: 'CS-8',
      role: 'configuration',
      vcpu: 8,
      sockets: 2,
      coresPerSocket: 4,
      ghz: 2.5,
      memoryGB: 16,
      cacheGB: 300,
      maxChurnGBPerDay: 500,
      maxMachines: 99,
      source: planCapacity,
    },
    {
      id: 'CS-12',
      role: 'configuration',
      vcpu: 12,
      sockets: 2,
      coresPerSocket: 6,
      ghz: 2.5,
      memoryGB: 18,
      cacheGB: 600,
      maxChurnGBPerDay: 1024,
      maxMachines: 150,
      source: planCapacity,
    },
    {
      id: 'CS-16',
      role: 'configuration',
      vcpu: 16,
      sockets: 2,
      coresPerSocket: 8,
      ghz: 2.5,
      memoryGB: 32,
      cacheGB: 1024,
      maxChurnGBPerDay: 2048,
      maxMachines: 200,
      source: planCapacity,
    },
  ],
  builtInShare: {
    machines: { value: 200, source: manageScaleOut },
    churnGBPerDay: { value: 2048, source: manageScaleOut },
  },
  peakChurnLimitMBps: { value: 54, source: planCapacity },
  nearLimit: {
    share: 0.9,
    basis:
      'The planner’s threshold (issue 10): Monitor the process server names a process server "approaching or exceeding recommended limitations" as a cause of poor performance but gives no figure.',
    source: monitorPs,
  },
  configurationServerMachines: [
    // "If your production workload exceeds 650 virtual machines, deploy another configuration server." (also in the 2018-12-12 edition)
    { value: 650, source: planCapacity2021 },
    // "Up to 550 machines" per configuration server set up from the OVF template, built-in process server unused.
    { value: 550, source: largeDeployment2019 },
  ],
};

/** Sources cited by `asr-classic`, for documents and the UI. */
export const asrClassicSources = { manageScaleOut, planCapacity, troubleshootPs, planCapacity2021, largeDeployment2019, monitorPs };
