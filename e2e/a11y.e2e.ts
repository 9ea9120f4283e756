import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translator } from '../src/i18n/catalogue';
import type { Lang } from '../src/i18n/format';
import { uploadInventoryAs, waitForPlan } from './support/app';
import { seriousViolations } from './support/axe';
import type { AppPage } from './support/browser';
import { appSession } from './support/session';
import { waitForRebalance } from './support/running';

/*
 * axe-core on every view and state a person meets, in both languages and both colour schemes:
 * zero serious or critical violations. Contexts here bypass the CSP to inject axe (see support/axe.ts).
 */

const openPage = appSession();
let app: AppPage;

const COMBOS = (['en', 'ko'] as const).flatMap((lang) => (['light', 'dark'] as const).map((scheme) => ({ lang, scheme })));
const LOCALE: Record<Lang, string> = { en: 'en-US', ko: 'ko-KR' };

/** Asserts no serious or critical violation, naming the state when there is one. */
async function clean(page: Page, state: string): Promise<void> {
  const found = await seriousViolations(page);
  expect(found, `${state}: ${JSON.stringify(found, null, 2)}`).toEqual([]);
}

describe.each(COMBOS)('axe, $lang, $scheme', ({ lang, scheme }) => {
  const t = translator(lang);
  const open = () => openPage({ locale: LOCALE[lang], colorScheme: scheme, bypassCSP: true });

  it('the plan view: empty, a loaded plan with a server expanded and a chart table open, the columns, the share link', async () => {
    app = await open();
    const p = app.page;
    expect(await p.locator('html').getAttribute('lang')).toBe(lang);
    await clean(p, 'empty plan view');

    await p.locator('#sample-select').selectOption('estate');
    await p.getByRole('button', { name: t('load.sample'), exact: true }).click();
    await waitForPlan(p);
    await p
      .getByText(t('chart.whatif.title', { role: 'scale-out' }))
      .first()
      .waitFor();
    await p.getByTestId('server-table').getByRole('button', { expanded: false }).first().click();
    await p.getByText(t('chart.table')).first().click();
    await p.locator('.charts table').first().waitFor();
    await clean(p, 'loaded plan, server expanded, data table open');

    await p.locator('details.mapping > summary').click();
    await p.locator('#map-churn').waitFor();
    await clean(p, 'column mapping open');

    // The network to Azure (issue 15): a link typed, its section with a data table and a wave's machines open.
    await p.getByLabel(t('network.settings.all'), { exact: true }).fill('2000');
    await p.getByLabel(t('network.settings.all'), { exact: true }).press('Tab');
    const network = p.getByTestId('network-section');
    await network.getByText(t('chart.table')).first().click();
    await network.locator('table tbody tr').first().waitFor();
    await network.getByText(t('network.machinesOfWaves')).first().click();
    await network.getByTestId('wave-machines').first().waitFor();
    await clean(p, 'network section, data table and wave machines open');

    // The link field shows when copying is refused: make the clipboard refuse.
    await p.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
    });
    await p.getByRole('button', { name: t('actions.share'), exact: true }).click();
    await p.getByRole('textbox', { name: t('share.linkLabel') }).waitFor();
    await clean(p, 'share link shown');
  });

  it('a file that cannot be read', async () => {
    app = await open();
    await uploadInventoryAs(app.page, t('load.fileLabel'), {
      name: 'estate.xlsx',
      mimeType: 'application/vnd.ms-excel',
      buffer: Buffer.from('PK\u0003\u0004 not a workbook \u0000\u0001'),
    });
    await app.page.getByTestId('read-failure').waitFor();
    await clean(app.page, 'read failure');
  });

  it('the running view: empty, the sample with its server file and a table open, then without it and assumptions open', async () => {
    app = await open();
    const p = app.page;
    await p.getByRole('button', { name: t('nav.running'), exact: true }).click();
    await p.getByTestId('running-empty').waitFor();
    await clean(p, 'running view, empty');

    await p.getByRole('button', { name: t('running.empty.sample') }).click();
    await waitForRebalance(p);
    await p.getByTestId('server-file-summary').getByText('running-deployment-servers.csv').waitFor();
    await p.getByText(t('chart.table')).first().click();
    await p.locator('.charts table').first().waitFor();
    await clean(p, 'running view with the sample and its server file');

    // Without the server file every tier is assumed: the folded assumptions appear.
    await p.getByRole('button', { name: t('running.servers.remove') }).click();
    await p.locator('details.assumptions > summary').first().click();
    await clean(p, 'running view without a server file, assumptions open');
  });

  it('the Migration view with the sample and its server file', async () => {
    app = await open();
    const p = app.page;
    await p.getByRole('button', { name: t('nav.running'), exact: true }).click();
    await p.getByRole('button', { name: t('running.empty.sample') }).click();
    await waitForRebalance(p);
    await p.getByRole('button', { name: t('nav.migrate'), exact: true }).click();
    await p.getByTestId('runbook').waitFor();
    await p.locator('[data-code="server-versions"] .badge.ok').waitFor();
    await clean(p, 'migration view with the sample and its server file');
  });
});
