import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { translator } from '../src/i18n/catalogue';
import type { Lang } from '../src/i18n/format';
import { downloadedText, loadSample } from './support/app';
import { checkFrame, checkPrintLayout, downloadedWorkbook, lineWith, print, setLang, signOff } from './support/print';
import { RUNNING_INVENTORY, RUNNING_SERVERS, uploadServers, waitForRebalance } from './support/running';
import { appSession } from './support/session';

/*
 * The documents on a running deployment as a change board gets them, in English and Korean: the
 * change list and the migration runbook, printed and read back from the PDF (frame, "Page N of M"
 * and the id on every page, sign-off filled and blank, no control), their id the one the JSON
 * download and the workbook carry.
 */

const openPage = appSession();

const firstPage = (pdf: string) =>
  execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

// Filled: the name typed and a line to sign on; blank: the label and the line, nothing else.
function checkSignOff(text: string, lang: Lang, filled: Record<'preparedBy' | 'reviewedBy' | 'approvedBy', string>) {
  const t = translator(lang);
  for (const [field, name] of Object.entries(filled)) {
    const label = t(`doc.${field as 'preparedBy'}`);
    const line = lineWith(text, label);
    expect(line, label).toContain(t('doc.signature'));
    expect(line.replace(label, '').replace(t('doc.signature'), '').trim(), label).toBe(name);
  }
}

describe.each(['en', 'ko'] as const)('the printed change list in %s', (lang) => {
  it('is framed and numbered with the JSON’s id, signed, its first page carries the server table, and prints no control', async () => {
    const app = await openPage();
    const p = app.page;
    const t = translator(lang);
    await p.getByRole('button', { name: 'Running deployment', exact: true }).click();
    await p.getByLabel('Inventory CSV', { exact: true }).setInputFiles(RUNNING_INVENTORY);
    await uploadServers(p, RUNNING_SERVERS);
    await waitForRebalance(p);
    await setLang(p, lang);
    await signOff(p, { preparedBy: '', reviewedBy: '', approvedBy: 'Lee Seojun' });
    const json = JSON.parse(await downloadedText(p, t('running.actions.json'))) as { documentId: string; moves: unknown[] };
    const id = await p.getByTestId('doc-id').innerText();
    expect(id).toBe(json.documentId);
    await checkPrintLayout(p);
    const pdf = await print(p);
    const text = checkFrame(pdf, lang, id);
    expect(firstPage(pdf)).toContain('PS01');
    expect(text).toContain(t('running.change.heading'));
    checkSignOff(text, lang, { preparedBy: '', reviewedBy: '', approvedBy: 'Lee Seojun' });
    for (const control of [t('running.actions.print'), t('running.actions.json'), t('running.actions.workbook'), t('doc.editor')])
      expect(text).not.toContain(control);
    if (lang === 'en') {
      const rows = await downloadedWorkbook(p, t('running.actions.workbook'));
      expect(new Map(rows('Summary').map((r) => [r[0], r[1]])).get('Document id')).toBe(id);
      expect(rows('Moves')).toHaveLength(json.moves.length + 1);
    }
  });
});

describe.each(['en', 'ko'] as const)('the printed migration runbook in %s', (lang) => {
  it('is framed and numbered with the JSON’s id, signed, lists every batch, and prints no control', async () => {
    const app = await openPage();
    const p = app.page;
    const t = translator(lang);
    await loadSample(p, /Running deployment/);
    await p.getByRole('button', { name: 'Migration', exact: true }).click();
    await p.getByRole('button', { name: 'Load sample server file' }).click();
    await p.getByTestId('runbook').waitFor();
    await setLang(p, lang);
    await signOff(p, { preparedBy: 'Kim Minji', reviewedBy: 'Park Jiho', approvedBy: '' });
    const json = JSON.parse(await downloadedText(p, t('migrate.actions.json'))) as {
      documentId: string;
      batches: { id: string; machines: string[] }[];
    };
    const id = await p.getByTestId('doc-id').innerText();
    expect(id).toBe(json.documentId);
    await checkPrintLayout(p);
    const pdf = await print(p);
    const text = checkFrame(pdf, lang, id);
    expect(firstPage(pdf)).toContain(t('migrate.print.title'));
    checkSignOff(text, lang, { preparedBy: 'Kim Minji', reviewedBy: 'Park Jiho', approvedBy: '' });
    for (const b of json.batches) expect(text, b.id).toContain(b.id);
    for (const control of [t('migrate.actions.print'), t('migrate.actions.json'), t('migrate.actions.workbook'), t('doc.editor')])
      expect(text).not.toContain(control);
    if (lang === 'en') {
      const rows = await downloadedWorkbook(p, t('migrate.actions.workbook'));
      expect(new Map(rows('Summary').map((r) => [r[0], r[1]])).get('Document id')).toBe(id);
      expect(rows('Batches')).toHaveLength(json.batches.reduce((n, b) => n + b.machines.length, 0) + 1);
    }
  });
});
