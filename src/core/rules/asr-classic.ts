import { asrClassicHealth } from './health-asr-classic';
import type { RuleSet } from './rule-set';
import {
  asrClassicSources,
  classicDeprecation,
  classicRetirementNote,
  largeDeployment2019,
  manageScaleOut,
  monitorPs,
  planCapacity,
  planCapacity2021,
  troubleshootPs,
} from './asr-classic-sources';

/*
 * Rule set `asr-classic`: VMware/physical → Azure with a configuration server and process servers.
 * Data only. Figures are copied from the documents below; see docs/rules.md#classic-architecture.
 */

// The troubleshooting guide's operating figures live with the health rules; the checklist cites them.
const guidance = asrClassicHealth.guidance;

/** The `asr-classic` rule set. */
export const asrClassic: RuleSet = {
  id: 'asr-classic',
  title: {
    en: 'Azure Site Recovery — VMware/physical to Azure (classic architecture)',
    ko: 'Azure Site Recovery, VMware VM/물리적 서버에서 Azure로 재해 복구(클래식 아키텍처)',
  },
  names: {
    en: 'Configuration server + scale-out process servers (classic, retired 2026-03-30)',
    ko: '구성 서버 + 확장 프로세스 서버 (클래식 아키텍처, 2026-03-30 사용 중지)',
  },
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
  scaling: { role: 'scale-out', idPrefix: 'PS' },
  builtIn: {
    role: 'configuration',
    id: 'CS',
    share: {
      machines: { value: 200, source: manageScaleOut },
      churnGBPerDay: { value: 2048, source: manageScaleOut },
    },
  },
  options: ['useConfigServerPs', 'configSite', 'strategy'],
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
  deployment: {
    before: [],
    perServer: [
      {
        code: 'unattended-install',
        command:
          'UnifiedSetup.exe /AcceptThirdpartyEULA /servermode "PS" /InstallLocation "D:\\" /EnvType "VMWare" /CSIP "{csIp}" /PassphraseFilePath "C:\\Temp\\passphrase.txt" /DataTransferSecurePort 9443',
      },
    ],
    oneAtATime: false,
    checklist: [
      { code: 'static-ip' },
      { code: 'dedicated-machine' },
      { code: 'port-in', port: guidance.dataPort, purpose: 'replication-data' },
      { code: 'port-out-azure', port: guidance.azurePort },
      { code: 'version-not-newer' },
      {
        code: 'cache-free',
        keepPercent: guidance.keepCacheFreeAtLeastPercent,
        throttledBelowPercent: guidance.throttledBelowCacheFreePercent,
      },
      { code: 'cpu-memory', belowPercent: guidance.keepCpuMemoryBelowPercent },
    ],
    source: troubleshootPs,
  },
  retired: { date: '2026-03-30', sources: [classicDeprecation, classicRetirementNote] },
  successor: 'asr-modernized',
  documentFormat: 'classic',
};

/** Sources cited by `asr-classic`, for documents and the UI. */
export { asrClassicSources };
