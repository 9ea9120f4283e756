import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { expect } from 'vitest';
import { translator } from '../../src/i18n/catalogue';
import type { Lang } from '../../src/i18n/format';

/*
 * Printing a document as a change board gets it and reading it back: the PDF's pages, each page's
 * footer, the text, the sign-off lines; and the print layout's tables and pills.
 */

/** Prints the page as the browser would (beforeprint first) and returns the PDF's path. */
export async function print(page: Page): Promise<string> {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForTimeout(300);
  const pdf = join(mkdtempSync(join(tmpdir(), 'asr-doc-')), 'doc.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  return pdf;
}

export const pagesOf = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }))![1]);

/** Each page's footer words in reading order (pdftotext may emit a counter out of order), spaces removed. */
export function footers(pdf: string): string[] {
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

export const textOf = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** Checks the frame: "Page N of M" with the right M and the id in every page's footer, the id in the text; returns the text. */
export function checkFrame(pdf: string, lang: Lang, id: string) {
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
export const lineWith = (text: string, label: string) => text.split('\n').find((l) => l.trim().startsWith(label)) ?? '';

export async function signOff(page: Page, fields: Record<string, string>) {
  for (const [f, v] of Object.entries(fields)) await page.locator(`#sign-off-${f}`).fill(v);
}

export async function setLang(page: Page, lang: Lang) {
  await page.locator('.app-header select').selectOption(lang);
  await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
}

/** Each printed page's text (pdftotext separates pages with a form feed). */
export const pageTexts = (pdf: string) => textOf(pdf).split('\f').slice(0, pagesOf(pdf));

/**
 * In print media at the A4 text width: every table head repeats on each page (`table-header-group`)
 * and every pill in a table cell stays inside the cell.
 */
export async function checkPrintLayout(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 703, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const wrong = await page.evaluate(() => {
    const out: string[] = [];
    for (const head of document.querySelectorAll('thead'))
      if (head.getClientRects().length > 0 && getComputedStyle(head).display !== 'table-header-group') out.push('thead');
    for (const pill of document.querySelectorAll('td .badge')) {
      const r = pill.getBoundingClientRect();
      const cell = pill.closest('td')!.getBoundingClientRect();
      if (r.width > 0 && (r.left < cell.left - 0.5 || r.right > cell.right + 0.5)) out.push(pill.textContent ?? '');
    }
    return out;
  });
  await page.emulateMedia({ media: null });
  if (size) await page.setViewportSize(size);
  expect(wrong).toEqual([]);
}

/** The sheets of a workbook the page downloads, by name: rows of cells. */
export async function downloadedWorkbook(page: Page, button: string): Promise<(name: string) => unknown[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  const sheets = await readXlsxFile(Buffer.concat(chunks));
  return (name: string) => sheets.find((s) => s.sheet === name)!.data;
}
