import { describe, expect, it } from 'vitest';
import { translator } from '../src/i18n/catalogue';
import type { Lang } from '../src/i18n/format';
import { downloadedPlan, uploadInventory, uploadInventoryAs, waitForPlan } from './support/app';
import type { AppPage } from './support/browser';
import { appSession } from './support/session';
import { runCli } from '../test/support/run-cli';

/*
 * The network in the page (issue 15): a link set in the settings shows the network section, its
 * chart's data table and the machines of each wave, in English and Korean; the alerts point at
 * caches that fill; "Download plan (JSON)" is `plan --json` with the same link, byte for byte.
 */

const FILE = 'test/fixtures/cli/network.csv';
const openPage = appSession();
let app: AppPage;

// Sets the link as a person would: each figure typed, then Tab (the field applies it on change).
async function setLink(app: AppPage, lang: Lang, all: string, busan: string, goal: string) {
  const t = translator(lang);
  const p = app.page;
  const type = async (label: string, value: string) => {
    await p.getByLabel(label, { exact: true }).fill(value);
    await p.getByLabel(label, { exact: true }).press('Tab');
  };
  await type(t('network.settings.all'), all);
  await p.getByText(t('network.settings.perSite'), { exact: true }).click();
  await type(t('network.settings.site', { site: 'Busan' }), busan);
  await type(t('network.settings.goal'), goal);
}

describe('the network to Azure in the page', () => {
  it('shows the section, its data table and the waves’ machines once a link is set; the download is plan --json', async () => {
    app = await openPage();
    const p = app.page;
    await uploadInventory(p, FILE);
    await waitForPlan(p);
    expect(await p.getByTestId('network-section').count()).toBe(0);
    await setLink(app, 'en', '100', '50', '24');
    const section = p.getByTestId('network-section');
    await expect.poll(() => section.innerText()).toContain('Initial replication: 2 waves, done in 88.1 h (goal 24 h per wave).');
    const text = await section.innerText();
    expect(text).toContain('Network to Azure');
    expect(text).toContain('Average 13.3 Mbit/s over a 100 Mbit/s link.');
    expect(text).toContain('1 machine has neither used nor provisioned storage: left out of the waves.');
    expect(await p.getByTestId('network-risks').innerText()).toContain('PS01’s 1,024 GB cache is 80 % full in 35.6 h');
    // The chart draws a bar per wave; its data table says the same in rows.
    const seoul = section.locator('[data-site="Seoul"]');
    await expect
      .poll(() =>
        seoul.locator('canvas').evaluate((c) => (c as HTMLCanvasElement & { chart?: { data: { labels: string[] } } }).chart?.data.labels),
      )
      .toEqual(['Wave 1', 'Wave 2']);
    await seoul.getByText('Data table').click();
    // The table is written when it opens.
    await seoul.locator('table tbody tr').nth(1).waitFor();
    const rows = await seoul.locator('table tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t'))).toEqual([
      ['1', '2', '3,000', '100', '0', '68.3'],
      ['2', '2', '800', '91.81', '68.3', '19.8'],
    ]);
    await seoul.getByText('Machines of each wave').click();
    expect(await seoul.getByTestId('wave-machines').innerText()).toContain('Wave 2: 2 machines app-1, app-2');
    // Above the fold, the alert points at the network; the why-text says it too.
    expect(await p.locator('[data-alert="cache-fills"]').innerText()).toContain(
      'Churn outruns the link to Azure: 1 server’s cache fills, the first 80 % full in 35.6 h',
    );
    expect(await p.getByTestId('why-network').innerText()).toContain('In site Busan churn (102.4 Mbit/s) outruns the link (50 Mbit/s)');
    const cli = runCli('plan', [FILE, '--json', '--link-mbps', '100', '--link-mbps', 'Busan=50', '--ir-goal-hours', '24']);
    expect((await downloadedPlan(p)).text).toBe(cli.stdout);
    // Clearing the link takes the network away: the JSON is as without one.
    for (const label of ['Link for every site (Mbit/s)', 'Link of site Busan (Mbit/s)']) {
      await p.getByLabel(label, { exact: true }).fill('');
      await p.getByLabel(label, { exact: true }).press('Tab');
    }
    await expect.poll(() => section.count()).toBe(0);
    expect((await downloadedPlan(p)).text).toBe(runCli('plan', [FILE, '--json']).stdout);
    expect(app.errors).toEqual([]);
  });

  it('speaks Korean', async () => {
    app = await openPage({ locale: 'ko-KR' });
    const p = app.page;
    await uploadInventoryAs(p, translator('ko')('load.fileLabel'), FILE);
    await waitForPlan(p);
    await setLink(app, 'ko', '100', '50', '24');
    const section = p.getByTestId('network-section');
    await expect.poll(() => section.innerText()).toContain('초기 복제: 웨이브 2개, 88.1시간 만에 끝납니다(웨이브당 목표 24시간).');
    expect(await section.innerText()).toContain('Azure로 가는 네트워크');
    const seoul = section.locator('[data-site="Seoul"]');
    await seoul.getByText('데이터 표').click();
    await seoul.locator('table tbody tr').nth(1).waitFor();
    expect(await seoul.locator('table thead').innerText()).toContain('웨이브');
    expect(await seoul.locator('table tbody tr').count()).toBe(2);
    expect(await p.getByTestId('network-risks').innerText()).toContain('PS01의 캐시 1,024GB는 35.6시간 뒤 80%가 찹니다.');
    expect(app.errors).toEqual([]);
  });
});
