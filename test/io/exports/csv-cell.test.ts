import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, CSV_EOL, csvCell, csvFile, csvRow, isFormula } from '../../../src/io/exports/csv-cell';

describe('csvCell: formula injection', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
    ['=1+1', "'=1+1"],
    ['-3.5', "'-3.5"],
  ])('neutralises the text %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves markup verbatim (CSV is not HTML) and quotes only what CSV needs', () => {
    expect(csvCell('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(csvCell('<a href="x">y</a>')).toBe('"<a href=""x"">y</a>"');
  });

  it('does not mangle numbers, negative ones included', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(-0)).toBe('0');
    expect(csvCell(1536.125)).toBe('1536.125');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Infinity)).toBe('');
  });

  it.each([
    [' =1+1', "' =1+1"],
    ['   @SUM(1)', "'   @SUM(1)"],
    ['\u00A0+1', "'\u00A0+1"],
    ['\u3000-1', "'\u3000-1"],
    ['\n=1', `"'\n=1"`],
    ['＝HYPERLINK("http://x")', `"'＝HYPERLINK(""http://x"")"`],
    ['＋1', "'＋1"],
    ['－2', "'－2"],
    ['＠SUM(1)', "'＠SUM(1)"],
    [' ＝1', "' ＝1"],
    ['﹦1', "'﹦1"],
  ])('neutralises after trimming and treats full-width forms as ASCII: %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves ordinary text alone, formula characters after the first included', () => {
    for (const v of ['web-01', 'a=b', '1+1', 'x@y.kr', '서버 1', '', 'a ＝ b', "'quoted", ' web-01', '＄1']) expect(csvCell(v)).toBe(v);
  });
});

describe('csvCell: RFC 4180 quoting', () => {
  it.each([
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['line1\r\nline2', '"line1\r\nline2"'],
    ['"', '""""'],
    ['a;b', '"a;b"'],
    ['Seoul; DC-2', '"Seoul; DC-2"'],
    [';', '";"'],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('round-trips through a CSV parser (papaparse) apart from the neutralising quote', () => {
    const cells = [
      'plain',
      'a,b',
      'a;b',
      'q"uote',
      'multi\r\nline',
      '=cmd|"/c calc"!A1',
      '-2+3',
      '@x',
      '\tx',
      ' =x',
      '＝x',
      '한글, "따옴표"',
      12.5,
      -7,
    ];
    const file = csvFile([csvRow(cells), csvRow(['end'])]);
    const parsed = Papa.parse<string[]>(file.slice(CSV_BOM.length), { newline: '\r\n', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const expected = cells.map((c) => (typeof c === 'number' ? String(c) : isFormula(c) ? `'${c}` : c));
    expect(parsed.data).toEqual([expected, ['end']]);
  });
});

describe('csvFile', () => {
  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    expect(csvFile(['a,b', '1,2'])).toBe('\uFEFFa,b\r\n1,2\r\n');
    expect(CSV_EOL).toBe('\r\n');
  });
});
