import { describe, expect, it } from 'vitest';
import { decodeInventoryBytes, readInventory } from '../../../src/io/inventory';
import { MAX_DATA_ROWS, READ_LIMITS } from '../../../src/io/limits';
import { read, readFails } from './helpers';
import { rejectTextOrEmpty as textOf } from '../../support/reject-text';
import { said } from '../../support/said';

const small = (maxDataRows: number) => ({ ...READ_LIMITS, maxDataRows });
const fatal = (text: string, ...args: Parameters<typeof readInventory> extends [string, ...infer R] ? R : never) => {
  const r = readInventory(text, ...args);
  if (r.ok) throw new Error('expected a failure');
  return r.issues;
};

describe('the row limit', () => {
  it('reads exactly the limit, blank lines not counted', () => {
    const r = readInventory('name,churn GB\nvm1,1\n\n\nvm2,2\nvm3,3\n', {}, small(3));
    expect(r.ok && r.value.dataRows).toBe(3);
  });

  it('stops at the first row over it, naming the limit and the line', () => {
    const [issue] = fatal('name,churn GB\nvm1,1\n\nvm2,2\nvm3,3\nvm4,4\nvm5,5\n', {}, small(3));
    expect(issue).toMatchObject({ code: 'too-many-rows', line: 6, params: { limit: 3, line: 6 } });
    expect(said(issue)).toBe(
      'The file has more than 3 machine rows, the most the planner reads; reading stopped at line 6. Split the inventory by site (one file per site) and plan each file.',
    );
  });

  it('counts rejected rows too: the limit is on rows read, not machines', () => {
    expect(fatal('name,churn GB\n,1\nvm,\nvm2,x\n', {}, small(2))[0]?.code).toBe('too-many-rows');
  });

  it('stops reading there rather than at the end of the file', () => {
    const seen: number[] = [];
    const text = `name,churn GB\n${'vm,1\n'.repeat(50_000)}`;
    const r = readInventory(text, { onProgress: (p) => seen.push(p.rows) }, small(5000));
    expect(!r.ok && r.issues[0]?.code).toBe('too-many-rows');
    expect(seen).toEqual([5000]); // progress every 5000 rows: nothing after the limit was read
  });

  it(`holds at the real limit: ${MAX_DATA_ROWS} rows read, one more refused at line 1,000,002`, () => {
    // Rows with an empty name are the cheapest non-blank rows to build and to read.
    const at = readInventory(`name,churn GB\n${',1\n'.repeat(MAX_DATA_ROWS)}`);
    expect(at.ok && at.value.dataRows).toBe(MAX_DATA_ROWS);
    const over = readInventory(`name,churn GB\n${',1\n'.repeat(MAX_DATA_ROWS + 1)}`);
    expect(!over.ok && over.issues[0]).toMatchObject({ code: 'too-many-rows', line: 1_000_002 });
    expect(!over.ok && said(over.issues[0])).toMatch(/more than 1,000,000 machine rows.*stopped at line 1,000,002/);
  }, 30_000);
});

describe('a header without rows', () => {
  it('is refused with no-data-rows, naming the header line', () => {
    const [issue] = readFails('\n\nname,churn GB\n\n ,, \n');
    expect(issue).toMatchObject({ code: 'no-data-rows', line: 3, params: { headerLine: 3 } });
    expect(said(issue)).toMatch(
      /^The file has a header but no machine rows: after the header on line 3 there are only blank lines\. Add one row per machine/,
    );
  });

  it('skips a million blank lines in well under a few seconds', () => {
    const t0 = performance.now();
    expect(readFails(`name,churn GB\r\n${'\r\n'.repeat(1_000_000)}`)[0]?.code).toBe('no-data-rows');
    const after = read(`name,churn GB\n${'\n'.repeat(1_000_000)}vm,1\n`);
    // A guard against quadratic work (a million lines would take hours), not a benchmark.
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(after.machines.map((m) => m.line)).toEqual([1_000_002]);
  });

  it('without a header at all, a million blank lines are an empty file', () => {
    expect(readFails('\n'.repeat(1_000_000))[0]?.code).toBe('empty');
  });
});

describe('long cells', () => {
  it('takes a 255-character name and rejects a 256-character one with name-too-long', () => {
    const ok = 'a'.repeat(255);
    const inv = read(`name,churn GB\n${ok},1\n${'b'.repeat(256)},2\n`);
    expect(inv.machines.map((m) => m.name)).toEqual([ok]);
    expect(inv.rejected[0]).toMatchObject({ line: 3, code: 'name-too-long', column: 'name' });
    expect(textOf(inv.rejected[0]!)).toMatch(
      /^The name in 'name' is 256 characters long \('b{79}…'\), more than the 255 a machine name may have\./,
    );
  });

  it('keeps messages and kept values short whatever the cell holds', () => {
    const huge = '7'.repeat(10_000);
    const inv = read(`name,churn GB,notes\n${'x'.repeat(10_000)},1,\nvm,${huge},\nvm2,1,${'n'.repeat(10_000)}\nvm2,2,\n`);
    expect(inv.rejected.map((r) => r.code)).toEqual(['name-too-long', 'churn-not-finite', 'duplicate-name']);
    for (const r of inv.rejected) {
      expect(r.value.length).toBeLessThanOrEqual(80);
      expect(textOf(r).length).toBeLessThan(400);
    }
    expect(inv.rejected[1]!.value).toBe(`${'7'.repeat(79)}…`);
    // A long cell in a column kept for display is kept whole: it is not an error.
    expect(inv.machines[0]!.extra).toEqual(['n'.repeat(10_000)]);
  });
});

