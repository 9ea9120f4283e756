import { describe, expect, it } from 'vitest';
import type { InventoryRead } from '../../../src/io/inventory';
import { createLineCounter, unifyLineBreaks } from '../../../src/io/inventory/line-index';
import { readServers } from '../../../src/io/servers';
import { read } from './helpers';
import { said } from '../../support/said';
const rows = (inv: InventoryRead) => inv.machines.map((m) => [m.name, m.site, m.line]);

describe('every line ending is a line ending (issue 10, item 1)', () => {
  it('reads CRLF and LF mixed in one file as the lines they are, not merged rows', () => {
    // The issue's file: it gave two machines, one in a site named "Seoul\nweb02".
    const inv = read('name,dailyChurnGB,site\r\nweb01,5,Seoul\nweb02,6,Seoul\r\nweb03,7,Seoul\r\n');
    expect(rows(inv)).toEqual([
      ['web01', 'Seoul', 2],
      ['web02', 'Seoul', 3],
      ['web03', 'Seoul', 4],
    ]);
    expect(inv.dataRows).toBe(3);
  });

  it('counts a bare CR as a line ending among LF and CRLF, and a CR before LF once', () => {
    const inv = read('name,dailyChurnGB\rweb01,1\nweb02,2\r\nweb03,3\r\rweb04,4\n\rweb05,x');
    expect(inv.machines.map((m) => [m.name, m.line])).toEqual([
      ['web01', 2],
      ['web02', 3],
      ['web03', 4],
      ['web04', 6],
    ]);
    expect(inv.rejected).toMatchObject([{ line: 8, code: 'churn-not-number' }]);
  });

  it('starts with LF and later uses CRLF: still every line (papaparse guesses from the first break)', () => {
    const inv = read('name,churn GB\nvm1,1\r\nvm2,2\r\nvm3,3\r\n');
    expect(inv.machines.map((m) => [m.name, m.line])).toEqual([
      ['vm1', 2],
      ['vm2', 3],
      ['vm3', 4],
    ]);
  });

  it('a CRLF file with LF inside quoted cells (Excel Alt+Enter) keeps the cells whole and counts both', () => {
    const inv = read('name,churn GB,notes\r\nvm1,1,"first\nsecond"\r\nvm2,2,x\r\n');
    expect(inv.machines.map((m) => [m.name, m.line, m.extra])).toEqual([
      ['vm1', 2, ['first\nsecond']],
      ['vm2', 4, ['x']],
    ]);
  });

  it('the server file follows the same rule', () => {
    const r = readServers('name,site\r\nPS01,Seoul\nPS02,Seoul\r\nPS03,Busan\r\n');
    if (!r.ok) throw new Error(said(r.issues[0]));
    expect(r.value.servers.map((s) => [s.name, s.site, s.line])).toEqual([
      ['PS01', 'Seoul', 2],
      ['PS02', 'Seoul', 3],
      ['PS03', 'Busan', 4],
    ]);
  });

  it('leaves a text with one kind of break as it is (no copy), and rewrites a mixed one with LF', () => {
    const lf = 'a\nb\n';
    const crlf = 'a\r\nb\r\n';
    expect(unifyLineBreaks(lf)).toEqual({ text: lf, newline: '\n' });
    expect(unifyLineBreaks(crlf)).toEqual({ text: crlf, newline: '\r\n' });
    expect(unifyLineBreaks('a\rb\r\nc\nd')).toEqual({ text: 'a\nb\nc\nd', newline: '\n' });
    expect(unifyLineBreaks('a\rb\r')).toEqual({ text: 'a\nb\n', newline: '\n' });
  });
});

describe('CR-only files (old Mac; issue 10, item 6)', () => {
  it('reads a sep=; line in a CR-only file as the delimiter hint, not as the header', () => {
    const inv = read('sep=;\rname;dailyChurnGB\rweb01;1,5\rweb02;2\r');
    expect(inv.delimiter).toBe(';');
    expect(inv.machines.map((m) => [m.name, m.dailyChurnGB, m.line])).toEqual([
      ['web01', 1.5, 3],
      ['web02', 2, 4],
    ]);
  });

  it('numbers lines right in a CR-only file with a line feed inside a quoted cell', () => {
    const inv = read('name,churn GB,notes\rvm1,1,"a\nb"\rvm2,2,x\rvm3,x,y\r');
    expect(inv.machines.map((m) => [m.name, m.line])).toEqual([
      ['vm1', 2],
      ['vm2', 4],
    ]);
    expect(inv.rejected).toMatchObject([{ line: 5, code: 'churn-not-number' }]);
  });
});

describe('the line counter (issue 10, item 2)', () => {
  it('counts lines forward without an index: 120 million blank lines are no problem', () => {
    // An index of line starts overflowed V8's array limit here and killed the process.
    const text = `name,churn\n${'\n'.repeat(120_000_000)}vm,1\n`;
    const lineAt = createLineCounter(text);
    expect(lineAt(0)).toBe(1);
    expect(lineAt(text.length - 5)).toBe(120_000_002);
  });

  it('gives the line a record starts on, for offsets in file order', () => {
    const text = 'h\r\na\r\n\r\nb\nc';
    const lineAt = createLineCounter(text);
    expect([0, 3, 8, 10].map(lineAt)).toEqual([1, 2, 4, 5]);
  });
});
