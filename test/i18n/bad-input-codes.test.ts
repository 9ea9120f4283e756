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
        headers: 'a|b',
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
        // A payload's problem (share links, stored states).
        problem: { field: 'settings.headroomPercent', problem: 'at-most', limit: 100 },
      });
      expect(text).not.toMatch(/undefined|English/);
      expect(text).toMatch(/[가-힣]/);
    }
  });

  it('the Korean size and row limits state the figures', () => {
    expect(ko('issue.file-too-large', { message: '', sizeMB: 250.4, limitMB: 200 })).toContain('250.4 MB');
    expect(ko('issue.too-many-rows', { message: '', limit: 1_000_000, line: 1_000_002 })).toMatch(/1,000,000.*1,000,002/);
    expect(ko('issue.no-name-column', { message: '', headers: "'name|churn'", delimiter: 'comma', suggested: 'pipe' })).toContain(
      '세로 막대(|)로 구분한 파일은 지원하지 않습니다',
    );
  });
});
