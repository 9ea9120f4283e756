import type { Page } from 'playwright-core';
import type { PublishedClassicPlan } from '../../src/io/documents';

type FileArg = string | { name: string; mimeType: string; buffer: Buffer };

/** Picks a file with the "Inventory CSV" input. */
export async function uploadInventory(page: Page, file: FileArg): Promise<void> {
  await uploadInventoryAs(page, 'Inventory CSV', file);
}

/** Picks a file with the inventory input, named in the page's language. */
export async function uploadInventoryAs(page: Page, label: string, file: FileArg): Promise<void> {
  await page.getByLabel(label, { exact: true }).setInputFiles(file);
}

/** Loads one of the shipped samples by its label text. */
export async function loadSample(page: Page, label: RegExp): Promise<void> {
  const select = page.locator('#sample-select');
  const value = await select.locator('option', { hasText: label }).first().getAttribute('value');
  await select.selectOption(value!);
  await page.getByRole('button', { name: 'Load sample' }).click();
}

/**
 * Chooses the page's language with its menu and waits until the page speaks it: Korean's messages
 * load when first asked for, so the switch lands a moment after the choice, as it does for a person.
 */
export async function chooseLanguage(page: Page, lang: 'en' | 'ko'): Promise<void> {
  await page.getByLabel('Language').selectOption(lang);
  await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
}

/** Waits until a plan is on screen. */
export async function waitForPlan(page: Page): Promise<void> {
  await page.getByTestId('server-table').waitFor();
}

/** The text of the headline metric (e.g. 'scale-out'). */
export async function metric(page: Page, id: string): Promise<string> {
  return (await page.locator(`[data-metric="${id}"] .value`).innerText()).trim();
}

/** Downloads what a button saves and returns the text. */
export async function downloadText(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** The plan as "Download plan (JSON)" saves it. */
export async function downloadedPlan(page: Page): Promise<{ text: string; doc: PublishedClassicPlan }> {
  const { text } = await downloadText(page, 'Download plan (JSON)');
  return { text, doc: JSON.parse(text) as PublishedClassicPlan };
}

/** Clicks a download button (named in the page's language) and returns the file's text. */
export async function downloadedText(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
