import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { RebalanceDocument } from '../../../src/io/documents';
import type { MigrationDocument } from '../../../src/io/migration-document';
import type { PublishedNetwork } from '../../../src/core/network';
import { fixture, runCli } from '../../support/run-cli';

/*
 * The workbooks `rebalance --xlsx`, `migrate --xlsx` and `plan --xlsx` with a link write, read
 * back by an independent reader: each sheet holds what the same command's `--json` prints.
 */

type Cell = string | number | boolean | Date | null;
type Row = Record<string, Cell>;
const SAMPLE = 'public/samples/running-deployment.csv';
const SERVERS = 'public/samples/running-deployment-servers.csv';
const dir = mkdtempSync(join(tmpdir(), 'asr-running-xlsx-'));

async function both<J>(command: 'plan' | 'rebalance' | 'migrate', args: string[]) {
  const xlsx = join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
  const r = runCli(command, [...args, '--json', '--xlsx', xlsx]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const sheets = await readXlsxFile(readFileSync(xlsx));
  const sheet = (name: string): Row[] => {
    const s = sheets.find((x) => x.sheet === name);
    expect(s, name).toBeDefined();
    const [head, ...rows] = s!.data as Cell[][];
    return rows.map((row) => Object.fromEntries(head!.map((h, i) => [String(h), row[i] ?? null])));
  };
  const summary = () => new Map(sheet('Summary').map((r) => [r.Field, r.Value]));
  return { json: JSON.parse(r.stdout) as J & { documentId: string }, sheet, summary, names: sheets.map((s) => s.sheet), xlsx };
}

describe('rebalance --xlsx', () => {
  it('holds the JSON’s servers, moves and rows, under its document id', async () => {
    const { json, sheet, summary, names } = await both<RebalanceDocument>('rebalance', [SAMPLE, '--servers', SERVERS, '--headroom', '70']);
    expect(names).toEqual(['Summary', 'Servers', 'New servers', 'Moves', 'Unresolved', 'Rejected and skipped rows']);
    expect(json.documentId).toMatch(/^ASR-[0-9A-Z]{10}$/);
    const s = summary();
    expect(s.get('Document id')).toBe(json.documentId);
    expect(s.get('Server file')).toBe('running-deployment-servers.csv');
    expect(s.get('Headroom (%)')).toBe(70);
    expect(s.get('Machines moved')).toBe(json.summary.machinesMoved);
    expect(s.get('Churn moved (GB/day)')).toBe(json.summary.churnMovedGBPerDay);
    expect(json.moves.length).toBeGreaterThan(0);
    // An unassigned machine's "from" is empty: an empty cell, read back as null.
    expect(sheet('Moves').map((m) => [m.Machine, m.From ?? '', m.To, m['Churn (GB/day)'], m.Reason])).toEqual(
      json.moves.map((m) => [m.machine, m.from, m.to, m.churnGBPerDay, m.reason]),
    );
    expect(
      sheet('Servers').map((x) => [
        x.Server,
        x.Status,
        x['Machines before'],
        x['Churn before (GB/day)'],
        x['Machines after'],
        x['Churn after (GB/day)'],
      ]),
    ).toEqual(
      json.servers.map((x) => [x.id, x.status, x.before.machineCount, x.before.churnGBPerDay, x.after.machineCount, x.after.churnGBPerDay]),
    );
    expect(sheet('New servers').map((x) => [x.Server, x.Tier, x.Machines, x['Churn (GB/day)']])).toEqual(
      json.newServers.map((x) => [x.id, x.tier, x.machineCount, x.churnGBPerDay]),
    );
    expect(sheet('Unresolved').map((u) => [u.Server, u['Reason code']])).toEqual(json.unresolved.map((u) => [u.server, u.code]));
  });

  it('keeps a hostile name as text and lists rejected rows', async () => {
    const csv = join(dir, 'hostile-running.csv');
    writeFileSync(csv, 'name,dailyChurnGB,processServer\n"=HYPERLINK(""http://x"",""y"")",5,\nb,5,PS01\nc,abc,PS01\n');
    const { json, sheet, xlsx } = await both<RebalanceDocument>('rebalance', [csv]);
    expect(sheet('Rejected and skipped rows').map((r) => [r.File, r.Line, r['Reason code']])).toEqual(
      json.rejected.inventory.map((r) => ['inventory', r.line, r.code]),
    );
    expect(sheet('Moves').map((m) => m.Machine)).toEqual(json.moves.map((m) => m.machine));
    const xml = Object.entries(unzipSync(new Uint8Array(readFileSync(xlsx))))
      .filter(([path]) => path.startsWith('xl/'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('\n');
    expect(xml).not.toMatch(/<f[\s>]/);
    expect(xml).toContain('<t>=HYPERLINK("http://x","y")</t>');
  });
});

describe('migrate --xlsx', () => {
  it('holds the JSON’s batches machine by machine, appliances and prerequisites, under its own id', async () => {
    const { json, sheet, summary, names } = await both<MigrationDocument>('migrate', [SAMPLE, '--servers', SERVERS]);
    expect(names).toEqual([
      'Summary',
      'Sites',
      'Appliances',
      'Batches',
      'New protection',
      'Prerequisites',
      'Unplaced',
      'Warnings',
      'Rejected and skipped rows',
    ]);
    expect(summary().get('Document id')).toBe(json.documentId);
    expect(summary().get('Batches')).toBe(json.summary.batches);
    const rows = sheet('Batches');
    expect(json.batches.length).toBeGreaterThan(0);
    for (const b of json.batches) {
      const mine = rows.filter((r) => r.Batch === b.id);
      expect(mine.map((r) => r.Machine)).toEqual(b.machines);
      // The batch's figures on its first row only, so a column sums to the plan's.
      expect([mine[0]!.Machines, mine[0]!['Hours if healthy, least'], mine[0]!['Hours if healthy, most'], mine[0]!.Appliance]).toEqual([
        b.machines.length,
        b.hoursIfHealthy[0],
        b.hoursIfHealthy[1],
        b.appliance,
      ]);
      expect(mine[0]!['Hours otherwise']).toBe(b.hoursOtherwise);
      for (const r of mine.slice(1)) expect(r.Machines).toBeNull();
    }
    expect(sheet('Appliances').map((a) => [a.Appliance, a.Tier, a.Machines, a['Churn (GB/day)']])).toEqual(
      json.appliances.map((a) => [a.id, a.tier, a.machineCount, a.churnGBPerDay]),
    );
    expect(sheet('Prerequisites').map((p) => [p.Prerequisite, p.Status])).toEqual(json.prerequisites.map((p) => [p.code, p.status]));
    const rebalance = JSON.parse(runCli('rebalance', [SAMPLE, '--servers', SERVERS, '--json']).stdout) as { documentId: string };
    expect(rebalance.documentId).not.toBe(json.documentId);
  });
});

describe('plan --xlsx with a link', () => {
  it('has the network of plan --json: sites, waves machine by machine, servers', async () => {
    const { json, sheet, names } = await both<{ network: PublishedNetwork }>('plan', [fixture('cli/network.csv'), '--link-mbps', '100']);
    expect(names.slice(-3)).toEqual(['Network', 'Network waves', 'Network servers']);
    const net = json.network;
    expect(
      sheet('Network').map((s) => [
        s.Site,
        s['Link (Mbit/s)'],
        s['Average (Mbit/s)'],
        s['Peak (Mbit/s)'],
        s['Initial replication (hours)'],
        s['Backlog (GB/hour)'],
      ]),
    ).toEqual(net.sites.map((s) => [s.site, s.linkMbps, s.averageMbps, s.peakMbps, s.irHours, s.backlogGBPerHour]));
    const waves = sheet('Network waves');
    expect(waves.map((w) => [w.Site, w.Wave, w.Machine])).toEqual(
      net.sites.flatMap((s) => s.waves.flatMap((w) => w.machines.map((m) => [s.site, w.wave, m]))),
    );
    expect(waves.filter((w) => w.Machines !== null).map((w) => [w.Site, w.Wave, w.Machines, w['Size (GB)'], w.Hours])).toEqual(
      net.sites.flatMap((s) => s.waves.map((w) => [s.site, w.wave, w.machines.length, w.gb, w.hours])),
    );
    expect(sheet('Network servers').map((s) => [s.Server, s['Average (Mbit/s)'], s['Cache 80 % full (hours)']])).toEqual(
      net.servers.map((s) => [s.id, s.averageMbps, s.cacheFullHours]),
    );
  });
});

describe('the running documents’ ids and --xlsx failures', () => {
  it('change with the server file and the settings, and a workbook that cannot be written is exit 1', () => {
    const id = (...args: string[]) =>
      (JSON.parse(runCli('rebalance', [SAMPLE, ...args, '--json']).stdout) as { documentId: string }).documentId;
    const a = id('--servers', SERVERS);
    expect(id('--servers', SERVERS)).toBe(a);
    expect(id()).not.toBe(a);
    expect(id('--servers', SERVERS, '--headroom', '80')).not.toBe(a);
    const r = runCli('migrate', [SAMPLE, '--xlsx', join(dir, 'no-such-dir', 'x.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^migrate: cannot write the workbook/);
  });
});
