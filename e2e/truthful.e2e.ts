import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadedPlan, loadSample, uploadInventory, waitForPlan } from './support/app';
import type { AppPage } from './support/browser';
import { serverRow, waitForRebalance } from './support/running';
import { appSession } from './support/session';
import { runCli } from '../test/support/run-cli';

/*
 * Saying only what is true (issue 10, items 14–20), where the user meets it: the why-text, the
 * alerts above the fold, the charts (drawn: jsdom has no canvas), the running view's badges, and
 * the rejected rows.
 */

const openPage = appSession();
let app: AppPage;
const dir = mkdtempSync(join(tmpdir(), 'asr-truthful-'));

function csv(name: string, rows: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${rows.join('\n')}\n`);
  return file;
}

// 190 machines on the configuration server (95 % of CS-16's 200), one over any PS-12, 40 in Busan, three bad rows.
const unplacedFile = () =>
  csv('unplaced.csv', [
    'name,dailyChurnGB,site',
    ...Array.from({ length: 190 }, (_, i) => `seoul-${i},${5 + (i % 9)},Seoul`),
    'bigdb-01,2500.5,Seoul',
    ...Array.from({ length: 40 }, (_, i) => `busan-${i},${3 + (i % 5)},Busan`),
    'bad-01,abc,Seoul',
    ',5,Seoul',
    'bad-03,-4,Busan',
  ]);

/** What Chart.js drew in a figure (the canvas carries its chart for tests): scales' ticks, series, bars. */
interface Drawn {
  area: { top: number; bottom: number; left: number; right: number };
  /** Each scale's tick labels as drawn. */
  ticks: Record<string, string[]>;
  /** Each scale's tick values (a category axis: the index). */
  values: Record<string, number[]>;
  series: string[];
  /** Bars' centre and thickness across their category (y and height lying, x and width upright). */
  bars: { at: number; thickness: number; lying: boolean }[];
}

function drawn(page: Page, figure: string): Promise<Drawn | null> {
  return page.locator(`figure[data-chart="${figure}"] canvas`).evaluate((c) => {
    type Tick = { value: number; label: string | string[] };
    type Chart = {
      chartArea: Drawn['area'];
      scales: Record<string, { ticks: Tick[] }>;
      data: { datasets: { label?: string; type?: string }[] };
      getDatasetMeta: (i: number) => { data: { x: number; y: number; width?: number; height?: number; horizontal?: boolean }[] };
    };
    const chart = (c as HTMLCanvasElement & { chart?: Chart }).chart;
    if (!chart) return null;
    const ticks: Record<string, string[]> = {};
    const values: Record<string, number[]> = {};
    for (const [id, scale] of Object.entries(chart.scales)) {
      ticks[id] = scale.ticks.map((t) => String(t.label));
      values[id] = scale.ticks.map((t) => t.value);
    }
    const bars = chart.data.datasets
      .map((d, i) =>
        d.type === 'bar'
          ? chart
              .getDatasetMeta(i)
              .data.map((b) =>
                b.horizontal ? { at: b.y, thickness: b.height ?? 0, lying: true } : { at: b.x, thickness: b.width ?? 0, lying: false },
              )
          : [],
      )
      .flat();
    return { area: chart.chartArea, ticks, values, series: chart.data.datasets.map((d) => d.label ?? ''), bars };
  });
}

describe('a plan with an unplaced machine, rejected rows and a server at 95 %', () => {
  it('does not claim the built-in process server replicates every machine of the site', async () => {
    app = await openPage();
    await uploadInventory(app.page, unplacedFile());
    await waitForPlan(app.page);
    const why = await app.page.locator('#why-heading').locator('..').innerText();
    expect(why).not.toMatch(/every machine of this site/);
    expect(why).toContain('1 machine of this site can’t be placed on any one process server');
    expect(why).toContain('replicates the 190 machines of this site that a process server can take');
  });

  it('says above the fold what to check, with one click to each remedy, and the alerts match `plan --json`', async () => {
    app = await openPage();
    const file = unplacedFile();
    await uploadInventory(app.page, file);
    await waitForPlan(app.page);
    const p = app.page;
    const near = p.locator('[data-alert="near-limit"]');
    expect(await near.innerText()).toMatch(/One server is at or above 90% of a tier limit: CS is at 95% of its machine limit/);
    expect(await near.isVisible()).toBe(true);
    expect((await near.boundingBox())!.y + 40).toBeLessThan(800); // in the first screen at 1280 × 800
    expect(await p.locator('[data-alert="rejected"]').innerText()).toContain('3 rows of the file were rejected and are not in this plan.');
    // The warnings list below does not say the same again.
    expect(await p.locator('#warnings-heading').count()).toBe(0);
    const { doc } = await downloadedPlan(p);
    expect(doc.warnings.map((w) => w.code)).toEqual(['unplaced', 'near-limit']);
    expect(JSON.stringify(doc)).toBe(JSON.stringify(JSON.parse(runCli('plan', [file, '--json']).stdout)));

    await p.getByRole('button', { name: 'Apply the troubleshooting guide’s 70% headroom' }).click();
    await expect.poll(() => p.getByRole('slider', { name: 'Headroom (%)' }).inputValue()).toBe('70');
    await expect.poll(() => p.locator('[data-alert="near-limit"]').count()).toBe(0);
    await p.getByRole('slider', { name: 'Headroom (%)' }).fill('100');
    await p.getByRole('button', { name: 'Plan the Deployment Planner’s 30% growth' }).click();
    await expect.poll(() => p.getByRole('slider', { name: 'Growth (%)' }).inputValue()).toBe('30');
  });

  it('links the rejected-row count to the table, without touching the address', async () => {
    app = await openPage({ width: 390, height: 844 });
    await uploadInventory(app.page, unplacedFile());
    await waitForPlan(app.page);
    const p = app.page;
    // On a phone the sticky strip says there is something to check.
    expect(await p.locator('.plan-strip').innerText()).toMatch(/! 3 things to check/);
    await p.getByRole('link', { name: 'See the rejected rows' }).click();
    await expect.poll(() => p.evaluate(() => document.activeElement?.id)).toBe('rejected-heading');
    expect(await p.evaluate(() => location.hash)).toBe('');
    expect(await p.locator('#rejected-heading').isVisible()).toBe(true);
  });

  it('writes a column name whole in the rejected rows, even on a phone', async () => {
    app = await openPage({ width: 390, height: 844 });
    await uploadInventory(app.page, unplacedFile());
    await waitForPlan(app.page);
    const lines = await app.page.locator('#rejected-heading ~ .table-wrap tbody td:nth-child(2)').evaluateAll((cells) =>
      cells.map((td) => {
        const r = document.createRange();
        r.selectNodeContents(td);
        return [td.textContent, new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size];
      }),
    );
    expect(lines).toEqual([
      ['dailyChurnGB', 1],
      ['name', 1],
      ['dailyChurnGB', 1],
    ]);
  });

  it('says an unclosed quote once, in the rejected rows, not again in the notes', async () => {
    app = await openPage();
    await uploadInventory(app.page, 'test/fixtures/bad/unclosed-quote.csv');
    await waitForPlan(app.page);
    const page = await app.page.locator('#results').innerText();
    expect(page.match(/never closed/g)).toHaveLength(1);
  });
});

describe('charts', () => {
  it('labels every server and draws every bar whole past 30 servers', async () => {
    const file = csv('forty.csv', ['name,dailyChurnGB', ...Array.from({ length: 9000 }, (_, i) => `vm-${i},${1 + (i % 11)}`)]);
    app = await openPage();
    await uploadInventory(app.page, file);
    await waitForPlan(app.page);
    const servers = JSON.parse(runCli('plan', [file, '--json']).stdout).servers.map((s: { id: string }) => s.id) as string[];
    expect(servers.length).toBeGreaterThan(30);
    // The servers' axis, upright or lying: the one whose ticks name CS.
    const serverTicks = (d: Drawn | null) => Object.values(d?.ticks ?? {}).find((t) => t.includes('CS')) ?? [];
    await expect.poll(async () => serverTicks(await drawn(app.page, 'utilisation'))).toEqual(servers);
    // Each bar lies inside the plot: none cut at an edge.
    const d = (await drawn(app.page, 'utilisation'))!;
    expect(d.bars).toHaveLength(2 * servers.length);
    const cut = d.bars.filter((b) => {
      const [lo, hi] = b.lying ? [d.area.top, d.area.bottom] : [d.area.left, d.area.right];
      return b.at - b.thickness / 2 < lo - 0.5 || b.at + b.thickness / 2 > hi + 0.5;
    });
    expect(cut).toEqual([]);
  });

  it('counts machines in whole numbers on the churn histogram', async () => {
    app = await openPage();
    await uploadInventory(app.page, csv('three.csv', ['name,dailyChurnGB', 'a,1', 'b,30', 'c,30']));
    await waitForPlan(app.page);
    await expect.poll(async () => (await drawn(app.page, 'churn'))?.values.y ?? []).not.toEqual([]);
    const values = (await drawn(app.page, 'churn'))!.values.y!;
    expect(values.filter((v) => !Number.isInteger(v))).toEqual([]);
    // Every bin keeps its label.
    expect((await drawn(app.page, 'churn'))!.ticks.x).toHaveLength(12);
  });

  it('plots the unplaced machines beside the servers and says why more churn shows fewer servers', async () => {
    app = await openPage();
    await uploadInventory(
      app.page,
      csv('what-if.csv', [
        'name,dailyChurnGB',
        ...Array.from({ length: 60 }, (_, i) => `web-${i},${5 + (i % 7)}`),
        'bigdb,1500',
        'olap,1100',
      ]),
    );
    await waitForPlan(app.page);
    const figure = app.page.locator('figure[data-chart="what-if"]');
    await figure.getByTestId('what-if-drop').first().waitFor();
    expect(await figure.getByTestId('what-if-drop').first().innerText()).toMatch(
      /^More churn never needs fewer servers: at 1\.9× the count falls from 1 to 0 because machines stop fitting any one process server and are left unplaced/,
    );
    await expect.poll(async () => (await drawn(app.page, 'what-if'))?.series ?? []).toContain('Unplaced machines');
    await figure.locator('summary').click();
    expect(await figure.locator('thead').innerText()).toMatch(/Unplaced machines/);
  });
});

describe('the running view says what it measured and what it assumed', () => {
  it('loads the server file with the running sample chosen in the plan view’s list, and a server over its limit is a warning', async () => {
    app = await openPage();
    await loadSample(app.page, /Running deployment/);
    await waitForRebalance(app.page);
    await app.page.getByTestId('server-file-summary').getByText('5 servers accepted').waitFor();
    const ps02 = serverRow(app.page, 'PS02');
    expect(await ps02.getAttribute('data-status')).toBe('warning');
    expect(await ps02.locator('.cell-health').innerText()).toMatch(/warning[\s\S]*over its machine limit/);
    expect(await serverRow(app.page, 'CS').locator('th').innerText()).toMatch(/Configuration server · Seoul/);
  });

  it('without a server file: nothing measured is not healthy, and CS is a scale-out server only “assumed”', async () => {
    app = await openPage();
    await loadSample(app.page, /Running deployment/);
    await waitForRebalance(app.page);
    await app.page.getByRole('button', { name: 'Remove server file' }).click();
    const cs = serverRow(app.page, 'CS');
    await expect.poll(() => cs.getAttribute('data-status')).toBe('not-measured');
    expect(await cs.locator('.cell-health').innerText()).toMatch(/not measured/);
    expect(await cs.locator('.cell-health').innerText()).not.toMatch(/healthy/);
    const head = await cs.locator('th').innerText();
    expect(head).toMatch(/CS PS-\d+, assumed/);
    expect(head).toMatch(/Scale-out process server, assumed · Seoul/);
    expect(await app.page.locator('[data-count="healthy"]').innerText()).toBe('0 healthy');
    expect(await app.page.locator('[data-count="not-measured"]').innerText()).toMatch(/^\d+ not measured$/);
  });
});
