import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishedClassicPlan } from '../../src/io/documents';
import type { RebalanceDocument } from '../../src/io/documents/rebalance-document';
import { runCli } from '../support/run-cli';

// Issue 10, "Reading files", as a user meets it on the command line.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'asr-reading-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
// Any C0 control but the line feed, DEL, or a C1 control: none may reach a terminal from a file.
const RAW_CONTROL = /(?!\n)\p{Cc}/u;
const PADDING = Array.from({ length: 20 }, (_, i) => `ordinary-machine-${i},${i + 1},Seoul\n`).join('');

describe('terminal control characters (item 9)', () => {
  it('writes out every control character of the files in the readable report', () => {
    const path = file('escape.csv', `name,dailyChurnGB,site\n"clear\u001b[2J",1,Seoul\nweb01,2,"Bad\u001b]0;title\u0007site"\n${PADDING}`);
    const r = runCli('plan', [path]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain("line 2: The name in 'name' ('clear\\x1b[2J') contains a line break or a control character");
    expect(r.stdout).toContain('Bad\\x1b]0;title\\x07site');
    // The JSON keeps the data as it is: JSON escapes it, and it must equal the page's download.
    const json = JSON.parse(runCli('plan', [path, '--json']).stdout) as PublishedClassicPlan;
    expect(json.sites.map((s) => s.site)).toContain('Bad\u001b]0;title\u0007site');
  });

  it('writes them out in an error message on stderr too', () => {
    const r = runCli('plan', [file('escape-header.csv', `\u001b[31mname\u001b[0m;x\nweb01;1\n${PADDING}`)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("'\\x1b[31mname\\x1b[0m'");
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe('sites compare as host names do (item 7)', () => {
  const path = () => file('sites.csv', 'name,dailyChurnGB,site\nweb01,5,Seoul\nweb02,6,seoul\nweb03,7,SEOUL\ndb01,9,Busan\n');

  it('plans one site for Seoul, seoul and SEOUL, shown as first written', () => {
    const doc = JSON.parse(runCli('plan', [path(), '--json']).stdout) as PublishedClassicPlan;
    expect(doc.sites.map((s) => [s.site, s.machines])).toEqual([
      ['Busan', 1],
      ['Seoul', 3],
    ]);
  });

  it('takes --config-site in any case and uses the inventory’s spelling', () => {
    const r = runCli('plan', [path(), '--json', '--config-site', 'busan']);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as PublishedClassicPlan).settings.configSite).toBe('Busan');
  });
});

describe('the server file (item 8)', () => {
  it('rejects a row an unquoted decimal comma shifted, and lists it in the report', () => {
    const inventory = file('running.csv', 'name,dailyChurnGB,process server\nweb01,5,PS01\nweb02,6,PS02\n');
    const servers = file('servers.csv', 'name,role,cpu %,memory %\nPS01,scale-out,95,5,70\nPS02,scale-out,50,60\n');
    const json = runCli('rebalance', [inventory, '--servers', servers, '--json']);
    expect(json.stderr).toBe('');
    const doc = JSON.parse(json.stdout) as RebalanceDocument;
    expect(doc.rejected.servers).toMatchObject([{ line: 2, code: 'row-shape', value: '70' }]);
    const text = runCli('rebalance', [inventory, '--servers', servers]);
    expect(text.stdout).toMatch(/Rejected server rows \(1\):\n {2}- line 2: The row has 5 cells but the header has 4/);
  });
});

describe('summary rows (item 5)', () => {
  it('are listed as skipped in the readable report, and counted in its first lines', () => {
    const r = runCli('plan', [file('total.csv', 'name,dailyChurnGB\nweb01,1000\nweb02,2000\nGrand Total,3000\n')]);
    expect(r.stdout).toContain('Machines 2 · rejected rows 0 · skipped rows 1 · unplaced 0');
    expect(r.stdout).toContain('Skipped rows (1):\n  - line 4: A summary row (named Total, Grand total or Sum, or the same in Korean)');
  });

  it('are listed by rebalance too, in its JSON and its report', () => {
    const path = file('running-total.csv', 'name,dailyChurnGB,process server\nweb01,5,PS01\nweb02,6,PS01\n합계,11,\n');
    const doc = JSON.parse(runCli('rebalance', [path, '--json']).stdout) as RebalanceDocument;
    expect(doc.summary).toMatchObject({ machines: 2, rejectedRows: 0, skippedRows: 1 });
    expect(doc.skipped).toEqual([{ line: 4, reason: 'summary-row' }]);
    expect(runCli('rebalance', [path]).stdout).toContain('Skipped inventory rows (1):\n  - line 4: A summary row');
  });
});
