import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadText, uploadInventory, waitForPlan } from './support/app';
import type { AppPage } from './support/browser';
import { appSession } from './support/session';

const openPage = appSession();
let app: AppPage;

const HOSTILE = [
  'name,dailyChurnGB,site',
  '"<img src=x onerror=""window.__pwned=1"">",3,"<script>window.__pwned=2</script>"',
  '"=HYPERLINK(""http://evil.example"",""click"")",2,"+SUM(1)"',
  '-cmd,1,@site',
].join('\n');

describe('security', () => {
  it('serves a Content-Security-Policy that allows only the page’s own origin', async () => {
    app = await openPage();
    const csp = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const d of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "connect-src 'self'",
      "worker-src 'self'",
      "object-src 'none'",
    ])
      expect(csp).toContain(d);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('runs a whole flow without a single CSP violation, and shows hostile names as plain text', async () => {
    app = await openPage();
    await app.context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await app.page.reload();
    const dir = mkdtempSync(join(tmpdir(), 'asr-sec-'));
    writeFileSync(join(dir, 'hostile.csv'), HOSTILE);
    await uploadInventory(app.page, join(dir, 'hostile.csv'));
    await waitForPlan(app.page);
    await app.page.getByText('Scale-out servers as churn changes').waitFor();
    for (const id of ['CS', 'PS01', 'PS02']) {
      const button = app.page.locator(`[data-server="${id}"] button[aria-controls]`);
      if (await button.count()) await button.click();
    }
    const names = await app.page.locator('.machines-row td.machine').allInnerTexts();
    expect(names).toContain('<img src=x onerror="window.__pwned=1">');
    expect(names).toContain('=HYPERLINK("http://evil.example","click")');
    expect(await app.page.locator('img[src="x"]').count()).toBe(0);
    expect(await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await app.page.getByText('<script>window.__pwned=2</script>').count()).toBeGreaterThan(0);
    const { text } = await downloadText(app.page, 'Download assignments (CSV)');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).toContain(`'-cmd`);
    expect(text).toContain(`'@site`);
    expect(await app.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });

  it('neutralises exported cells after leading blanks and in full-width forms, and quotes cells holding ";"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asr-sec-'));
    const file = join(dir, 'sly.csv');
    writeFileSync(
      file,
      ['name,dailyChurnGB,site', '＝HYPERLINK("http://evil.example"),2,Seoul;DC-2', '＠SUM(1),1,＋site', 'web-01," =1+1",Seoul'].join('\n'),
    );
    app = await openPage();
    await uploadInventory(app.page, file);
    await waitForPlan(app.page);
    const assignments = await downloadText(app.page, 'Download assignments (CSV)');
    expect(assignments.text).toContain(`"'＝HYPERLINK(""http://evil.example"")","Seoul;DC-2",`);
    expect(assignments.text).toContain(`'＠SUM(1),'＋site,`);
    const rejected = await downloadText(app.page, 'Download rejected rows (CSV)');
    expect(rejected.text).toContain(`,' =1+1,`);
  });
});
