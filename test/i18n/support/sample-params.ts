/*
 * Representative parameters for calling every function message. One value per parameter name
 * (the catalogue uses each name with one meaning), with per-key overrides where a name carries
 * a structure. `recording` hands them out through a Proxy that notes which names a message reads,
 * so a message reading a name nobody passes (a typo, a renamed field) is caught.
 */

const SAMPLES: Record<string, unknown> = {
  // Text
  message: 'The English sentence the domain wrote.',
  name: 'estate.csv',
  site: 'Seoul',
  group: 'erp',
  server: 'PS02',
  id: 'PS02',
  tier: 'PS-8',
  item: 'sql-01',
  machine: 'sql-01',
  column: 'dailyChurnGB',
  value: 97.5,
  field: 'dailyChurnGB',
  previous: 'site',
  headers: "'name', 'churn'",
  delimiter: 'comma',
  suggested: 'semicolon',
  decimal: '.',
  detail: 'settings.multiplier',
  encoding: 'windows-949',
  examples: '1, 2, 3',
  reason: 'utf16-no-bom',
  missing: 'cache',
  nearest: 'PS-4',
  short: '2 vCPU',
  version: '9.56.6879.1',
  sheet: 'vInfo',
  sheets: "'vInfo', 'vDisk'",
  flag: '--churn-rate',
  measured: 60,
  writeThroughput: 3,
  apportioned: 0,
  estimated: 12,
  totalGB: 2048.5,
  configuration: '9.55.6765.1',
  configSite: 'Busan',
  from: 'PS02',
  to: 'PS04',
  inventory: 'running-deployment.csv',
  roleName: 'Scale-out process server',
  // A server role's code: the sentence names it in its language.
  role: 'appliance',
  os: 'Windows Server 2022',
  purpose: 'replication-data',
  next: 'APP02',
  retiredOn: '2026-03-30',
  ruleSet: 'asr-classic',
  health: 'asr-classic-health',
  limitSource: 'Plan capacity and scaling for VMware disaster recovery to Azure',
  lowerLimitSource: 'Set up disaster recovery at scale for VMware VMs/physical servers',
  title: 'Troubleshoot the process server',
  url: 'https://learn.microsoft.com/azure/site-recovery/x',
  date: 'June 29, 2017',
  text: '',
  signal: 'cache free space',
  signals: 'CPU utilisation and memory utilisation',
  strategy: 'Fewest servers',
  builtIn: 'on',
  multiplier: '1.5',
  growth: '30%',
  headroom: 70,
  services: ['tmansvc', 'cxprocessserver'],
  part: 'inventory',
  // Figures
  accepted: 5,
  after: 0,
  before: 1,
  below: 70,
  cacheGB: 600,
  chars: 12_345,
  churn: 1234.5,
  churnGBPerDay: 1234.5,
  columns: 4,
  configurationServers: 2,
  configurationServersAtLowerLimit: 3,
  cores: 4,
  count: 3,
  dataRows: 10,
  extraServers: 1,
  first: 2,
  firstLine: 2,
  fromServers: 22,
  gb: 1024,
  growthPercent: 0,
  ghz: 2.5,
  headerLine: 1,
  headroomPercent: 70,
  immovable: 1,
  items: 2,
  keep: 25,
  later: 5,
  lb: 3,
  limit: 1_000_000,
  limitMB: 200,
  limitMBps: 54,
  limitYear: 2021,
  lowerLimit: 550,
  lowerLimitYear: 2019,
  line: 1_000_002,
  lowerBound: 3,
  m: 1.5,
  machines: 162,
  mb: 12.3,
  mbps: 123.4,
  memoryGB: 12,
  n: 7,
  peakMBps: 60.5,
  percent: 42,
  rejected: 2,
  rows: 12,
  skipped: 1,
  serversAtFullHeadroom: 2,
  servers: 4,
  sizeMB: 250.4,
  sockets: 2,
  suggestedGrowthPercent: 30,
  suggestedHeadroomPercent: 70,
  threshold: 25,
  thresholdPercent: 90,
  throttled: 20,
  totalMb: 45.6,
  totalRows: 100_000,
  unassigned: 4,
  unplaced: 1,
  vcpu: 8,
  belowPercent: 70,
  keepPercent: 25,
  minMemoryGB: 16,
  perVault: 250,
  port: 9443,
  throttledBelowPercent: 20,
  vaults: 2,
  // Structures and flags
  disksGB: [80, 620],
  hasBuiltIn: true,
  oneAtATime: true,
  perServer: { machines: 140, churnGBPerDay: 1433.6 },
  share: { machines: 200, churnGBPerDay: 2048 },
};

/** Parameters that are structures for one message only. */
const OVERRIDES: Record<string, Record<string, unknown>> = {
  'running.shed.over-limit': { machines: { load: 162, limit: 150 }, churn: { load: 1100.25, limit: 1024 }, headroom: 100 },
  'running.shed.load-critical': { value: 97.5, keep: 0.897 },
  'health.alert.cpu': { value: 97.5, threshold: 95 },
  'health.alert.heartbeat': { value: 20, threshold: 15 },
  'health.alert.version': { server: '9.56.6879.1' },
  // The reason already in the page's language (built from the parts above it).
  'running.move.reason': { text: '미할당 컴퓨터' },
};

/** A params object for `key` that records each name read; `unknown` collects names with no sample. */
export function recording(key: string): { params: object; read: Set<string>; unknown: Set<string> } {
  const read = new Set<string>();
  const unknown = new Set<string>();
  const values = { ...SAMPLES, ...OVERRIDES[key] };
  const params = new Proxy(values, {
    get(target, prop) {
      if (typeof prop !== 'string') return undefined;
      read.add(prop);
      if (!(prop in target)) unknown.add(prop);
      return target[prop];
    },
  });
  return { params, read, unknown };
}

/** The sample English sentence domain messages pass through. */
export const SAMPLE_MESSAGE = SAMPLES.message as string;
