import { asrClassicSources } from './asr-classic-sources';
import type { HealthAction, HealthRuleSet } from './health-rule-set';

/*
 * Health rule set `asr-classic-health`: the alert table of "Troubleshoot the process server"
 * (ms.date 2019-09-09, seed document 000), step 1. Data only; see docs/rules.md#health.
 * Thresholds are strict where the guide says "> 80 %" / "< 30 %" and inclusive where it says
 * "15 minutes or more": 80 is healthy and 80.1 a warning; 15 minutes without a heartbeat is critical.
 */

const guide = asrClassicSources.troubleshootPs;
// The version rule is stated with scale-out process servers (docs/rules.md#versions), not in the guide's table.
const manageScaleOut = asrClassicSources.manageScaleOut;

// CPU rows of the table: 1. no new machines 2. check VM count against the limits, consider an
// additional process server 3. troubleshoot connectivity (critical adds 4. Deployment Planner).
const cpuWarning: HealthAction[] = ['dont-add-machines', 'check-vm-count-limits', 'add-scale-out-server', 'check-connectivity'];
// Memory rows add "follow the alert-specific guidance" before connectivity.
const memoryWarning: HealthAction[] = [
  'dont-add-machines',
  'check-vm-count-limits',
  'add-scale-out-server',
  'follow-alert-guidance',
  'check-connectivity',
];

/** The `asr-classic-health` rule set. */
export const asrClassicHealth: HealthRuleSet = {
  id: 'asr-classic-health',
  title: 'Azure Site Recovery process server health alerts (classic architecture)',
  reviewed: '2026-11-23',
  windowMinutes: 15,
  thresholds: [
    {
      signal: 'cpu',
      level: 'warning',
      comparison: 'above',
      threshold: 80,
      unit: '%',
      actions: cpuWarning,
      guideText: 'CPU utilization > 80% for last 15 minutes',
      source: guide,
    },
    {
      signal: 'cpu',
      level: 'critical',
      comparison: 'above',
      threshold: 95,
      unit: '%',
      actions: [...cpuWarning, 'run-deployment-planner'],
      guideText: 'CPU utilization > 95% for last 15 minutes',
      source: guide,
    },
    {
      signal: 'memory',
      level: 'warning',
      comparison: 'above',
      threshold: 80,
      unit: '%',
      actions: memoryWarning,
      guideText: 'Memory usage > 80% for last 15 minutes',
      source: guide,
    },
    {
      signal: 'memory',
      level: 'critical',
      comparison: 'above',
      threshold: 95,
      unit: '%',
      actions: ['dont-add-machines', 'add-scale-out-server', 'follow-alert-guidance', 'check-connectivity', 'run-deployment-planner'],
      guideText: 'Memory usage > 95% for last 15 minutes',
      source: guide,
    },
    {
      signal: 'cacheFree',
      level: 'warning',
      comparison: 'below',
      threshold: 30,
      unit: '%',
      actions: ['dont-add-machines', 'add-scale-out-server', 'check-vm-count-limits', 'check-connectivity'],
      guideText: 'Cache folder free space < 30% for last 15 minutes',
      source: guide,
    },
    {
      // "Follow the instructions associated with the alert": for cache space those are the
      // warning row's (no new machines, an additional process server), spelled out here.
      signal: 'cacheFree',
      level: 'critical',
      comparison: 'below',
      threshold: 25,
      unit: '%',
      actions: ['follow-alert-guidance', 'dont-add-machines', 'add-scale-out-server', 'check-connectivity', 'run-deployment-planner'],
      guideText: 'Free space < 25% for last 15 minutes',
      source: guide,
    },
    {
      signal: 'heartbeat',
      level: 'critical',
      comparison: 'at-least',
      threshold: 15,
      unit: 'min',
      actions: ['check-ps-running', 'check-tmansvc', 'check-connectivity'],
      guideText:
        'No heartbeat from the process server for 15 minutes or more; the tmansvc service is not communicating with the configuration server',
      source: guide,
    },
  ],
  rules: [
    {
      signal: 'serviceDown',
      level: 'warning',
      actions: ['check-services-running', 'check-connectivity'],
      guideText: 'A specified service is not running',
      source: guide,
    },
    {
      signal: 'version',
      level: 'warning',
      actions: ['align-versions'],
      guideText: "A scale-out process server's version must be the same as, or older than, the configuration server's",
      source: manageScaleOut,
    },
  ],
  loadSignals: ['cpu', 'memory', 'cacheFree'],
  worstOrder: ['heartbeat', 'cacheFree', 'cpu', 'memory', 'serviceDown', 'version'],
  guidance: {
    keepCpuMemoryBelowPercent: 70,
    keepCacheFreeAtLeastPercent: 25,
    throttledBelowCacheFreePercent: 20,
    dataPort: 9443,
    azurePort: 443,
    source: guide,
  },
  requiredServices: {
    configuration: [
      'ProcessServer',
      'ProcessServerMonitor',
      'cxprocessserver',
      'InMage PushInstall',
      'Log Upload Service (LogUpload)',
      'InMage Scout Application Service',
      'Microsoft Azure Recovery Services Agent (obengine)',
      'InMage Scout VX Agent-Sentinel/Outpost (svagents)',
      'tmansvc',
      'World Wide Web Publishing Service (W3SVC)',
      'MySQL',
      'Microsoft Azure Site Recovery Service (dra)',
    ],
    scaleOut: [
      'ProcessServer',
      'ProcessServerMonitor',
      'cxprocessserver',
      'InMage PushInstall',
      'Log Upload Service (LogUpload)',
      'InMage Scout Application Service',
      'Microsoft Azure Recovery Services Agent (obengine)',
      'InMage Scout VX Agent-Sentinel/Outpost (svagents)',
      'tmansvc',
    ],
  },
};
