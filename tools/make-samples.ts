import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';

/*
 * The samples of the files architects already hold (docs/inputs.md#real-files), made here and not
 * copied from anywhere: an RVTools-shaped workbook, an Azure Migrate import CSV and a Deployment
 * Planner-shaped report, with made-up machines. Run `npx tsx tools/make-samples.ts` after changing
 * it; the outputs in public/samples/ are committed. The numbers come from a seeded generator, so
 * the machines are the same every run.
 */

const OUT = 'public/samples';
type Cell = string | number | boolean | null;

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const rnd = random(20261130);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const between = (lo: number, hi: number) => Math.round(lo + rnd() * (hi - lo));
const ROLES = ['web', 'app', 'db', 'file', 'mq', 'erp', '결제', '인사'];
const OS = [
  'Microsoft Windows Server 2019 (64-bit)',
  'Microsoft Windows Server 2022 (64-bit)',
  'Red Hat Enterprise Linux 8 (64-bit)',
  'Ubuntu Linux (64-bit)',
];

const cells = (rows: Cell[][]) => rows.map((r) => r.map((value) => (value === null ? null : { value })));

async function workbook(file: string, sheets: { sheet: string; rows: Cell[][] }[]): Promise<void> {
  const data = sheets.map((s) => ({ sheet: s.sheet, data: cells(s.rows) }));
  await (writeXlsxFile as unknown as (d: unknown) => { toFile: (p: string) => Promise<void> })(data).toFile(join(OUT, file));
}

/** RVTools vInfo: 40 machines in two datacenters, two templates, some powered off; no churn. */
async function rvtools(): Promise<void> {
  const header = [
    'VM',
    'Powerstate',
    'Template',
    'Config status',
    'DNS Name',
    'CPUs',
    'Memory',
    'NICs',
    'Disks',
    'Provisioned MiB',
    'In Use MiB',
    'Datacenter',
    'Cluster',
    'Host',
    'OS according to the configuration file',
    'OS according to the VMware Tools',
    'Annotation',
  ];
  const rows: Cell[][] = [header];
  for (let i = 1; i <= 42; i++) {
    const role = pick(ROLES);
    const dc = i % 3 === 0 ? 'DC-Busan' : 'DC-Seoul';
    const template = i === 17 || i === 33;
    const provisioned = between(40, 2048) * 1024;
    const used = Math.round(provisioned * (0.2 + rnd() * 0.7));
    const name = template ? `tmpl-${role}-${i}` : `${role}-${String(i).padStart(2, '0')}`;
    const os = pick(OS);
    rows.push([
      name,
      template || i % 7 === 0 ? 'poweredOff' : 'poweredOn',
      template,
      'green',
      `${name}.corp.example`,
      pick([2, 4, 8, 16]),
      pick([4096, 8192, 16384, 32768]),
      1,
      between(1, 4),
      provisioned,
      used,
      dc,
      dc === 'DC-Seoul' ? 'CL-SEL-01' : 'CL-PUS-01',
      `esx${between(1, 8)}.corp.example`,
      os,
      os,
      '',
    ]);
  }
  await workbook('rvtools-vinfo-40.xlsx', [
    { sheet: 'vInfo', rows },
    { sheet: 'vDisk', rows: [['VM', 'Disk', 'Capacity MiB'], ...rows.slice(1, 6).map((r) => [r[0]!, 'Hard disk 1', r[9]!])] },
    {
      sheet: 'vHost',
      rows: [
        ['Host', 'Datacenter', '# VMs'],
        ['esx1.corp.example', 'DC-Seoul', 5],
      ],
    },
  ]);
}

