import { describe, expect, it } from 'vitest';
import { en, translator } from '../../src/i18n/catalogue';
import { BAD_FILES, BAD_STATES } from '../fixtures/bad/expected';

const ko = translator('ko');
// A corpus code is a fatal issue or a note, a rejected row's reason, or a skipped row's reason.
const keysFor = (code: string) => [`issue.${code}`, `reject.${code}`, `skip.${code}`];

describe('every code of the bad-input corpus is in the catalogue', () => {
  const codes = [...new Set([...BAD_FILES, ...BAD_STATES].map((x) => x.code))];

  it.each(codes)('%s has English and Korean entries', (code) => {
    const keys = keysFor(code).filter((k) => k in en);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      const text = (ko as (k: string, p: unknown) => string)(key, {
        message: 'English',
        column: 'name',
        value: 'x',
        line: 3,
        headers: ['a|b'],
        headerCount: 1,
        aliases: ['name', 'hostname'],
        delimiter: 'comma',
        suggested: 'pipe',
        sizeMB: 200.1,
        limitMB: 200,
        limit: 1_000_000,
        headerLine: 1,
        dataRows: 4,
        firstLine: 2,
        examples: '1, 2, 3',
        reason: 'utf16-no-bom',
        encoding: 'utf-16le',
        field: 'name',
        first: 1,
        later: 3,
        sheet: 'vInfo',
        sheets: ['vInfo', 'vDisk'],
        // A payload's problem (share links, stored states).
        problem: { field: 'settings.headroomPercent', problem: 'at-most', limit: 100 },
      });
      expect(text).not.toMatch(/undefined|English/);
      expect(text).toMatch(/[가-힣]/);
    }
  });

  it('the Korean size and row limits state the figures', () => {
    expect(ko('issue.file-too-large', { sizeMB: 250.4, limitMB: 200, sizeBytes: 262_563_021, limitBytes: 209_715_200 })).toContain(
      '250.4 MB',
    );
    expect(ko('issue.too-many-rows', { limit: 1_000_000, line: 1_000_002 })).toMatch(/1,000,000.*1,000,002/);
    const header = { headers: ['name|churn'], headerCount: 1, aliases: ['name'], delimiter: 'comma', suggested: 'pipe' } as const;
    expect(ko('issue.no-name-column', header)).toContain('세로 막대(|)로 구분한 파일은 지원하지 않습니다');
  });
});
