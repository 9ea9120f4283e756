import { describe, expect, it } from 'vitest';
import { estimatedChurnGB } from '../../src/core/churn-rate';
import { readInventory } from '../../src/io/inventory';
import { factBuffers, factLookup, machineFacts } from '../../src/io/machine-facts';

// The facts cross to the page packed; looked up, each machine must read as it was read.
function read(text: string) {
  const r = readInventory(text);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('machine facts', () => {
  it('gives back every machine’s group, OS and churn by site and name (names repeat across sites)', () => {
    const inv = read(
      [
        'VM Name,Site,Consistency Group,OS,Daily Churn (GB)',
        'web-01,Seoul,g1,Windows Server 2019,12.5',
        'web-01,Busan,,Ubuntu 22.04,3',
        '결제-서버,Seoul,g1,,0.25',
        'db,Busan,g2,RHEL 9,40',
      ].join('\n'),
    );
    const facts = machineFacts(inv);
    expect(facts.count).toBe(4);
    const find = factLookup(facts);
    for (const m of inv.machines)
      expect(find(m.site, m.name)).toEqual({ group: m.group, os: m.os ?? '', dailyChurnGB: m.dailyChurnGB, source: 'Daily Churn (GB)' });
    expect(find('Seoul', 'db')).toBeUndefined();
    expect(find('Jeju', 'web-01')).toBeUndefined();
  });

  it('works out estimated churn at the rate asked for, and says where the churn came from', () => {
    const inv = read(['VM Name,Used (GB),Daily Churn (GB)', 'a,200,', 'b,100,7'].join('\n'));
    const a = inv.machines.find((m) => m.name === 'a')!;
    expect(a.churnSource).toBe('estimated');
    const facts = machineFacts(inv);
    expect(factLookup(facts, 5)('', 'a')).toMatchObject({ dailyChurnGB: estimatedChurnGB(200, 5), churnSource: 'estimated' });
    expect(factLookup(facts, null)('', 'a')).toMatchObject({ dailyChurnGB: a.dailyChurnGB, churnSource: 'estimated' });
    expect(factLookup(facts, 5)('', 'b')).not.toHaveProperty('churnSource');
    expect(factLookup(facts, 5)('', 'b')?.dailyChurnGB).toBe(7);
  });

  it('survives a structured clone with its buffers moved, as the worker sends it', () => {
    const inv = read(['VM Name,Site,Daily Churn (GB)', 'x,S1,1', 'y,S2,2', 'x,S2,3'].join('\n'));
    const facts = machineFacts(inv);
    const copy = structuredClone(facts, { transfer: factBuffers(facts) });
    expect(facts.churns.length).toBe(0); // moved, not copied
    expect(factLookup(copy)('S2', 'x')?.dailyChurnGB).toBe(3);
    expect(factLookup(copy)('S1', 'x')?.dailyChurnGB).toBe(1);
  });
});
