import { describe, expect, it } from 'vitest';
import { translator } from '../src/i18n/catalogue';
import { metric, waitForPlan } from './support/app';
import type { AppPage } from './support/browser';
import { appSession } from './support/session';
import { focused, named, tabTo, watchFileChoosers } from './support/keyboard';
import { waitForRebalance } from './support/running';

/*
 * The whole flow by keyboard alone — Tab, Shift+Tab, Enter, Space, arrow keys; no mouse — with
 * a visible focus indicator on every element the focus stops at (checked by `tabTo`).
 */

const openPage = appSession();
let app: AppPage;

const en = translator('en');
const ko = translator('ko');
const value = (id: string) => app.page.locator(`output[for=${id}]`).innerText();

describe('keyboard only', () => {
  it('loads a sample, maps a column, changes every setting, reads the results, shares, prints and switches language', async () => {
    app = await openPage();
    const p = app.page;
    await p.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });

    // The skip link comes first, and shows itself.
    expect((await tabTo(p, named(en('app.skip')))).tag).toBe('A');

    // Load: the sample list (Estate is chosen; one up is the small shop, whose link is short enough to copy), then Load sample.
    await tabTo(p, (f) => f.id === 'sample-select');
    await p.keyboard.press('ArrowUp');
    expect(await p.locator('#sample-select').inputValue()).toBe('shop');
    await tabTo(p, named('Load sample'));
    await p.keyboard.press('Enter');
    await waitForPlan(p);
    const servers = await metric(p, 'scale-out');

    // Map columns: open the panel, then set the operating system column to "(not used)".
    await tabTo(p, named(en('mapping.heading'), true));
    await p.keyboard.press('Enter');
    await tabTo(p, (f) => f.id === 'map-os');
    await p.keyboard.press('Home');
    await expect.poll(() => p.locator('label[for=map-os] .badge').count()).toBe(1);
    expect(await p.locator('#map-os').inputValue()).toBe('-1');

    // Settings: each slider by arrow keys, the built-in process server by Space.
    await tabTo(p, named('Churn multiplier'));
    await p.keyboard.press('ArrowRight');
    await expect.poll(() => value('multiplier')).toBe('1.05×');
    await tabTo(p, named('Growth (%)'));
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('ArrowRight');
    await expect.poll(() => value('growth')).toBe('2%');
    await tabTo(p, named('Headroom (%)'));
    await p.keyboard.press('ArrowLeft');
    await expect.poll(() => value('headroom')).toBe('99%');
    await tabTo(p, named('Use the configuration server’s built-in process server'));
    await p.keyboard.press('Space');
    expect(await p.getByRole('checkbox', { name: 'Use the configuration server’s built-in process server' }).isChecked()).toBe(false);
    await expect.poll(() => metric(p, 'scale-out')).not.toBe(servers);
    await waitForPlan(p);

    // Share: the link is copied.
    await tabTo(p, named('Copy share link'));
    await p.keyboard.press('Enter');
    await p.getByText(en('share.copied')).waitFor();
    expect(await p.evaluate(() => navigator.clipboard.readText())).toMatch(/#v1\./);

    // Print: the page asks the browser to print.
    await tabTo(p, named('Print plan'), { back: true });
    await p.keyboard.press('Enter');
    expect(await p.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    // Results: a chart's data table, then a server's machines — read once the table has caught up
    // with the last setting (it trails by design while settings change, marked "updating…").
    await expect.poll(() => p.locator('#servers-heading .badge').count()).toBe(0);
    await tabTo(p, named(en('chart.table')));
    await p.keyboard.press('Enter');
    await p.locator('.charts details[open] table').waitFor();
    const show = await tabTo(p, (f) => f.tag === 'BUTTON' && /^Show \d+ machines$/.test(f.name));
    await p.keyboard.press('Enter');
    await expect.poll(() => p.locator('.machines-row table.machines tbody tr').count()).toBe(Number(show.name.match(/\d+/)![0]));
    await expect.poll(async () => (await focused(p))?.name).toBe(en('servers.hideMachines'));

    // Language: back to the switch, one arrow down to 한국어.
    await tabTo(p, named(en('lang.label'), true), { back: true, max: 200 });
    await p.keyboard.press('ArrowDown');
    await expect.poll(() => p.locator('html').getAttribute('lang')).toBe('ko');
    await p.getByRole('heading', { name: ko('why.heading') }).waitFor();
    await tabTo(p, named(ko('actions.print')));
  });

  it('reaches the "Inventory CSV" input, and Enter or Space opens the file chooser', async () => {
    app = await openPage();
    const p = app.page;
    const nextChooser = watchFileChoosers(p);
    await tabTo(p, named('Inventory CSV'));
    for (const key of ['Enter', 'Space']) {
      await p.keyboard.press(key);
      const chooser = await nextChooser();
      expect(chooser.isMultiple()).toBe(false);
      if (key === 'Space') await chooser.setFiles('public/samples/shop-60.csv');
    }
    await waitForPlan(p);
    expect(await metric(p, 'machines')).toBe('60');
  });

  it('runs the running-deployment view by keyboard: the view, its sample, the server file chooser, print', async () => {
    app = await openPage();
    const p = app.page;
    const nextChooser = watchFileChoosers(p);
    await p.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });
    await tabTo(p, named('Running deployment'));
    await p.keyboard.press('Enter');
    await tabTo(p, named('Load the sample running deployment'), { max: 200 });
    await p.keyboard.press('Enter');
    await waitForRebalance(p);
    await tabTo(p, named('Process server CSV'), { back: true, max: 200 });
    await p.keyboard.press('Enter');
    await (await nextChooser()).setFiles('public/samples/running-deployment-servers.csv');
    await p.getByTestId('server-file-summary').getByText('5 servers accepted').waitFor();
    await tabTo(p, named('Print change list'));
    await p.keyboard.press('Enter');
    expect(await p.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });
});
