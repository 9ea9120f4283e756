/**
 * The inventory columns the planner understands and the header spellings that name them.
 * Aliases are data so a new export format is a one-line change, not a new branch of code.
 */

/** A column of the inventory that maps onto a `Machine` property (or a churn unit). */
export type InventoryField =
  | 'name'
  | 'dailyChurnGB'
  | 'dailyChurnTB'
  | 'avgChurnMBps'
  | 'site'
  | 'group'
  | 'peakChurnMBps'
  | 'disks'
  | 'provisionedGB'
  | 'usedGB'
  | 'os'
  | 'processServer';

/** Field → 0-based column index; -1 (or absent) means "not mapped". */
export type ColumnMapping = Partial<Record<InventoryField, number>>;

/** The three ways an inventory may state churn. */
export type ChurnField = 'dailyChurnGB' | 'dailyChurnTB' | 'avgChurnMBps';

/** Every field, in the order they are reported. */
export const INVENTORY_FIELDS = [
  'name',
  'dailyChurnGB',
  'dailyChurnTB',
  'avgChurnMBps',
  'site',
  'group',
  'peakChurnMBps',
  'disks',
  'provisionedGB',
  'usedGB',
  'os',
  'processServer',
] as const satisfies readonly InventoryField[];

/** Churn fields, most preferred first: GB/day is the planner's own unit, so it loses nothing. */
export const CHURN_FIELDS: readonly ChurnField[] = ['dailyChurnGB', 'dailyChurnTB', 'avgChurnMBps'];

/**
 * Header spellings per field, as a person would write them. They are compared after
 * `normalizeHeader`, so case, spaces and `_ - . ( ) / [ ]` don't matter.
 */
export const FIELD_ALIASES: Readonly<Record<InventoryField, readonly string[]>> = {
  name: [
    'name',
    'machine',
    'machine name',
    'vm',
    'vm name',
    'server',
    'server name',
    'hostname',
    'host name',
    'computer name',
    'computer',
    'virtual machine',
    'virtual machine name',
    'source machine',
    'source machine name',
    'friendly name',
    '이름',
    '컴퓨터 이름',
    '컴퓨터명',
    '서버 이름',
    '서버명',
    'VM 이름',
    'VM명',
    '가상 머신 이름',
    '머신 이름',
    '호스트 이름',
    '호스트명',
  ],
  dailyChurnGB: [
    'dailyChurnGB',
    'churn (GB/day)',
    'churn GB/day',
    'daily churn (GB)',
    'data change rate (GB/day)',
    'daily change (GB)',
    'observed typical data churn per day (GB)',
    'churn (GB)',
    'churn GB',
    'churn per day (GB)',
    'daily churn (GB/day)',
    'daily churn',
    'churn',
    'data churn (GB/day)',
    'data churn per day (GB)',
    'daily data change (GB)',
    'change rate (GB/day)',
    '데이터 변경률 (GB/일)',
    '일일 변경량 (GB)',
    '일일 변경률 (GB)',
    '일일 데이터 변경량 (GB)',
    '변경량 (GB/일)',
    '변경률 (GB/일)',
    '일일 churn (GB)',
  ],
  dailyChurnTB: [
    'dailyChurnTB',
    'churn (TB/day)',
    'daily churn (TB)',
    'churn TB/day',
    'churn (TB)',
    'data change rate (TB/day)',
    'daily change (TB)',
    'daily churn (TB/day)',
    '데이터 변경률 (TB/일)',
    '일일 변경량 (TB)',
    '일일 변경률 (TB)',
  ],
  avgChurnMBps: [
    'avgChurnMBps',
    'avg churn (MB/s)',
    'average churn (MB/s)',
    'churn (MB/s)',
    'churn MBps',
    'avg churn MBps',
    'average churn MBps',
    'data change rate (MB/s)',
    'average data change rate (MB/s)',
    '평균 변경률 (MB/s)',
    '평균 변경량 (MB/s)',
    '평균 데이터 변경률 (MB/s)',
  ],
  site: [
    'site',
    'datacenter',
    'data center',
    'location',
    'vcenter',
    'vcenter server',
    'site name',
    '사이트',
    '데이터센터',
    '데이터 센터',
    '위치',
  ],
  group: [
    'group',
    'replication group',
    'consistency group',
    'multi-vm consistency group',
    'group name',
    'multi vm group',
    '그룹',
    '복제 그룹',
    '일관성 그룹',
    '다중 VM 일관성 그룹',
  ],
  peakChurnMBps: [
    'peakChurnMBps',
    'peak churn (MB/s)',
    'peak churn MBps',
    'peak data change rate (MB/s)',
    'max churn (MB/s)',
    '최대 변경률 (MB/s)',
    '피크 변경률 (MB/s)',
    '최대 변경량 (MB/s)',
  ],
  disks: ['disks', 'disk count', 'number of disks', 'num disks', '#disks', 'no. of disks', '디스크', '디스크 수', '디스크 개수'],
  provisionedGB: [
    'provisionedGB',
    'provisioned (GB)',
    'provisioned space (GB)',
    'provisioned storage (GB)',
    'provisioned size (GB)',
    'total disk size (GB)',
    'disk size (GB)',
    'total size (GB)',
    'capacity (GB)',
    'size (GB)',
    // RVTools vInfo: MiB in 4.x, the same numbers headed MB before (docs/inputs.md#rvtools).
    'Provisioned MiB',
    'Provisioned MB',
    '프로비저닝 (GB)',
    '프로비저닝 용량 (GB)',
    '할당 용량 (GB)',
    '디스크 크기 (GB)',
    '전체 용량 (GB)',
  ],
  usedGB: [
    'usedGB',
    'used (GB)',
    'used space (GB)',
    'used storage (GB)',
    'in use (GB)',
    'used size (GB)',
    'used disk (GB)',
    'In Use MiB',
    'In Use MB',
    // Azure Migrate's import template (docs/inputs.md#azure-migrate).
    'Storage in use (In GB)',
    '사용 용량 (GB)',
    '사용량 (GB)',
    '사용 중 (GB)',
  ],
  os: [
    'os',
    'operating system',
    'guest os',
    'os name',
    'os type',
    'os version',
    'os family',
    'OS according to the configuration file',
    // RVTools' second OS column: read when the first is absent (docs/inputs.md#rvtools).
    'OS according to the VMware Tools',
    '운영 체제',
    '운영체제',
    'OS 이름',
  ],
  processServer: [
    'processServer',
    'process server',
    'current process server',
    'process server name',
    'assigned process server',
    'ps',
    'ps name',
    '프로세스 서버',
    '현재 프로세스 서버',
    '프로세스 서버 이름',
  ],
};

