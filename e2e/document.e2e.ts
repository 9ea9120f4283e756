import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roundTo } from '../src/core/units';
import { translator } from '../src/i18n/catalogue';
import { formatters, type Lang } from '../src/i18n/format';
import { readInventory } from '../src/io/inventory';
import { asrModernized } from '../src/core/rules/asr-modernized';
import { downloadedText } from './support/app';
import type { AppPage } from './support/browser';
import { checkFrame, checkPrintLayout, downloadedWorkbook, lineWith, pageTexts, print, setLang, signOff, textOf } from './support/print';
import { appSession } from './support/session';

/*
 * Every printed document as a change board gets it, read back from the PDF: the frame (id,
 * version, sign-off filled and blank), "Page N of M" and the id in every page's footer, the bill
 * of materials' totals equal to the JSON's, every machine with its churn and group, no control.
 * The change list and the runbook: e2e/running-documents.e2e.ts.
 */

const openPage = appSession();
const ESTATE = 'public/samples/estate-1200.csv';

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
    await checkPrintLayout(p);
    const pdf = await print(p);
    const text = checkFrame(pdf, lang, json.documentId);

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
    // The machine table runs over many pages: each page holding its rows repeats its header row.
    const names = new Set(read.value.machines.map((m) => m.name));
    const tablePages = pageTexts(pdf).filter((page) => page.split('\n').filter((l) => names.has(l.trim().split(/\s{2,}/)[0]!)).length >= 3);
    expect(tablePages.length).toBeGreaterThan(3);
    for (const page of tablePages) expect(page).toContain(t('machines.col.source'));

    // The workbook the page writes holds the same id and figures as the JSON it downloads.
    if (lang === 'en') {
      const rows = await downloadedWorkbook(p, t('actions.downloadWorkbook'));
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
