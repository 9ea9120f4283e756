import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/io/inventory/delimiter';

describe('detectDelimiter', () => {
  it.each([
    ['comma', 'name,churn,site\nvm1,1.5,A\nvm2,2,B\n', ','],
    ['semicolon', 'name;churn;site\nvm1;1,5;A\nvm2;2;B\n', ';'],
    ['tab', 'name\tchurn\tsite\nvm1\t1,536\tA\nvm2\t2\tB\n', '\t'],
  ])('detects %s', (_label, text, delimiter) => {
    expect(detectDelimiter(text).delimiter).toBe(delimiter);
  });

  it('ignores delimiters inside quotes', () => {
    const text = '"name;x","churn;y",site\n"a;b",1,A\n';
    expect(detectDelimiter(text).delimiter).toBe(',');
  });

  it('prefers the candidate that is consistent on the data lines', () => {
    // One stray semicolon in the header must not beat a comma that every row agrees with.
    const text = 'name,churn;note,site\nvm1,1,A\nvm2,2,B\nvm3,3,C\n';
    expect(detectDelimiter(text).delimiter).toBe(',');
  });

  it('breaks a tie toward semicolon over comma (decimal commas in a semicolon file)', () => {
    const text = 'name;churn (GB, per day)\nvm1;1,5\nvm2;2,5\n';
    expect(detectDelimiter(text).delimiter).toBe(';');
  });

  it("honours Excel's sep= hint line", () => {
    expect(detectDelimiter('sep=;\r\nname,churn\r\n')).toEqual({ delimiter: ';', hasSepLine: true });
  });

  it('skips leading blank lines and gives comma for a single-column file', () => {
    expect(detectDelimiter('\n\nname;churn\nvm;1\n').delimiter).toBe(';');
    expect(detectDelimiter('name\nvm1\n').delimiter).toBe(',');
  });

  it('treats a quote inside an unquoted field as a literal, like papaparse', () => {
    const text = 'name;churn;disk\nvm1;1;12" disk\nvm2;2;3,5" floppy\nvm3;3;x\n';
    expect(detectDelimiter(text).delimiter).toBe(';');
  });

  it('counts quoted fields spanning lines as one record', () => {
    const text = 'name;churn;notes\nvm1;1;"a\nb, c, d, e"\nvm2;2;x\n';
    expect(detectDelimiter(text).delimiter).toBe(';');
  });
});
