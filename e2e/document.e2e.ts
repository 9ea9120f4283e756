import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { roundTo } from '../src/core/units';
import { translator } from '../src/i18n/catalogue';
import { formatters, type Lang } from '../src/i18n/format';
import { readInventory } from '../src/io/inventory';
import { asrModernized } from '../src/core/rules/asr-modernized';
import { downloadedText } from './support/app';
import type { AppPage } from './support/browser';
import { RUNNING_INVENTORY, RUNNING_SERVERS, uploadServers, waitForRebalance } from './support/running';
import { appSession } from './support/session';

/*
 * Every printed document as a change board gets it, read back from the PDF: the frame (id,
 * version, sign-off filled and blank), "Page N of M" and the id in every page's footer, the bill
 * of materials' totals equal to the JSON's, every machine with its churn and group, no control.
 */

const openPage = appSession();
const ESTATE = 'public/samples/estate-1200.csv';

/** Prints the page as the browser would (beforeprint first) and returns the PDF's path. */
async function print(page: Page): Promise<string> {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForTimeout(300);
  const pdf = join(mkdtempSync(join(tmpdir(), 'asr-doc-')), 'doc.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  return pdf;
}

const pagesOf = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }))![1]);

/** Each page's footer words in reading order (pdftotext may emit a counter out of order), spaces removed. */
function footers(pdf: string): string[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return xml
    .split('<page ')
    .slice(1)
    .map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)![1]);
      const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)]
        .filter((m) => Number(m[2]) > height - 50)
        .sort((a, b) => Number(a[1]) - Number(b[1]))
        .map((m) => m[3]!.replace(/&amp;/g, '&'));
      return words.join('');
    });
}

const textOf = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

function checkFrame(pdf: string, lang: Lang, id: string) {
  const t = translator(lang);
  const n = pagesOf(pdf);
  const feet = footers(pdf);
  expect(feet).toHaveLength(n);
  feet.forEach((f, i) => {
    expect(f, `page ${i + 1}`).toContain(id);
    expect(f, `page ${i + 1}`).toContain(t('doc.pageOf', { page: String(i + 1), pages: String(n) }).replace(/\s/g, ''));
  });
  const text = textOf(pdf);
  expect(text).toContain(`${t('doc.id')}`);
  expect(text).toContain(id);
  return text;
}

/** The line of the printed sign-off table that starts with a label. */
const lineWith = (text: string, label: string) => text.split('\n').find((l) => l.trim().startsWith(label)) ?? '';

async function signOff(page: Page, fields: Record<string, string>) {
  for (const [f, v] of Object.entries(fields)) await page.locator(`#sign-off-${f}`).fill(v);
}

async function setLang(page: Page, lang: Lang) {
  await page.locator('.app-header select').selectOption(lang);
}

async function loadEstate(app: AppPage, lang: Lang, ruleSet: 'asr-classic' | 'asr-modernized') {
  const p = app.page;
  await p.getByLabel('Inventory CSV', { exact: true }).setInputFiles(ESTATE);
  await p.getByTestId('server-table').waitFor();
  await setLang(p, lang);
  if (ruleSet === 'asr-modernized') {
    await p.getByRole('radio', { name: asrModernized.names[lang], exact: true }).check();
    await p.locator('[data-server="APP01"]').waitFor();
  }
}

