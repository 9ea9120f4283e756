import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { RebalanceDocument } from '../../src/io/documents/rebalance-document';
import { movesCsv } from '../../src/io/exports/moves-csv';
import { changeGroups, wholeSwitch } from '../../src/ui/views/running/change-groups';

type Move = RebalanceDocument['moves'][number];

const move = (machine: string, from: string, to: string, extra: Partial<Move> = {}): Move => ({
  machine,
  site: 'Seoul',
  group: '',
  from,
  to,
  churnGBPerDay: 1,
  reason: `${from} is over`,
  because: ['over-limit'],
  toNewServer: false,
  ...extra,
});

const rows = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n', skipEmptyLines: true }).data;

describe('movesCsv', () => {
  it('writes one row per move with the header the brief names, BOM and CRLF', () => {
    const csv = movesCsv({
      moves: [
        move('web-01', 'PS02', 'PS01', { churnGBPerDay: 0.9 }),
        move('db-01', '', 'CS', { group: 'erp', reason: 'unassigned machine' }),
      ],
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows(csv)).toEqual([
      ['machine', 'site', 'group', 'from', 'to', 'churnGBPerDay', 'reason'],
      ['web-01', 'Seoul', '', 'PS02', 'PS01', '0.9', 'PS02 is over'],
      ['db-01', 'Seoul', 'erp', '', 'CS', '1', 'unassigned machine'],
    ]);
  });

  it('neutralises formulas and quotes delimiters in every text cell', () => {
    const csv = movesCsv({ moves: [move('=cmd|"/c calc"!A1', '+PS', '@to', { site: '-site', group: 'a,b' })] });
    const line = csv.replace(/^\uFEFF/, '').split('\r\n')[1];
    expect(line).toBe(`"'=cmd|""/c calc""!A1",'-site,"a,b",'+PS,'@to,1,'+PS is over`);
  });
});

describe('changeGroups', () => {
  const moves = [
    move('b-2', 'PS03', 'PS04'),
    move('a-1', 'PS03', 'PS04'),
    move('z-9', 'PS02', 'PS01'),
    move('new-1', '', 'PS04', { because: ['unassigned'] }),
    move('c-3', 'PS02', 'CS'),
    move('x-1', 'PS02', 'NEW01', { toNewServer: true }),
  ];

  it('keeps sources in document order, unassigned last, destinations and machines by name', () => {
    const g = changeGroups(moves);
    expect(g.map((x) => x.from)).toEqual(['PS03', 'PS02', '']);
    expect(g[0]!.destinations.map((d) => [d.to, d.moves.map((m) => m.machine)])).toEqual([['PS04', ['a-1', 'b-2']]]);
    expect(g[1]!.destinations.map((d) => d.to)).toEqual(['CS', 'NEW01', 'PS01']);
    expect(g[1]!.destinations[1]!.toNewServer).toBe(true);
    expect(g[1]!.machines).toBe(3);
    expect(g[1]!.churnGBPerDay).toBe(3);
  });

  it('lists every move exactly once', () => {
    const listed = changeGroups(moves).flatMap((g) => g.destinations.flatMap((d) => d.moves));
    expect(listed).toHaveLength(moves.length);
    expect(new Set(listed)).toEqual(new Set(moves));
  });

  it('keeps one name in two sites apart', () => {
    const g = changeGroups([move('a', 'PS01', 'PS02'), move('b', 'PS01', 'PS03', { site: 'Busan' })]);
    expect(g.map((x) => `${x.site}/${x.from}`)).toEqual(['Seoul/PS01', 'Busan/PS01']);
  });

  it('offers Switch only when a server gives all its machines to one destination', () => {
    const [g] = changeGroups([move('a', 'PS05', 'PS01'), move('b', 'PS05', 'PS01')]);
    expect(wholeSwitch(g!, 2)).toBe(true);
    expect(wholeSwitch(g!, 3)).toBe(false);
    const [u] = changeGroups([move('a', '', 'PS01')]);
    expect(wholeSwitch(u!, 1)).toBe(false);
  });
});
