import { describe, expect, it } from 'vitest';
import type { AppIssue } from '../../src/i18n/app-issue';
import { appIssue } from '../../src/i18n/app-issue-text';
import { translator } from '../../src/i18n/catalogue';
import type { RunningIssue } from '../../src/i18n/running-issue';
import { runningIssue, runningIssueText } from '../../src/i18n/running-issue-text';
import { said, saidRunning } from '../support/said';

/*
 * The app's and the running view's issues are codes with typed figures (issue 12): every code says a
 * sentence in English and Korean, and the figures that tell one case from another appear in it.
 */

const en = translator('en');
const ko = translator('ko');
const say = (lang: 'en' | 'ko', key: string, params: object) =>
  ((lang === 'en' ? en : ko) as unknown as (k: string, p: object) => string)(key, params);

const problem = { field: 'settings.headroomPercent', problem: 'at-most', limit: 100, got: { value: '900' } } as const;

// Each code with figures, and the figure (as English and Korean write it) its sentence must show; null: nothing to show.
const APP: [AppIssue, string | null, string | null][] = [
  [{ code: 'stored-state-discarded', params: { problem } }, 'must be at most 100 (it is 900)', null],
  [{ code: 'stored-state-discarded', params: { problem: null } }, 'not valid JSON', null],
  [{ code: 'stored-settings-only', params: {} }, null, null],
  [{ code: 'share-version', params: { version: 7 } }, 'link format 7', null],
  [{ code: 'share-version', params: { version: null } }, '#v1.', null],
  [{ code: 'share-truncated', params: {} }, null, null],
  [{ code: 'share-corrupt', params: { damage: { damage: 'character', position: 4321 } } }, 'at position 4321', null],
  [{ code: 'share-corrupt', params: { damage: { damage: 'inflate', reason: 'bad block' } } }, '(bad block)', null],
  [{ code: 'share-invalid', params: { problem } }, '"settings.headroomPercent" must be at most 100', 'settings.headroomPercent'],
  [{ code: 'share-too-large', params: { limitBytes: 50 * 1024 * 1024 } }, 'more than 50 MB', '50 MB'],
  [{ code: 'plan-file-invalid', params: { where: 'payload', problem } }, 'at most 100', 'at most 100'],
  [
    { code: 'plan-file-invalid', params: { where: 'envelope', problem: { field: 'sig', problem: 'unexpected', fields: ['sig', 'x'] } } },
    'unexpected fields "sig", "x"',
    null,
  ],
  [{ code: 'plan-file-invalid', params: { where: 'envelope', problem: { field: 'payload', problem: 'missing' } } }, 'no "payload"', null],
  [{ code: 'plan-file-not-json', params: {} }, 'not JSON', 'JSON'],
  [{ code: 'plan-file-not-plan', params: { planResult: true } }, 'It is a plan result', null],
  [{ code: 'plan-file-too-large', params: { limitMB: 101 } }, 'over 101 MB', null],
  [{ code: 'plan-file-version', params: { newer: 3, version: null } }, '(version 3)', null],
  [{ code: 'plan-file-version', params: { newer: null, version: '"1"' } }, 'its version ("1")', null],
  [{ code: 'payload-invalid', params: { problem } }, '"settings.headroomPercent" must be at most 100 (it is 900)', 'at most 100'],
  [{ code: 'state-not-saved', params: { refused: { why: 'quota' } } }, 'storage for this page is full', null],
  [
    { code: 'state-not-saved', params: { refused: { why: 'size', part: 'inventory', sizeMB: 1234.5, limitMB: 50 } } },
    'the inventory is 1234.5 MB',
    '1,234.5 MB',
  ],
  [
    { code: 'share-not-made', params: { refused: { why: 'value', problem } } },
    'No share link was made: "settings.headroomPercent"',
    '“settings.headroomPercent”',
  ],
  [
    { code: 'plan-file-not-saved', params: { refused: { why: 'size', part: 'content', sizeMB: 120.1, limitMB: 101 } } },
    'it would be 120.1 MB',
    '120.1 MB',
  ],
  [{ code: 'storage-unavailable', params: { detail: 'SecurityError' } }, '(SecurityError)', null],
  [{ code: 'sample-failed', params: { detail: 'HTTP 404' } }, 'HTTP 404', 'HTTP 404'],
  [{ code: 'worker-error', params: { detail: 'out of memory' } }, 'out of memory', 'out of memory'],
  [{ code: 'worker-error', params: { detail: null } }, 'stopped', null],
  [{ code: 'language-failed', params: { lang: 'ko', detail: 'offline' } }, 'The ko messages could not be loaded: offline', null],
];