describe.each([
  ['asr-classic', 'en'],
  ['asr-classic', 'ko'],
  ['asr-modernized', 'en'],
  ['asr-modernized', 'ko'],
] as const)('the printed plan under %s in %s', (ruleSet, lang) => {
  it('is framed, numbered and signed, its bill of materials is the JSON’s, and it lists every machine with churn and group', async () => {
    const app = await openPage();
    const p = app.page;
    const t = translator(lang);
    const f = formatters(lang);
    await loadEstate(app, lang, ruleSet);
    await signOff(p, { preparedBy: 'Kim Minji', approvedBy: '', changeRef: 'CHG-0042' });
    const json = JSON.parse(await downloadedText(p, t('actions.downloadPlan'))) as {
      documentId: string;
      summary: { totalVcpu: number; totalMemoryGB: number; totalCacheGB: number };
      servers: { id: string; machines: string[]; vcpu: number }[];
    };
    const text = checkFrame(await print(p), lang, json.documentId);

    expect(lineWith(text, t('doc.preparedBy'))).toContain('Kim Minji');
    expect(lineWith(text, t('doc.changeRef'))).toContain('CHG-0042');
    // Blank: the label and a line to sign on, nothing written.
    for (const label of [t('doc.reviewedBy'), t('doc.approvedBy')])
      expect(lineWith(text, label).replace(label, '').replace(t('doc.signature'), '').trim()).toBe('');

    const total = lineWith(text, t('bom.total'));
    const figures = total.replace(t('bom.total'), '').trim().split(/\s+/);
    expect(figures).toEqual(
      [json.servers.length, json.summary.totalVcpu, json.summary.totalMemoryGB, json.summary.totalCacheGB].map((x) => f.num(x)),
    );

    const read = readInventory(readFileSync(ESTATE, 'utf8'));
    if (!read.ok) throw new Error('sample unreadable');
    const lines = text.split('\n').map((l) => l.trim().split(/\s{2,}/));
    const byName = new Map(lines.map((cells) => [cells[0], cells]));
    for (const m of read.value.machines) {
      const cells = byName.get(m.name);
      expect(cells, m.name).toBeDefined();
      if (m.group !== '') expect(cells![1], m.name).toBe(m.group);
      expect(cells, m.name).toContain(f.num(roundTo(m.dailyChurnGB), 3));
    }
    expect(json.servers.reduce((n, s) => n + s.machines.length, 0)).toBe(read.value.machines.length);

    // The workbook the page writes holds the same id and figures as the JSON it downloads.
    if (lang === 'en') {
      const [download] = await Promise.all([
        p.waitForEvent('download'),
        p.getByRole('button', { name: t('actions.downloadWorkbook') }).click(),
      ]);
      const chunks: Buffer[] = [];
      for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
      const sheets = await readXlsxFile(Buffer.concat(chunks));
      const rows = (name: string) => sheets.find((s) => s.sheet === name)!.data;
      const summary = new Map(rows('Summary').map((r) => [r[0], r[1]]));
      expect(summary.get('Document id')).toBe(json.documentId);
      expect(summary.get('vCPU')).toBe(json.summary.totalVcpu);
      expect(rows('Machines')).toHaveLength(read.value.machines.length + 1);
      expect(
        rows('Servers')
          .slice(1)
          .map((r) => r[0]),
      ).toEqual(json.servers.map((s) => s.id));
    }

    for (const control of [t('load.sample'), t('actions.share'), t('actions.downloadPlan'), t('actions.downloadWorkbook'), t('doc.editor')])
      expect(text).not.toContain(control);
  });
});

describe('the sign-off and host names', () => {
  it('are kept in storage and share links, and print in the install lines', async () => {
    const app = await openPage();
    const p = app.page;
    await loadEstate(app, 'en', 'asr-classic');
    await signOff(p, { reviewedBy: 'Park Jiwoo' });
    await p.getByText('Host names and IP addresses for the install lines').click();
    await p.getByLabel('CS IP address').fill('10.0.0.5');
    await p.getByLabel('PS01 Host name').fill('ps01.corp.example');
    await p.waitForTimeout(600);
    await p.reload();
    await p.getByTestId('server-table').waitFor();
    expect(await p.locator('#sign-off-reviewedBy').inputValue()).toBe('Park Jiwoo');
    const text = textOf(await print(p)).replace(/\s+/g, ' ');
    expect(text).toContain('PS01 — ps01.corp.example (<IP address of PS01>)');
    expect(text).toContain('/CSIP "10.0.0.5"');
    expect(text).toContain('PS02 — <host name of PS02> (<IP address of PS02>)');

    await p.getByRole('button', { name: 'Copy share link' }).click();
    // The estate's link is longer than a mail client keeps, so the page shows it rather than copying it.
    const link = await p.getByLabel(translator('en')('share.linkLabel')).inputValue();
    const other = await openPage();
    await other.page.goto(link);
    await other.page
      .getByTestId('server-table')
      .waitFor({ timeout: 10_000 })
      .catch(async (e: unknown) => {
        throw new Error(`${String(e)}: ${await other.page.locator('main, .notice').allInnerTexts()}`);
      });
    expect(await other.page.locator('#sign-off-reviewedBy').inputValue()).toBe('Park Jiwoo');
  });
});

describe('the printed change list', () => {
  it.each(['en', 'ko'] as const)('in %s: framed and numbered, its first page carries the server table', async (lang) => {
    const app = await openPage();
    const p = app.page;
    const t = translator(lang);
    await p.getByRole('button', { name: 'Running deployment', exact: true }).click();
    await p.getByLabel('Inventory CSV', { exact: true }).setInputFiles(RUNNING_INVENTORY);
    await uploadServers(p, RUNNING_SERVERS);
    await waitForRebalance(p);
    await setLang(p, lang);
    await signOff(p, { approvedBy: 'Lee Seojun' });
    const pdf = await print(p);
    const id = await p.getByTestId('doc-id').innerText();
    expect(id).toMatch(/^ASR-[0-9A-Z]{10}$/);
    const text = checkFrame(pdf, lang, id);
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(first).toContain('PS01');
    expect(text).toContain(t('running.change.heading'));
    for (const label of [t('doc.preparedBy'), t('doc.reviewedBy'), t('doc.approvedBy')])
      expect(lineWith(text, label)).toContain(t('doc.signature'));
    expect(lineWith(text, t('doc.approvedBy'))).toContain('Lee Seojun');
  });
});
