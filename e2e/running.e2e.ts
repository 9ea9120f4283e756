import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RebalanceDocument } from '../src/io/documents/rebalance-document';
import { downloadText, loadSample, uploadInventory } from './support/app';
import type { AppPage } from './support/browser';
import { appSession } from './support/session';
import { RUNNING_INVENTORY, RUNNING_SERVERS, runningMetric, serverRow, uploadServers, waitForRebalance } from './support/running';
import { runCli } from '../test/support/run-cli';

const openPage = appSession();
let app: AppPage;

const cliJson = (...extra: string[]) => {
  const r = runCli('rebalance', [RUNNING_INVENTORY, '--servers', RUNNING_SERVERS, '--json', ...extra]);
  expect(r.code).toBe(0);
  return r.stdout;
};

/** The running sample from the sample list, then its server file from the running view's button. */
async function loadRunningSample(): Promise<void> {
  await loadSample(app.page, /Running deployment/);
  await app.page.getByRole('button', { name: 'Load sample server file' }).click();
  await app.page.getByTestId('server-file-summary').getByText('5 servers accepted').waitFor();
  await waitForRebalance(app.page);
}

describe('the running-deployment view in Chromium', () => {
  it('explains what it needs and loads the sample from its empty state', async () => {
    app = await openPage();
    await app.page.getByRole('button', { name: 'Running deployment' }).click();
    const empty = app.page.getByTestId('running-empty');
    expect(await empty.innerText()).toMatch(/processServer column/);
    await empty.getByRole('button', { name: 'Load the sample running deployment' }).click();
    await waitForRebalance(app.page);
    expect(await runningMetric(app.page, 'moved')).toBe('26');
    expect(await app.page.getByTestId('server-file-summary').innerText()).toContain(
      'running-deployment-servers.csv: 5 servers accepted, 0 rows rejected',
    );
  });

  it('shows PS02 over its machine limit, PS03 critical on cache, the moves, and nothing moved off servers that need nothing', async () => {
    app = await openPage();
    await loadRunningSample();
    const p = app.page;
    const ps02 = serverRow(p, 'PS02');
    // Healthy figures on a server over its machine limit: a warning that says which limit (issue 10, item 16).
    expect(await ps02.getAttribute('data-status')).toBe('warning');
    expect(await ps02.locator('.cell-health').innerText()).toMatch(/warning[\s\S]*over its machine limit/);
    expect(await ps02.locator('.cell-role').innerText()).toMatch(/over its machine limit/);
    expect(await ps02.locator('.cell-machines').innerText()).toMatch(/162 → 150/);
    const ps03 = serverRow(p, 'PS03');
    expect(await ps03.locator('.cell-health').innerText()).toMatch(/critical[\s\S]*cache free space 22%/);
    expect(await ps03.locator('.cell-role').innerText()).toMatch(/critical on cache free space/);
    expect(await serverRow(p, 'PS01').locator('.cell-health').innerText()).toMatch(/warning[\s\S]*version 9\.56\.6879\.1 > 9\.55\.6765\.1/);
    expect(await serverRow(p, 'PS04').locator('.cell-health').innerText()).toMatch(/warning[\s\S]*Log Upload Service/);
    // The guide's steps, in plain words.
    expect(await p.locator('.todo-server[data-server="PS03"]').innerText()).toMatch(/Don’t add new machines to this process server/);

    const doc = JSON.parse(cliJson()) as RebalanceDocument;
    const rows = p.getByTestId('move-list').locator('tbody tr');
    expect(await rows.count()).toBe(doc.moves.length);
    const froms = new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-from'))));
    expect(froms).toEqual(new Set(['PS02', 'PS03', '']));
    const calm = doc.servers.filter((s) => s.target === null).map((s) => s.id);
    expect(calm.sort()).toEqual(['CS', 'PS01', 'PS04']);
    for (const id of calm) expect(await serverRow(p, id).locator('.cell-role').innerText()).not.toMatch(/gives/);
  });

  it('downloads the rebalance exactly as `rebalance --json` prints it, also after a newer setting and in Korean', async () => {
    app = await openPage();
    await loadRunningSample();
    const first = await downloadText(app.page, 'Download rebalance (JSON)');
    expect(first.name).toBe('running-deployment-rebalance.json');
    expect(first.text).toBe(cliJson());

    // Two settings in a row: the newer one is what shows and what downloads.
    const slider = app.page.getByRole('slider', { name: 'Headroom (%)' });
    await slider.fill('80');
    await slider.fill('70');
    const at70 = JSON.parse(cliJson('--headroom', '70')) as RebalanceDocument;
    await expect.poll(() => runningMetric(app.page, 'moved')).toBe(String(at70.summary.machinesMoved));
    await app.page.locator('.app-header select').selectOption('ko');
    await app.page.getByRole('button', { name: '재분배 다운로드(JSON)' }).waitFor();
    const korean = await downloadText(app.page, '재분배 다운로드(JSON)');
    expect(korean.text).toBe(cliJson('--headroom', '70'));
    // The page itself speaks Korean, in the Korean docs' terms.
    expect(await app.page.locator('#todo-heading').innerText()).toBe('서버별 조치');
    expect(await app.page.locator('.todo-server[data-server="PS03"]').innerText()).toMatch(/캐시 디스크 여유 공간/);
  });

  it('reads an uploaded server file, lists its rejected rows, exports moves injection-safe, and shows hostile names as text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asr-running-'));
    const hostile = ['"=cmd|\' /C calc\'!A0"', '@SUM(1+1)', '+1+1', '-2+3', '<img src=x onerror=alert(1)>'];
    const lines = ['name,dailyChurnGB,site,processServer', ...hostile.map((n) => `${n},0.01,Seoul,PS01`)];
    for (let i = 1; i <= 85; i++) lines.push(`m-${String(i).padStart(3, '0')},1,Seoul,PS01`);
    for (let i = 1; i <= 10; i++) lines.push(`p-${String(i).padStart(3, '0')},1,Seoul,PS02`);
    const inventory = join(dir, 'hostile.csv');
    const servers = join(dir, 'hostile-servers.csv');
    writeFileSync(inventory, `${lines.join('\n')}\n`);
    writeFileSync(
      servers,
      'name,role,site,vcpu,memoryGB,cacheGB,cpuPercent\nCS,configuration,Seoul,16,32,1024,40\nPS01,scale-out,Seoul,4,8,300,50\nPS02,scale-out,Seoul,12,24,1024,30\nPS09,scale-out,Seoul,4,8,300,150\n',
    );

    app = await openPage();
    await app.page.getByRole('button', { name: 'Running deployment' }).click();
    await uploadInventory(app.page, inventory);
    await uploadServers(app.page, servers);
    await app.page.getByTestId('server-file-summary').getByText('3 servers accepted, 1 row rejected').waitFor();
    await waitForRebalance(app.page);

    const rejected = app.page.getByTestId('server-rejected').locator('tbody tr');
    expect(await rejected.count()).toBe(1);
    expect(await rejected.first().innerText()).toMatch(/^5\s+cpuPercent\s+150\s+\S/);

    const { text: csv } = await downloadText(app.page, 'Download moves (CSV)');
    const out = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(out[0]).toBe('machine,site,group,from,to,churnGBPerDay,reason');
    expect(out).toHaveLength(6);
    const cells = out.slice(1).map((l) => l.split(',')[0]);
    expect(cells).toEqual(expect.arrayContaining(["'=cmd|' /C calc'!A0", "'@SUM(1+1)", "'+1+1", "'-2+3", '<img src=x onerror=alert(1)>']));
    for (const l of out.slice(1)) expect(l).toMatch(/^[^=+\-@]/);

    const { text: json } = await downloadText(app.page, 'Download rebalance (JSON)');
    expect(json).toBe(runCli('rebalance', [inventory, '--servers', servers, '--json']).stdout);
    const names = await app.page.getByTestId('move-list').locator('td.machine').allInnerTexts();
    expect(names.sort()).toEqual([...hostile.map((n) => n.replace(/^"(.*)"$/, '$1'))].sort());
    expect(await app.page.locator('img[src="x"]').count()).toBe(0);
  });

  it('goes back to the inventory alone when the server file is removed', async () => {
    app = await openPage();
    await loadRunningSample();
    await app.page.getByRole('button', { name: 'Remove server file' }).click();
    // Nothing is measured without a server file: its own state, never healthy.
    await expect.poll(() => serverRow(app.page, 'PS03').getAttribute('data-status')).toBe('not-measured');
    expect(await app.page.locator('.sidebar').innerText()).toContain('No server file');
    const { text } = await downloadText(app.page, 'Download rebalance (JSON)');
    expect(text).toBe(runCli('rebalance', [RUNNING_INVENTORY, '--json']).stdout);
  });

  it('says why an inventory without a processServer column gives no rebalance', async () => {
    app = await openPage();
    await loadSample(app.page, /Small shop/);
    await app.page.getByTestId('server-table').waitFor();
    await app.page.getByRole('button', { name: 'Running deployment' }).click();
    const empty = app.page.getByTestId('running-empty');
    await empty.getByRole('alert').waitFor();
    expect(await empty.getByRole('alert').innerText()).toMatch(/no processServer column/);
    expect(await empty.getByRole('button', { name: 'Load the sample running deployment' }).count()).toBe(1);
  });

  it('has the accessible names automated checks rely on', async () => {
    app = await openPage();
    await loadRunningSample();
    const p = app.page;
    await expect(p.getByLabel('Process server CSV').count()).resolves.toBe(1);
    for (const name of ['Churn multiplier', 'Growth (%)', 'Headroom (%)'])
      await expect(p.getByRole('slider', { name }).count()).resolves.toBe(1);
    for (const name of [
      'Load sample server file',
      'Remove server file',
      'Print change list',
      'Download moves (CSV)',
      'Download rebalance (JSON)',
    ]) {
      await expect(p.getByRole('button', { name, exact: true }).count()).resolves.toBe(1);
    }
    await expect(
      p
        .getByRole('table')
        .filter({ has: p.getByRole('columnheader', { name: 'Rebalance' }) })
        .count(),
    ).resolves.toBe(1);
    await expect(p.getByRole('img', { name: 'Machines per server' }).count()).resolves.toBe(1);
  });

  it('prints the change list, one table per source server, and no controls', async () => {
    app = await openPage();
    await loadRunningSample();
    await app.page.getByRole('img', { name: 'Machines per server' }).waitFor();
    const dir = mkdtempSync(join(tmpdir(), 'asr-running-pdf-'));
    const pdf = join(dir, 'change-list.pdf');
    await app.page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const part of [
      'Process server change list',
      'running-deployment-servers.csv',
      'What to do, server by server',
      'Manage > Site Recovery Infrastructure',
      'Load balance',
      'From PS02 (Seoul): 12 machines',
      'Load balance → target PS01: 7 machines',
      'Load balance → target CS: 5 machines',
      'From PS03 (Busan): 10 machines',
      'Load balance → target PS04: 10 machines',
      'Not replicated yet (Seoul)',
      'sel-mes-035',
      'pus-db-013',
      '☐',
    ]) {
      expect(text, part).toContain(part);
    }
    for (const control of [
      'Print change list',
      'Download moves (CSV)',
      'Download rebalance (JSON)',
      'Load sample server file',
      'Choose server file',
      'Remove server file',
    ]) {
      expect(text, control).not.toContain(control);
    }
  });
});