/** Azure Migrate's import CSV: 30 servers, most with per-disk write throughput. */
function azureMigrate(): void {
  const header = [
    '*Server name',
    'IP addresses',
    'Cores',
    'Memory (In MB)',
    '*OS name',
    'OS version',
    'OS architecture',
    'Number of disks',
    'Disk 1 size (In GB)',
    'Disk 1 read throughput (MB per second)',
    'Disk 1 write throughput (MB per second)',
    'Disk 1 read ops (operations per second)',
    'Disk 1 write ops (operations per second)',
    'Disk 2 size (In GB)',
    'Disk 2 read throughput (MB per second)',
    'Disk 2 write throughput (MB per second)',
    'Disk 2 read ops (operations per second)',
    'Disk 2 write ops (operations per second)',
    'Storage in use (In GB)',
    'Server type',
  ];
  const lines = [header.join(',')];
  for (let i = 1; i <= 30; i++) {
    const disks = between(1, 2);
    const measured = i % 6 !== 0;
    const d = (size: number) => [
      size,
      measured ? (rnd() * 4).toFixed(2) : '',
      measured ? (rnd() * 2).toFixed(2) : '',
      measured ? between(10, 400) : '',
      measured ? between(5, 200) : '',
    ];
    const d1 = d(between(64, 512));
    const d2 = disks === 2 ? d(between(128, 2048)) : ['', '', '', '', ''];
    const used = Math.round((Number(d1[0]) + Number(d2[0] || 0)) * 0.5);
    lines.push(
      [
        `srv-${String(i).padStart(3, '0')}`,
        `10.1.0.${i}`,
        pick([2, 4, 8]),
        pick([8192, 16384]),
        i % 2 ? 'Windows Server 2019' : 'Red Hat Enterprise Linux',
        i % 2 ? '10.0.17763' : '8.6',
        'x64',
        disks,
        ...d1,
        ...d2,
        used,
        'Virtual',
      ].join(','),
    );
  }
  writeFileSync(join(OUT, 'azure-migrate-import-30.csv'), `${lines.join('\r\n')}\r\n`);
}

/** A Deployment Planner report: 24 compatible machines with their disks, the estate summary, 3 incompatible. */
async function deploymentPlanner(): Promise<void> {
  const header = [
    'VM Name',
    'VM Compatibility',
    'Peak Data Churn (MB/s) (with Growth Factor)',
    'Peak Read/Write IOPS (with Growth Factor)',
    'Number of Disks',
    'Disk size (GB)',
    'Cores',
    'Memory (MB)',
    'NICs',
    'Boot Type',
    'OS Type',
  ];
  const rows: Cell[][] = [['Compatible VMs'], [], header];
  for (let i = 1; i <= 24; i++) {
    const disks = between(1, 3);
    const churns = Array.from({ length: disks }, () => Math.round(rnd() * 800) / 100);
    const sizes = Array.from({ length: disks }, () => between(60, 1024));
    const name = `vm-${pick(ROLES)}-${String(i).padStart(2, '0')}`;
    rows.push([
      name,
      i % 5 === 0 ? 'Yes*' : 'Yes',
      Math.round(churns.reduce((a, b) => a + b, 0) * 100) / 100,
      between(50, 4000),
      disks,
      sizes.reduce((a, b) => a + b, 0),
      pick([2, 4, 8]),
      pick([8192, 16384]),
      1,
      'BIOS',
      i % 2 ? 'Windows' : 'Linux',
    ]);
    churns.forEach((c, d) => rows.push([`[datastore1] ${name}/${name}_${d}.vmdk`, null, c, between(10, 1000), null, sizes[d]!]));
  }
  await workbook('DeploymentPlannerReport_sample.xlsm', [
    {
      sheet: 'On-premises summary',
      rows: [
        ['On-premises summary'],
        [],
        ['Profiling duration (days)', 7],
        ['Number of servers profiled', 27],
        ['Observed typical data churn per day (GB)', 1850],
      ],
    },
    {
      sheet: 'Recommendations',
      rows: [
        ['Desired RPO (minutes)', 15],
        ['Growth factor', '30%'],
      ],
    },
    { sheet: 'Compatible VMs', rows },
    {
      sheet: 'Incompatible VMs',
      rows: [
        ['VM Name', 'VM Compatibility', 'Incompatibility reason'],
        ['legacy-01', 'No', 'Disk larger than 32 TB'],
        ['legacy-02', 'No', 'Peak data churn above the limit'],
        ['legacy-03', 'No', 'Unsupported operating system'],
      ],
    },
  ]);
}

await rvtools();
azureMigrate();
await deploymentPlanner();
