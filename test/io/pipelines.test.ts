import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/model';
import { readInventory } from '../../src/io/inventory';
import { mappingFromHeaderNames, planRead } from '../../src/io/plan-inventory';
import { rebalanceRead } from '../../src/io/rebalance-inventory';
import { readServers } from '../../src/io/servers';
import { rebalanceText } from '../support/pipelines';
import { said } from '../support/said';

const sample = (f: string) => readFileSync(`public/samples/${f}`, 'utf8');

describe('read → plan pipeline', () => {
  it('plans inventory text and counts what it read', () => {
    const read = readInventory('name,dailyChurnGB\na,1\nb,x\n');
    expect(read.ok && planRead(read.value, DEFAULT_SETTINGS).document.summary).toMatchObject({ machines: 1, rejectedRows: 1 });
  });

  it('maps fields to columns by header text, ignoring case and punctuation', () => {
    expect(mappingFromHeaderNames(['VM Name', 'Daily Churn (GB)'], { name: 'vm name', dailyChurnGB: 'daily churn gb' })).toEqual({
      ok: true,
      value: { name: 0, dailyChurnGB: 1 },
    });
    const bad = mappingFromHeaderNames(['a'], { site: 'Datacenter' });
    expect(bad.ok).toBe(false);
  });
});

describe('read → rebalance pipeline', () => {
  it('rebalances the shipped running deployment with its server file', () => {
    const inventory = readInventory(sample('running-deployment.csv'));
    const servers = readServers(sample('running-deployment-servers.csv'));
    if (!inventory.ok || !servers.ok) throw new Error('the samples read');
    const r = rebalanceRead(inventory.value, servers.value, { ...DEFAULT_SETTINGS });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.document.summary.machinesMoved).toBeGreaterThan(0);
  });

  it('refuses an inventory that says nothing about current process servers, without a server file', () => {
    const inventory = readInventory('name,dailyChurnGB\na,1\n');
    if (!inventory.ok) throw new Error('the inventory reads');
    const r = rebalanceRead(inventory.value, null, { ...DEFAULT_SETTINGS });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.code).toBe('no-process-server');
  });

  it('one site whatever the case or Unicode form of its name, in the inventory and the server file (issue 10, item 7)', () => {
    const nfd = '\u1109\u1165\u110b\u116e\u11af'; // 서울, decomposed
    const inventory = `name,dailyChurnGB,site,process server\nweb01,5,서울,PS01\nweb02,6,${nfd},PS01\ndb01,7,Busan,PS02\ndb02,7,busan,PS02\n`;
    const servers = `name,role,site\nPS01,scale-out,${nfd}\nPS02,scale-out,BUSAN\n`;
    const r = rebalanceText(inventory, servers, { ...DEFAULT_SETTINGS });
    if (!r.ok) throw new Error(said(r.issues[0]));
    expect(r.value.inventory.machines.map((m) => m.site)).toEqual(['서울', '서울', 'Busan', 'Busan']);
    expect(r.value.document.servers.map((s) => [s.id, s.site])).toEqual([
      ['PS01', '서울'],
      ['PS02', 'Busan'],
    ]);
    expect(r.value.document.notices.map((n) => n.code)).not.toContain('site-mismatch');
  });
});
