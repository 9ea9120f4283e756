import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { billOfMaterials } from '../../../src/core/bill-of-materials';
import { fixture, runCli } from '../../support/run-cli';

/*
 * The plan workbook `plan --xlsx` writes, read back by an independent reader: every sheet holds
 * the figures `plan --json` prints for the same inputs, under both rule sets, and text stays text.
 */

type Cell = string | number | boolean | Date | null;
type Json = {
  documentId: string;
  ruleSet: string;
  summary: Record<string, number>;
  servers: {
    id: string;
    site: string;
    tier: string;
    role: string;
    vcpu: number;
    memoryGB: number;
    cacheGB: number;
    machineCount: number;
    churnGBPerDay: number;
    machines: string[];
  }[];
  unplaced: { machine: string; churnGBPerDay: number }[];
  rejected: { line: number; code: string }[];
  skipped: { line: number }[];
};

const dir = mkdtempSync(join(tmpdir(), 'asr-xlsx-'));

async function planBoth(file: string, args: string[]) {
  const xlsx = join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
  const r = runCli('plan', [file, '--json', '--xlsx', xlsx, ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as Json;
  const sheets = await readXlsxFile(readFileSync(xlsx));
  const sheet = (name: string) => {
    const s = sheets.find((x) => x.sheet === name);
    expect(s, name).toBeDefined();
    const [head, ...rows] = s!.data as Cell[][];
    return rows.map((row) => Object.fromEntries(head!.map((h, i) => [String(h), row[i] ?? null])));
  };
  return { json, sheet, names: sheets.map((s) => s.sheet), xlsx };
}

const hostile = join(dir, 'hostile.csv');
writeFileSync(
  hostile,
  'name,dailyChurnGB,group,os\n"=HYPERLINK(""http://x"",""y"")",3,=cmd|x,Windows\n@SUM(1),1,,Linux\nbig,99999,,\nok-1,abc,,\n',
);

describe.each(['asr-classic', 'asr-modernized'])('plan --xlsx under %s', (ruleSet) => {
  it('holds the JSON figures sheet by sheet', async () => {
    const { json, sheet, names } = await planBoth(fixture('cli/two-sites.csv'), ['--rule-set', ruleSet, '--growth', '30']);
    expect(names).toEqual(['Summary', 'Servers', 'Machines', 'Bill of materials', 'Risks', 'Unplaced', 'Rejected and skipped rows']);
    const summary = new Map(sheet('Summary').map((r) => [r.Field, r.Value]));
    expect(summary.get('Document id')).toBe(json.documentId);
    expect(summary.get('Rule set')).toMatch(new RegExp(`^${ruleSet} `));
    expect(summary.get('Machines accepted')).toBe(json.summary.machines);
    expect(summary.get('vCPU')).toBe(json.summary.totalVcpu);
    expect(summary.get('RAM (GB)')).toBe(json.summary.totalMemoryGB);
    expect(summary.get('Cache disk (GB)')).toBe(json.summary.totalCacheGB);
    expect(summary.get('Total churn (GB/day)')).toBe(json.summary.totalChurnGBPerDay);
    expect(summary.get('Bandwidth (Mbit/s)')).toBe(json.summary.bandwidthMbps);
    expect(summary.get('Growth (%)')).toBe(30);

    const servers = sheet('Servers');
    expect(
      servers.map((s) => [s.Server, s.Site, s.Tier, s.vCPU, s['RAM (GB)'], s['Cache disk (GB)'], s.Machines, s['Churn (GB/day)']]),
    ).toEqual(json.servers.map((s) => [s.id, s.site, s.tier, s.vcpu, s.memoryGB, s.cacheGB, s.machineCount, s.churnGBPerDay]));

    const machines = sheet('Machines');
    expect(machines).toHaveLength(json.summary.machines!);
    for (const s of json.servers) {
      const mine = machines.filter((m) => m.Server === s.id);
      expect(mine.map((m) => m.Machine).sort()).toEqual([...s.machines].sort());
      const churn = mine.reduce((t, m) => t + (m['Churn (GB/day)'] as number), 0);
      expect(churn).toBeCloseTo(s.churnGBPerDay, 2);
    }

    const bom = sheet('Bill of materials');
    const total = bom.at(-1)!;
    expect(total.Site).toBe('Total, all sites');
    expect([total.Count, total.vCPU, total['RAM (GB)'], total['Cache disk (GB)']]).toEqual([
      json.servers.length,
      json.summary.totalVcpu,
      json.summary.totalMemoryGB,
      json.summary.totalCacheGB,
    ]);
    const expected = billOfMaterials(json.servers as never);
    expect(bom.filter((r) => String(r.Site).startsWith('Total')).length).toBe(expected.sites.length + 1);
  });

  it('lists unplaced, rejected and risky rows, and keeps a hostile name as text', async () => {
    const { json, sheet, xlsx } = await planBoth(hostile, ['--rule-set', ruleSet]);
    const machines = sheet('Machines');
    const name = '=HYPERLINK("http://x","y")';
    const row = machines.find((m) => m.Machine === name);
    expect(row).toMatchObject({ Group: '=cmd|x', OS: 'Windows', 'Churn source': 'dailyChurnGB' });
    expect(sheet('Unplaced').map((u) => [u.Machine, u['Churn (GB/day)']])).toEqual(json.unplaced.map((u) => [u.machine, u.churnGBPerDay]));
    expect(sheet('Rejected and skipped rows').map((r) => [r.Line, r.Fate, r['Reason code']])).toEqual(
      json.rejected.map((r) => [r.line, 'rejected', r.code]),
    );
    const risks = sheet('Risks');
    // Computed from this plan: the machine no server takes, and headroom above the guide's 70 %.
    expect(risks.map((r) => r.Risk)).toEqual([...json.unplaced.map(() => 'unplaced'), 'headroom-above-guide']);
    expect(risks.some((r) => r.Risk === 'unplaced' && String(r['What it is and what to do']).includes('big'))).toBe(true);
    // Stored as a shared or inline string, never as a formula cell.
    const files = unzipSync(new Uint8Array(readFileSync(xlsx)));
    const xml = Object.entries(files)
      .filter(([path]) => path.startsWith('xl/'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('\n');
    expect(xml).not.toMatch(/<f[\s>]/);
    expect(xml).toContain('<t>=HYPERLINK("http://x","y")</t>');
  });
});

describe('the document id', () => {
  it('is the same for the same inputs, and changes with the text or a setting', () => {
    const id = (args: string[]) => (JSON.parse(runCli('plan', [...args, '--json']).stdout) as Json).documentId;
    const a = id([fixture('cli/two-sites.csv')]);
    expect(id([fixture('cli/two-sites.csv')])).toBe(a);
    expect(id([fixture('cli/two-sites.csv'), '--headroom', '90'])).not.toBe(a);
    expect(id([fixture('cli/shop-60.csv')])).not.toBe(a);
  });
});