const firstRejected = { line: 7, column: 'name', value: '', code: 'name-empty', params: {} } as const;
const RUNNING: [RunningIssue, string | null, string | null][] = [
  [{ code: 'no-process-server', params: { hasColumn: true } }, 'names no process server in its processServer column', null],
  [{ code: 'no-process-server', params: { hasColumn: false } }, 'has no processServer column', null],
  [
    { code: 'no-valid-server-row', params: { rows: 1234, firstRejected, file: null } },
    'all 1234 data rows were rejected. First: line 7',
    '1,234',
  ],
  [
    { code: 'no-valid-server-row', params: { rows: 1, firstRejected, file: 'ps.csv' } },
    '"ps.csv" has no valid server row: its one data row',
    null,
  ],
  [
    { code: 'no-valid-server-row', params: { rows: 0, firstRejected: null, file: 'ps.csv' } },
    '"ps.csv" has a header but no server rows',
    null,
  ],
  [{ code: 'no-inventory', params: {} }, null, null],
  [{ code: 'not-csv', params: { percent: 37 } }, '37 % of the first characters', null],
  [{ code: 'empty', params: {} }, null, null],
  [
    { code: 'no-name-column', params: { headers: ['host', 'role'], aliases: ['name', 'server'] } },
    "Headers found: 'host', 'role'. A name column is recognised by any of: name, server.",
    null,
  ],
  [{ code: 'ragged-rows', params: { line: 4242 } }, 'the first on line 4242', '4242'],
  [
    { code: 'duplicate-header', params: { first: 2, firstHeader: 'Server', later: 5, column: 'Name', field: 'name' } },
    "Columns 2 ('Server') and 5 ('Name') are both 'name'; using column 2.",
    '(Name)',
  ],
];

describe('app issues: every code said in English and Korean from its figures', () => {
  it('covers every code of the union', () => {
    const codes = new Set(APP.map(([i]) => i.code));
    expect(codes.size).toBe(20);
  });

  it.each(APP)('%o', (issue, enFigure, koFigure) => {
    const enText = said(appIssue(issue));
    const koText = say('ko', `issue.${issue.code}`, issue.params);
    expect(enText.trim()).not.toBe('');
    expect(koText).toMatch(/[가-힣]/);
    expect(enText).not.toMatch(/undefined|NaN|\[object |null/);
    expect(koText).not.toMatch(/undefined|NaN|\[object |null/);
    if (enFigure !== null) expect(enText).toContain(enFigure);
    if (koFigure !== null) expect(koText).toContain(koFigure);
    // The issue passed on carries its code and figures only: no sentence written elsewhere.
    expect(appIssue(issue)).toEqual({ code: issue.code, params: issue.params });
  });
});

describe('running issues: every code said in English and Korean from its figures', () => {
  it('covers every code of the union', () => {
    expect(new Set(RUNNING.map(([i]) => i.code)).size).toBe(8);
  });

  it.each(RUNNING)('%o', (issue, enFigure, koFigure) => {
    const enText = runningIssueText(en, issue);
    const koText = runningIssueText(ko, issue);
    expect(enText.trim()).not.toBe('');
    expect(koText).toMatch(/[가-힣]/);
    expect(`${enText}${koText}`).not.toMatch(/undefined|NaN|\[object |null/);
    if (enFigure !== null) expect(enText).toContain(enFigure);
    if (koFigure !== null) expect(koText).toContain(koFigure);
    // The issue passed on carries what its sentence is said from, and no sentence of its own.
    expect(runningIssue(issue)).not.toHaveProperty('message');
    expect(saidRunning(runningIssue(issue))).toBe(enText);
  });
});