// The spec's separator set plus square brackets, so "Churn [GB/day]" reads like "Churn (GB/day)",
// and `*`, with which Azure Migrate marks required columns (docs/inputs.md#header-anywhere).
const IGNORED_IN_HEADERS = /[\s_\-.()/[\]*]/g;

/** Headers (normalised) whose sizes are MiB: RVTools' columns, read as MiB whatever they say (GB = MiB ÷ 1024). */
export const MIB_HEADERS: ReadonlySet<string> = new Set(['provisionedmib', 'provisionedmb', 'inusemib', 'inusemb']);

/**
 * The Deployment Planner's peak churn, `Peak Data Churn (MBps) (with Growth Factor)` in whatever
 * unit spelling its edition uses (`MBps`, `MB/s`, `Mbps`): all are megabytes per second there
 * (docs/inputs.md#deployment-planner-report).
 */
export const PLANNER_PEAK_HEADER = /^peakdatachurn(mbps|mbs)?withgrowthfactor(mbps|mbs)?$/;

/**
 * Canonical form of a header for matching: NFKC (so full-width brackets and decomposed Hangul
 * compare equal), lower case, and the ignorable punctuation removed.
 */
export function normalizeHeader(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(IGNORED_IN_HEADERS, '');
}

/** Normalised alias → field, built once at load. */
export const ALIAS_INDEX: ReadonlyMap<string, InventoryField> = buildAliasIndex();

function buildAliasIndex(): Map<string, InventoryField> {
  const index = new Map<string, InventoryField>();
  for (const field of INVENTORY_FIELDS) {
    for (const alias of FIELD_ALIASES[field]) {
      const key = normalizeHeader(alias);
      const taken = index.get(key);
      // A spelling claimed twice would make detection depend on table order: fail loudly in tests.
      if (taken !== undefined && taken !== field) {
        throw new Error(`header alias '${alias}' is listed for both ${taken} and ${field}`);
      }
      index.set(key, field);
    }
  }
  return index;
}

/**
 * Unit endings of churn headers (normalised) and the churn field each names, so that a known churn
 * header with another unit is read in that unit: "일일 변경률 (MB/s)" is a rate, "Daily churn (TB)"
 * a daily amount. Longer endings first.
 */
export const CHURN_UNIT_ENDINGS: readonly (readonly [ending: string, field: ChurnField])[] = [
  ['gbperday', 'dailyChurnGB'],
  ['gbday', 'dailyChurnGB'],
  ['gb일', 'dailyChurnGB'],
  ['gb', 'dailyChurnGB'],
  ['tbperday', 'dailyChurnTB'],
  ['tbday', 'dailyChurnTB'],
  ['tb일', 'dailyChurnTB'],
  ['tb', 'dailyChurnTB'],
  ['mbps', 'avgChurnMBps'],
  ['mbs', 'avgChurnMBps'],
  ['mb초', 'avgChurnMBps'],
];
