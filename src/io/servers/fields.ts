/**
 * The process-server file's columns and the header spellings that name them. Aliases are data,
 * matched like inventory headers (case, spaces and `_ - . ( ) / [ ]` ignored).
 */

import { normalizeHeader } from '../inventory';

/** A column of the server file. */
export type ServerField =
  | 'name'
  | 'role'
  | 'site'
  | 'vcpu'
  | 'memoryGB'
  | 'cacheGB'
  | 'cpuPercent'
  | 'memoryPercent'
  | 'cacheFreePercent'
  | 'minutesSinceHeartbeat'
  | 'servicesDown'
  | 'version';

/** Field → 0-based column index. */
export type ServerColumnMapping = Partial<Record<ServerField, number>>;

/** Every field, in the order they are reported. */
const SERVER_FIELDS = [
  'name',
  'role',
  'site',
  'vcpu',
  'memoryGB',
  'cacheGB',
  'cpuPercent',
  'memoryPercent',
  'cacheFreePercent',
  'minutesSinceHeartbeat',
  'servicesDown',
  'version',
] as const satisfies readonly ServerField[];

/**
 * Header spellings per field. A bare "memory" or "cache" is deliberately absent: it could be a
 * size or a percentage, and reading one as the other would misjudge the server.
 */
export const SERVER_FIELD_ALIASES: Readonly<Record<ServerField, readonly string[]>> = {
  name: [
    'name',
    'server',
    'server name',
    'process server',
    'process server name',
    'ps',
    'ps name',
    'host name',
    'hostname',
    '이름',
    '서버',
    '서버 이름',
    '서버명',
    '프로세스 서버',
    '프로세스 서버 이름',
  ],
  role: ['role', 'server role', 'type', 'server type', 'ps role', '역할', '서버 역할', '유형', '서버 유형'],
  site: ['site', 'datacenter', 'data center', 'location', 'vcenter', 'site name', '사이트', '데이터센터', '데이터 센터', '위치'],
  vcpu: ['vcpu', 'vcpus', 'vcpu count', 'cpu count', 'cpus', 'cores', 'virtual cpus', 'num cpu', 'vCPU 수', 'CPU 수', '코어 수'],
  memoryGB: ['memoryGB', 'memory (GB)', 'memory GB', 'ram (GB)', 'ram GB', 'memory size (GB)', '메모리 (GB)', '메모리 크기 (GB)'],
  cacheGB: [
    'cacheGB',
    'cache (GB)',
    'cache GB',
    'cache disk (GB)',
    'cache size (GB)',
    'cache disk size (GB)',
    '캐시 (GB)',
    '캐시 디스크 (GB)',
    '캐시 디스크 크기 (GB)',
  ],
  cpuPercent: [
    'cpuPercent',
    'cpu',
    'cpu %',
    'cpu (%)',
    'cpu utilisation',
    'cpu utilization',
    'cpu utilisation (%)',
    'cpu utilization (%)',
    'cpu usage',
    'cpu usage (%)',
    'CPU 사용률',
    'CPU 사용률 (%)',
  ],
  memoryPercent: [
    'memoryPercent',
    'memory %',
    'memory (%)',
    'ram %',
    'ram (%)',
    'memory utilisation',
    'memory utilization',
    'memory utilisation (%)',
    'memory utilization (%)',
    'memory usage',
    'memory usage (%)',
    '메모리 사용률',
    '메모리 사용률 (%)',
    '메모리 사용량',
    '메모리 사용량 (%)',
  ],
  cacheFreePercent: [
    'cacheFreePercent',
    'cache free %',
    'cache free (%)',
    'cache free',
    'free space %',
    'free space (%)',
    'free space',
    'cache free space',
    'cache free space (%)',
    '여유 공간',
    '여유 공간 (%)',
    '캐시 여유 공간',
    '캐시 여유 공간 (%)',
  ],
  minutesSinceHeartbeat: [
    'minutesSinceHeartbeat',
    'heartbeat (min)',
    'heartbeat',
    'minutes since heartbeat',
    'last heartbeat (min)',
    'heartbeat age (min)',
    'heartbeat minutes',
    '하트비트 (분)',
    '마지막 하트비트 (분)',
  ],
  servicesDown: [
    'servicesDown',
    'services down',
    'stopped services',
    'services not running',
    'down services',
    '중지된 서비스',
    '실행되지 않는 서비스',
  ],
  version: ['version', 'ps version', 'process server version', 'agent version', '버전', '프로세스 서버 버전'],
};

/** Normalised alias → field, built once at load. */
const SERVER_ALIAS_INDEX: ReadonlyMap<string, ServerField> = buildIndex();

function buildIndex(): Map<string, ServerField> {
  const index = new Map<string, ServerField>();
  for (const field of SERVER_FIELDS) {
    for (const alias of SERVER_FIELD_ALIASES[field]) {
      const key = normalizeHeader(alias);
      const taken = index.get(key);
      if (taken !== undefined && taken !== field)
        throw new Error(`server header alias '${alias}' is listed for both ${taken} and ${field}`);
      index.set(key, field);
    }
  }
  return index;
}

/** Maps headers to fields; the first column wins when two name the same field (noted). */
export function matchServerHeaders(headers: readonly string[]): {
  mapping: ServerColumnMapping;
  duplicates: { field: ServerField; first: number; later: number }[];
} {
  const mapping: ServerColumnMapping = {};
  const duplicates: { field: ServerField; first: number; later: number }[] = [];
  headers.forEach((h, col) => {
    const field = SERVER_ALIAS_INDEX.get(normalizeHeader(h));
    if (field === undefined) return;
    const first = mapping[field];
    if (first === undefined) mapping[field] = col;
    else duplicates.push({ field, first, later: col });
  });
  return { mapping, duplicates };
}
