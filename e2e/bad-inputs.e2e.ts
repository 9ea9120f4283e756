import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATE_KEY } from '../src/io/browser/storage';
import { BAD_FILES, BAD_STATES, type BadFile } from '../test/fixtures/bad/expected';
import { runCli } from '../test/support/run-cli';
import { downloadedText, loadSample, metric, uploadInventory, waitForPlan } from './support/app';
import type { AppPage } from './support/browser';
import { appSession } from './support/session';

const openPage = appSession();
let app: AppPage;
let dir: string;
const paths = new Map<string, string>();
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'asr-bad-e2e-'));
  for (const f of BAD_FILES) paths.set(f.file, f.generate ? f.generate(dir) : `test/fixtures/bad/${f.file}`);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The text where the page shows a message of this kind, once it is there. */
async function shownText(page: Page, where: BadFile['page'] | 'alert' | 'status'): Promise<string> {
  if (where === 'failure') {
    const failure = page.getByTestId('read-failure');
    await failure.waitFor();
    return failure.innerText();
  }
  if (where === 'alert' || where === 'status') {
    const notice = page.locator(`.notices [role=${where}]`).first();
    await notice.waitFor();
    return notice.innerText();
  }
  await waitForPlan(page);
  return section(page, where).innerText();
}

const HEADINGS: Record<string, string> = { note: 'read-notes-heading', rejected: 'rejected-heading', skipped: 'skipped-heading' };
const section = (page: Page, where: BadFile['page']) => page.locator(`section[aria-labelledby=${HEADINGS[where ?? 'note']}]`);

/** The page still works: a sample loads and plans. */
async function stillUsable(page: Page): Promise<void> {
  await loadSample(page, /Small shop/);
  await waitForPlan(page);
  await expect.poll(() => metric(page, 'machines')).toBe('60');
}

describe('every bad inventory in the corpus, uploaded', () => {
  const inPage = BAD_FILES.filter((f) => f.page !== undefined);

  it.each(inPage.map((f) => [f.what, f] as const))('%s: the page says what is wrong and stays usable', async (_, f) => {
    app = await openPage();
    await uploadInventory(app.page, paths.get(f.file)!);
    expect(await shownText(app.page, f.page)).toMatch(f.message);
    if (f.rows) {
      // The counts on the page add up, as in the CLI.
      const summary = await app.page.getByTestId('read-summary').innerText();
      const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
      const skipped = f.rows.skipped ?? 0;
      const rejected = f.rows.data - f.rows.accepted - skipped;
      expect(summary).toContain(
        `${count(f.rows.accepted, 'machine')} accepted, ${count(rejected, 'row')} rejected, ${skipped > 0 ? `${skipped} skipped, ` : ''}of ${count(f.rows.data, 'data row')}`,
      );
    }
    if (f.line !== undefined) {
      // The row is listed on the line the file has it on, with its reason.
      const rows = await section(app.page, f.page).locator('tbody tr').allInnerTexts();
      expect(rows.some((r) => r.startsWith(`${f.line}\t`) && f.message.test(r))).toBe(true);
    }
    await stillUsable(app.page);
  });

  it.each(['summary-row.csv', 'mixed-line-endings.csv', 'control-chars.csv'])(
    '%s: "Download plan (JSON)" equals plan --json byte for byte, skipped and rejected rows included',
    async (file) => {
      app = await openPage();
      await uploadInventory(app.page, `test/fixtures/bad/${file}`);
      await waitForPlan(app.page);
      const downloaded = await downloadedText(app.page, 'Download plan (JSON)');
      expect(downloaded).toBe(runCli('plan', [`test/fixtures/bad/${file}`, '--json']).stdout);
      expect(JSON.parse(downloaded)).toHaveProperty('summary.skippedRows');
    },
  );

  it('reads the semicolon file the CLI was forced to misread: the page detects its delimiter', async () => {
    app = await openPage();
    await uploadInventory(app.page, 'test/fixtures/bad/semicolon.csv');
    await waitForPlan(app.page);
    expect(await metric(app.page, 'machines')).toBe('2');
  });

  it('keeps working after one bad file after another', async () => {
    app = await openPage();
    for (const file of ['header-only.csv', 'protected.xlsx', 'pipe-delimited.csv']) {
      await uploadInventory(app.page, paths.get(file)!);
      const f = BAD_FILES.find((x) => x.file === file)!;
      await expect.poll(() => app.page.getByTestId('read-failure').innerText()).toMatch(f.message);
    }
    await stillUsable(app.page);
  });
});

describe('damaged share links and stored states', () => {
  const fixtureText = (file: string) => readFileSync(`test/fixtures/bad/${file}`, 'utf8').trim();

  it.each(BAD_STATES.filter((s) => s.kind === 'share').map((s) => [s.what, s] as const))(
    'opening %s says so and keeps working',
    async (_, s) => {
      app = await openPage({ path: `#${fixtureText(s.file)}` });
      expect(await shownText(app.page, s.page)).toMatch(s.message);
      // The fragment is dropped, so a reload does not show the message again.
      expect(new URL(app.page.url()).hash).toBe('');
      await stillUsable(app.page);
    },
  );

  it.each(BAD_STATES.filter((s) => s.kind === 'stored').map((s) => [s.what, s] as const))(
    'a page that finds %s says so, removes it and keeps working',
    async (_, s) => {
      app = await openPage();
      await app.page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STATE_KEY, fixtureText(s.file)]);
      await app.page.reload();
      expect(await shownText(app.page, s.page)).toMatch(s.message);
      expect(await app.page.evaluate((key) => localStorage.getItem(key), STATE_KEY)).toBeNull();
      await stillUsable(app.page);
    },
  );
});
