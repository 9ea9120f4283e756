import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeInventoryBytes, readInventory, type InventoryRead } from '../../../src/io/inventory';
import { rejectTextOrEmpty as textOf } from '../../support/reject-text';

/** Decodes and reads a fixture end to end, as the app does with a dropped file. */
function readFixture(name: string): InventoryRead & { encoding: string } {
  const bytes = readFileSync(new URL(`../../fixtures/inventories/${name}`, import.meta.url));
  const decoded = decodeInventoryBytes(new Uint8Array(bytes));
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.issues));
  const r = readInventory(decoded.value.text);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.value.machines.length + r.value.rejected.length).toBe(r.value.dataRows);
  return { ...r.value, encoding: decoded.value.encoding };
}

const summary = (inv: InventoryRead): [string, number, string, number | undefined][] =>
  inv.machines.map((m) => [m.name, m.dailyChurnGB, m.site, m.line]);
const rejections = (inv: InventoryRead): [number, string, string][] => inv.rejected.map((r) => [r.line, r.code, r.value]);

describe('fixture: RVTools-like vInfo export with extra columns', () => {
  const inv = readFixture('rvtools-vinfo.csv');

  it('maps the columns it knows and keeps the rest', () => {
    expect(inv.delimiter).toBe(',');
    // RVTools' MiB sizes are read as sizes (docs/inputs.md#rvtools), GB = MiB ÷ 1024.
    expect(inv.mapping).toEqual({ name: 0, dailyChurnGB: 14, site: 9, peakChurnMBps: 15, disks: 6, provisionedGB: 7, usedGB: 8, os: 12 });
    expect(inv.extraColumns).toEqual(['Powerstate', 'Template', 'DNS Name', 'CPUs', 'Memory', 'Cluster', 'Host', 'Annotation']);
    expect(inv.machines[0]).toMatchObject({ provisionedGB: 100, usedGB: 60 });
  });

  it('reads machines with thousands separators, units and multi-line annotations', () => {
    expect(summary(inv)).toEqual([
      ['web-01', 35.5, 'DC-Seoul', 2],
      ['web-02', 31.25, 'DC-Seoul', 3],
      ['db-01', 1234.5, 'DC-Seoul', 5],
      ['web-01', 18.75, 'DC-Busan', 8],
      ['file-01', 0, 'DC-Busan', 9],
      ['app-07', 1536, 'DC-Busan', 10],
    ]);
    expect(inv.machines[1]?.extra?.[7]).toBe('Front end\nowner: web team');
    expect(inv.machines[2]?.extra?.[7]).toBe('SQL "primary", do not move');
    expect(inv.machines[2]).toMatchObject({ disks: 6, peakChurnMBps: 48, os: 'Red Hat Enterprise Linux 8 (64-bit)' });
  });

  it('rejects the template (docs/inputs.md#rvtools) and the same-site duplicate', () => {
    expect(rejections(inv)).toEqual([
      [6, 'template', 'True'],
      [7, 'duplicate-name', 'WEB-01'],
    ]);
    expect(textOf(inv.rejected[1])).toContain('line 2');
  });
});

describe('fixture: European export (semicolon, decimal comma, BOM, CRLF)', () => {
  const inv = readFixture('european-semicolon-bom-crlf.csv');

  it('detects the semicolon and decimal comma and strips the BOM', () => {
    expect(inv).toMatchObject({ delimiter: ';', decimalMark: ',', encoding: 'utf-8' });
    expect(inv.headers[0]).toBe('Server name');
  });

  it('reads decimal commas, dot/space/NBSP thousands and unit suffixes', () => {
    expect(summary(inv)).toEqual([
      ['SRV-FRA-001', 12.75, 'Frankfurt', 2],
      ['SRV-FRA-002', 1536.5, 'Frankfurt', 3],
      ['SRV-FRA-003', 0, 'Frankfurt', 4],
      ['SRV-PAR-001', 1024.5, 'Paris', 6],
      ['SRV-PAR-003', 2560, 'Paris', 8],
      ['SRV-MAD-001', 3.25, 'Madrid', 11],
    ]);
    expect(inv.machines[1]).toMatchObject({ peakChurnMBps: 55, provisionedGB: 2048, usedGB: 1900, processServer: 'ps-fra-01' });
    expect(inv.machines[3]).toMatchObject({ provisionedGB: 1024, usedGB: 800 });
    expect(inv.machines[4]).toMatchObject({ peakChurnMBps: 54.5, provisionedGB: 4096, usedGB: 3072 });
    expect(inv.machines[5]?.os).toBe('Oracle Linux; UEK');
    expect(inv.machines[2]).not.toHaveProperty('processServer');
  });

  it('skips blank and delimiter-only lines and rejects the bad rows', () => {
    expect(inv.dataRows).toBe(9);
    expect(rejections(inv)).toEqual([
      [7, 'churn-not-number', '12.5'],
      [9, 'churn-negative', '-1'],
      [12, 'churn-not-number', 'N/A'],
    ]);
    expect(textOf(inv.rejected[0])).toContain('12,5');
  });
});

describe('fixture: Korean estate', () => {
  it.each([
    ['korean-estate.csv', 'utf-8'],
    ['korean-estate-cp949.csv', 'euc-kr'],
  ])('%s reads Korean headers and names (%s)', (file, encoding) => {
    const inv = readFixture(file);
    expect(inv.encoding).toBe(encoding);
    expect(inv.mapping).toEqual({ name: 0, site: 1, group: 2, dailyChurnGB: 3, os: 4, processServer: 5 });
    expect(inv.extraColumns).toEqual(['비고']);
    expect(summary(inv)).toEqual([
      ['웹서버-01', 45.5, '서울', 2],
      ['웹서버-02', 38, '서울', 3],
      ['디비서버-01', 1280, '서울', 4],
      ['웹서버-01', 20, '부산', 6],
      ['파일서버-01', 512, '부산', 7],
    ]);
    expect(inv.machines[0]).toMatchObject({ group: '주문', processServer: 'PS-서울-01' });
    expect(inv.machines[2]?.extra).toEqual(['주 DB, 이동 금지']);
    expect(rejections(inv)).toEqual([
      [5, 'name-empty', ''],
      [8, 'churn-not-number', '없음'],
    ]);
    expect(inv.rejected[0]?.column).toBe('서버 이름');
  });
});

describe('fixture: Deployment Planner style tab-delimited export', () => {
  const inv = readFixture('deployment-planner-tab.csv');

  it('reads tab-delimited comma thousands and rejects a decimal comma', () => {
    expect(inv.delimiter).toBe('\t');
    expect(summary(inv)).toEqual([
      ['sql-prod-01', 1536, 'vc-east', 2],
      ['sql-prod-02', 980.25, 'vc-east', 3],
      ['dc-01', 3, 'vc-west', 5],
    ]);
    expect(inv.machines[0]).toMatchObject({ provisionedGB: 4096, disks: 8, peakChurnMBps: 52, processServer: 'ps-east-01' });
    expect(rejections(inv)).toEqual([[4, 'churn-not-number', '1,5']]);
  });
});
