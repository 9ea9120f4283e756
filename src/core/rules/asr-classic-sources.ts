import type { RuleSource } from './rule-set';

/* The documents rule set `asr-classic` and its health rules cite (docs/rules.md#sources). */

/** Manage a scale-out process server (the seed document): the PS tiers and the built-in share. */
export const manageScaleOut: RuleSource = {
  title: 'Manage a scale-out process server (확장 프로세스 서버 관리)',
  url: 'https://learn.microsoft.com/azure/site-recovery/vmware-azure-manage-process-server',
  docDate: '2017-06-29',
};

/** Plan capacity (2019 edition): the CS tiers and the per-machine peak churn limit. */
export const planCapacity: RuleSource = {
  title: 'Plan capacity and scaling for VMware disaster recovery to Azure',
  url: 'https://learn.microsoft.com/azure/site-recovery/site-recovery-plan-capacity-vmware',
  docDate: '2019-09-09',
};

/** Troubleshoot the process server (the seed document): health figures and the deployment checklist. */
export const troubleshootPs: RuleSource = {
  title: 'Troubleshoot the process server (프로세스 서버 문제 해결)',
  url: 'https://learn.microsoft.com/azure/site-recovery/vmware-physical-azure-troubleshoot-process-server',
  docDate: '2019-09-09',
};

// The configuration server's own capacity, without its built-in process server: two editions disagree.
/** Plan capacity (2021 edition): 650 protected machines per configuration server. */
export const planCapacity2021: RuleSource = {
  title: 'Plan capacity and scaling for VMware disaster recovery to Azure',
  url: 'https://learn.microsoft.com/azure/site-recovery/site-recovery-plan-capacity-vmware',
  docDate: '2021-08-19',
};

/** Disaster recovery at scale (2019): 550 machines per configuration server from the OVF template. */
export const largeDeployment2019: RuleSource = {
  title: 'Set up disaster recovery at scale for VMware VMs/physical servers',
  url: 'https://learn.microsoft.com/azure/site-recovery/vmware-physical-large-deployment',
  docDate: '2019-11-14',
};

// Microsoft retired the architecture (docs/rules.md#classic-retirement): no new replication from 2026-01-31, none at all after 2026-03-30.
/** The classic architecture's deprecation notice. */
export const classicDeprecation: RuleSource = {
  title: 'Deprecation of classic experience to protect VMware and physical machines using Site Recovery',
  url: 'https://learn.microsoft.com/azure/site-recovery/vmware-physical-azure-classic-deprecation',
  docDate: '2026-08-26',
};

/** The classic experience's retirement note. */
export const classicRetirementNote: RuleSource = {
  title: 'Retirement of the classic experience for VMware and physical machines to Azure',
  url: 'https://learn.microsoft.com/azure/site-recovery/vmware-to-azure-classic-experience-retirement-note',
  docDate: '2026-04-06',
};

/** Monitor the process server: the concern behind the near-limit warning. */
export const monitorPs: RuleSource = {
  title: 'Monitor the process server',
  url: 'https://learn.microsoft.com/azure/site-recovery/vmware-physical-azure-monitor-process-server',
  docDate: '2019-09-05',
};

/** Sources cited by `asr-classic` and `asr-classic-health`. */
export const asrClassicSources = {
  manageScaleOut,
  planCapacity,
  troubleshootPs,
  planCapacity2021,
  largeDeployment2019,
  monitorPs,
  classicDeprecation,
  classicRetirementNote,
};
