import { describe, expect, it } from 'vitest';
import { matchHeaders } from '../../../src/io/inventory/header-match';
import { FIELD_ALIASES, INVENTORY_FIELDS, normalizeHeader, type InventoryField } from '../../../src/io/inventory/fields';
import { said } from '../../support/said';

// The field one header names, as the reader's header matching finds it.
const fieldForHeader = (header: string) => Object.keys(matchHeaders([header]).mapping)[0] as InventoryField | undefined;
const detectMapping = (headers: string[]) => matchHeaders(headers).mapping;

// Written out from docs/inputs.md#header-matching on purpose, not read from the alias table: if a
// spelling is dropped from the table this test must fail.
const DOCUMENTED_SPELLINGS: Record<string, InventoryField> = {
  name: 'name',
  machine: 'name',
  'machine name': 'name',
  vm: 'name',
  'vm name': 'name',
  server: 'name',
  'server name': 'name',
  hostname: 'name',
  'host name': 'name',
  'computer name': 'name',
  dailyChurnGB: 'dailyChurnGB',
  'churn (GB/day)': 'dailyChurnGB',
  'churn GB/day': 'dailyChurnGB',
  'daily churn (GB)': 'dailyChurnGB',
  'data change rate (GB/day)': 'dailyChurnGB',
  'daily change (GB)': 'dailyChurnGB',
  'observed typical data churn per day (GB)': 'dailyChurnGB',
  dailyChurnTB: 'dailyChurnTB',
  'churn (TB/day)': 'dailyChurnTB',
  'daily churn (TB)': 'dailyChurnTB',
  avgChurnMBps: 'avgChurnMBps',
  'avg churn (MB/s)': 'avgChurnMBps',
  'average churn (MB/s)': 'avgChurnMBps',
  'churn (MB/s)': 'avgChurnMBps',
  site: 'site',
  datacenter: 'site',
  location: 'site',
  vcenter: 'site',
  group: 'group',
  'replication group': 'group',
  'consistency group': 'group',
  peakChurnMBps: 'peakChurnMBps',
  'peak churn (MB/s)': 'peakChurnMBps',
  processServer: 'processServer',
  'process server': 'processServer',
  'current process server': 'processServer',
};

const KOREAN_SPELLINGS: Record<string, InventoryField> = {
  이름: 'name',
  '컴퓨터 이름': 'name',
  '서버 이름': 'name',
  'VM 이름': 'name',
  '데이터 변경률 (GB/일)': 'dailyChurnGB',
  '일일 변경량 (GB)': 'dailyChurnGB',
  사이트: 'site',
  그룹: 'group',
  '복제 그룹': 'group',
  '프로세스 서버': 'processServer',
  '현재 프로세스 서버': 'processServer',
  '운영 체제': 'os',
  '디스크 수': 'disks',
};

describe('header aliases', () => {
  it.each(Object.entries(DOCUMENTED_SPELLINGS))('understands the documented spelling %j', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it.each(Object.entries(KOREAN_SPELLINGS))('understands Korean header %j', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('ignores case, spaces, _ - . ( ) / when matching', () => {
    expect(fieldForHeader('  DAILY_CHURN-(GB)  ')).toBe('dailyChurnGB');
    expect(fieldForHeader('Churn.GB/Day')).toBe('dailyChurnGB');
    expect(fieldForHeader('Churn')).toBe('dailyChurnGB'); // GB/day is the planner's unit (docs/rules.md#units)
    expect(fieldForHeader('Host-Name')).toBe('name');
    expect(fieldForHeader('Avg.Churn(MB/s)')).toBe('avgChurnMBps');
    expect(fieldForHeader('PEAK_CHURN_MBPS')).toBe('peakChurnMBps');
  });

  it('reads a known churn header with another unit in that unit', () => {
    expect(fieldForHeader('일일 변경률 (MB/s)')).toBe('avgChurnMBps');
    expect(fieldForHeader('데이터 변경률 (TB/일)')).toBe('dailyChurnTB');
    expect(fieldForHeader('평균 변경률 (GB/일)')).toBe('dailyChurnGB');
    expect(fieldForHeader('Daily churn (MB/s)')).toBe('avgChurnMBps');
    expect(fieldForHeader('Data change rate (TB)')).toBe('dailyChurnTB');
    expect(fieldForHeader('Avg churn (GB/day)')).toBe('dailyChurnGB');
  });

  it('does not take other columns for churn because of a unit', () => {
    expect(fieldForHeader('Peak churn (GB/day)')).toBeUndefined();
    expect(fieldForHeader('Size (MB/s)')).toBeUndefined();
    expect(fieldForHeader('Provisioned (TB)')).toBeUndefined();
    expect(fieldForHeader('GB')).toBeUndefined();
    expect(fieldForHeader('Memory (GB)')).toBeUndefined();
  });

  it('matches decomposed Hangul (macOS NFD) and full-width brackets', () => {
    expect(fieldForHeader('서버 이름'.normalize('NFD'))).toBe('name');
    expect(fieldForHeader('데이터 변경률 （GB/일）')).toBe('dailyChurnGB');
  });

  it('has sensible spellings for disks, provisioned, used and OS', () => {
    expect(fieldForHeader('Number of disks')).toBe('disks');
    expect(fieldForHeader('Provisioned (GB)')).toBe('provisionedGB');
    expect(fieldForHeader('Used space (GB)')).toBe('usedGB');
    expect(fieldForHeader('Operating system')).toBe('os');
    expect(fieldForHeader('Guest OS')).toBe('os');
  });

  it('does not guess at unrelated headers', () => {
    for (const h of ['Notes', 'Cluster', 'Host', 'CPUs', 'Memory (GB)', '']) expect(fieldForHeader(h)).toBeUndefined();
  });

  it('lists each normalised alias under exactly one field', () => {
    const seen = new Map<string, InventoryField>();
    for (const field of INVENTORY_FIELDS) {
      for (const alias of FIELD_ALIASES[field]) {
        const key = normalizeHeader(alias);
        expect(seen.get(key) ?? field, alias).toBe(field);
        seen.set(key, field);
      }
    }
  });
});

describe('the mapping of a header row', () => {
  it('maps each recognised header to its column', () => {
    expect(detectMapping(['VM', 'Notes', 'Daily churn (GB)', 'Datacenter', 'Consistency group'])).toEqual({
      name: 0,
      dailyChurnGB: 2,
      site: 3,
      group: 4,
    });
  });

  it('keeps the first of two columns naming the same field and says so', () => {
    const { mapping, notices } = matchHeaders(['VM', 'Churn (GB/day)', 'Site', 'Name']);
    expect(mapping.name).toBe(0);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.code).toBe('duplicate-header');
    expect(said(notices[0])).toContain("Columns 1 ('VM') and 4 ('Name') are both 'name'; using column 1");
  });
});

describe('a header of 200,000 columns (issue 10, item 8)', () => {
  it('gives ten duplicate-header notes, not 199,999, each naming the columns cut short', () => {
    const headers = Array.from({ length: 200_000 }, () => `name${' '.repeat(100)}`);
    const { notices } = matchHeaders(headers);
    expect(notices).toHaveLength(10);
    for (const n of notices) expect(said(n).length).toBeLessThan(400);
  });
});
