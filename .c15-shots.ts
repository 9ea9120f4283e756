import { execFileSync } from 'node:child_process';
import { launchChromium, startPreview } from './e2e/support/local-browser';
import { translator } from './src/i18n/catalogue';
import type { Lang } from './src/i18n/format';

const OUT = '/tmp/c15-shots';
const sizes = [
  { name: 'wide', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];
const preview = await startPreview();
const browser = await launchChromium();
try {
  for (const lang of ['en', 'ko'] as Lang[]) {
    const t = translator(lang);
    for (const size of sizes) {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, locale: lang === 'ko' ? 'ko-KR' : 'en-US' });
      const page = await context.newPage();
      await page.goto(preview.url);
      await page.locator('#sample-select').selectOption('estate');
      await page.getByRole('button', { name: t('load.sample'), exact: true }).click();
      await page.getByTestId('server-table').waitFor();
      const type = async (label: string, v: string) => {
        await page.getByLabel(label, { exact: true }).fill(v);
        await page.getByLabel(label, { exact: true }).press('Tab');
      };
      await type(t('network.settings.all'), '2000');
      await page.getByText(t('network.settings.perSite'), { exact: true }).click();
      await type(t('network.settings.site', { site: 'Busan-DC2' }), '300');
      await page.getByTestId('network-section').waitFor();
      await page.waitForTimeout(800);
      await page.getByTestId('link-settings').screenshot({ path: `${OUT}/${lang}-${size.name}-settings.png` });
      const sec = page.getByTestId('network-section');
      await sec.locator('[data-site="Seoul-DC1"]').getByText(t('chart.table'), { exact: true }).click();
      await page.waitForTimeout(500);
      await sec.scrollIntoViewIfNeeded();
      await sec.screenshot({ path: `${OUT}/${lang}-${size.name}-network.png` });
      await page.locator('#plan-alerts').screenshot({ path: `${OUT}/${lang}-${size.name}-alerts.png` });
      await page.screenshot({ path: `${OUT}/${lang}-${size.name}-viewport.png` });
      if (size.name === 'wide') {
        await page.emulateMedia({ media: 'print' });
        await page.waitForTimeout(800);
        await page.pdf({ path: `${OUT}/${lang}-print.pdf`, format: 'A4', printBackground: true });
        execFileSync('pdftoppm', ['-png', '-r', '60', `${OUT}/${lang}-print.pdf`, `${OUT}/${lang}-print`]);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  preview.stop();
}