describe('unclosed quotes', () => {
  it('rejects the record that swallowed the rest of the file, naming the lines', () => {
    const inv = read('name,churn GB,notes\nvm1,1,ok\nvm2,2,"open\nvm3,3,\nvm4,4,\n\n');
    expect(inv.machines.map((m) => m.name)).toEqual(['vm1']);
    expect(inv.rejected).toEqual([expect.objectContaining({ line: 3, code: 'unclosed-quote', column: 'notes' })]);
    expect(textOf(inv.rejected[0]!)).toMatch(
      /^A quote opened in 'notes' on line 3 is never closed, so the rest of the file \(lines 3–5\) was read as one value/,
    );
    // Said once, by the rejected row: a note saying it again would read as a second problem (issue 10, item 20).
    expect(inv.notices.filter((n) => n.code === 'unclosed-quote')).toEqual([]);
  });

  it('refuses a header whose quote never closes', () => {
    expect(readFails('name,"churn GB\nvm1,1\n')[0]).toMatchObject({ code: 'unclosed-quote', line: 1 });
  });
});

describe('the wrong delimiter', () => {
  it("says once that a '|' file is not supported, without the list of header spellings", () => {
    const issues = readFails('name|churn GB\nvm|1\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'no-name-column', params: { delimiter: 'comma', suggested: 'pipe' } });
    expect(said(issues[0])).toBe(
      "No column holds the machine name. Headers found: 'name|churn GB'. The header was read as one column split on ',' (comma), " +
        "and it contains '|': files delimited with '|' (pipe) are not supported. Save the inventory as CSV with commas, semicolons or tabs.",
    );
  });

  it('keeps the spellings when nothing points at another delimiter', () => {
    const [issue] = readFails('name\nvm\n');
    expect(issue).toMatchObject({ code: 'no-churn-column', params: { delimiter: 'comma', suggested: '' } });
    expect(said(issue)).toMatch(
      /so if the file uses another delimiter, save it as CSV with commas, semicolons or tabs\. A churn column is recognised by any of: dailyChurnGB/,
    );
  });

  it('names the delimiter used and the one the header seems to use', () => {
    const [issue] = readFails('name;churn GB\nvm;1\n', { delimiter: ',' });
    expect(issue!.params).toMatchObject({ delimiter: 'comma', suggested: 'semicolon' });
    expect(said(issue)).toContain(
      "The header was read as one column split on ',' (comma), but it contains ';': the file is probably semicolon-delimited.",
    );
    const [tab] = readFails('name,churn GB\nvm,1\n', { delimiter: '\t' });
    expect(said(tab)).toContain("split on '\\t' (tab), but it contains ',': the file is probably comma-delimited");
  });

  it('adds no delimiter advice when the header has several columns', () => {
    const [issue] = readFails('host,churn GB\nvm,1\n');
    expect(issue!.code).toBe('no-name-column');
    expect(said(issue)).not.toMatch(/delimit/);
  });

  it('quotes headers cut short', () => {
    const [issue] = readFails(`${'h'.repeat(5000)},churn GB\nvm,1\n`);
    expect(said(issue).length).toBeLessThan(1500);
    expect(said(issue)).toContain(`'${'h'.repeat(79)}…'`);
  });
});

describe('whole-file notices', () => {
  it('notes names that are all numbers, keeping the rows', () => {
    const inv = read('Name,Host,churn GB\n1,web,1\n2,db,2\n3,app,3\n4,x,4\n');
    expect(inv.machines).toHaveLength(4);
    const n = inv.notices.find((x) => x.code === 'numeric-names');
    expect(n).toMatchObject({ column: 'Name', params: { column: 'Name', examples: '1, 2, 3', count: 4 } });
  });

  it('says nothing when one name is a real name, or there are none', () => {
    expect(read('name,churn GB\n1001,1\nweb-01,2\n').notices.map((x) => x.code)).not.toContain('numeric-names');
    expect(read('name,churn GB\n1,x\n').notices.map((x) => x.code)).not.toContain('numeric-names');
  });

  it('says once when no row is a usable machine, with the first reason', () => {
    const inv = read('name,churn GB\n,1\nvm,\n');
    expect(said(inv.notices.find((x) => x.code === 'no-valid-row'))).toMatch(
      /^The file has no valid machine row: all 2 data rows were rejected\. The first, on line 2: The name column 'name' is empty/,
    );
  });
});

describe('UTF-16 without a byte-order mark', () => {
  const text = 'name,dailyChurnGB\r\nweb-01,12.5\r\n서버-01,3\r\n';
  const utf16 = (t: string, le: boolean) => {
    const b = new Uint8Array(t.length * 2);
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      b[2 * i + (le ? 0 : 1)] = c & 0xff;
      b[2 * i + (le ? 1 : 0)] = c >> 8;
    }
    return b;
  };

  it.each([
    ['little', true],
    ['big', false],
  ] as const)('%s-endian is refused as binary, saying to save as CSV UTF-8', (_, le) => {
    const r = decodeInventoryBytes(utf16(text, le));
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'binary', params: { reason: 'utf16-no-bom' } });
    expect(!r.ok && said(r.issues[0])).toMatch(/UTF-16 text without a byte-order mark.*Save it as "CSV UTF-8"/);
  });

  it('with a byte-order mark it is read, with a notice', () => {
    const r = decodeInventoryBytes(new Uint8Array([0xff, 0xfe, ...utf16(text, true)]));
    expect(r.ok && r.value.text).toBe(text);
    expect(r.ok && r.value.notices[0]?.code).toBe('encoding-utf16');
  });

  it('binary data with NULs stays plain binary', () => {
    const r = decodeInventoryBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'binary', params: { reason: 'binary' } });
  });
});
