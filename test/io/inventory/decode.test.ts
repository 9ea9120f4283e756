import { describe, expect, it } from 'vitest';
import { decodeInventoryBytes } from '../../../src/io/inventory/decode';
import { said } from '../../support/said';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: (number[] | Uint8Array)[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = [littleEndian ? 0xff : 0xfe, littleEndian ? 0xfe : 0xff];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(littleEndian ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
}

describe('decodeInventoryBytes', () => {
  it('decodes UTF-8 with and without BOM, stripping the BOM', () => {
    const plain = decodeInventoryBytes(utf8('name,churn\n서버1,1\n'));
    const bom = decodeInventoryBytes(concat([0xef, 0xbb, 0xbf], utf8('name,churn\n')));
    expect(plain).toMatchObject({ ok: true, value: { text: 'name,churn\n서버1,1\n', encoding: 'utf-8', notices: [] } });
    expect(bom).toMatchObject({ ok: true, value: { text: 'name,churn\n', encoding: 'utf-8' } });
  });

  it.each([true, false])('decodes UTF-16 with BOM (little-endian: %s) and says so', (le) => {
    const r = decodeInventoryBytes(utf16('name,churn\n이름,1\n', le));
    expect(r.ok && r.value.text).toBe('name,churn\n이름,1\n');
    expect(r.ok && r.value.notices[0]?.code).toBe('encoding-utf16');
  });

  it('falls back to Windows-1252 for invalid UTF-8, with a notice', () => {
    const r = decodeInventoryBytes(Uint8Array.from([...utf8('name,churn\nJos'), 0xe9, ...utf8(',1\n')]));
    expect(r.ok && r.value).toMatchObject({ text: 'name,churn\nJosé,1\n', encoding: 'windows-1252' });
    expect(r.ok && r.value.notices[0]?.code).toBe('encoding-fallback');
  });

  it('keeps UTF-8 when a BOM says so, replacing the invalid bytes, with a notice', () => {
    const r = decodeInventoryBytes(concat([0xef, 0xbb, 0xbf], utf8('name,churn\nJos'), [0xe9], utf8(',1\n')));
    expect(r.ok && r.value).toMatchObject({ text: 'name,churn\nJos\ufffd,1\n', encoding: 'utf-8' });
    expect(r.ok && r.value.notices[0]?.code).toBe('encoding-invalid-utf8');
  });

  it('recognises Korean CP949 text saved by Excel', () => {
    // "이름" in CP949 is C0 CC B8 A7.
    const r = decodeInventoryBytes(Uint8Array.from([0xc0, 0xcc, 0xb8, 0xa7, ...utf8(',churn\nvm,1\n')]));
    expect(r.ok && r.value).toMatchObject({ text: '이름,churn\nvm,1\n', encoding: 'euc-kr' });
  });

  it('refuses Excel workbooks with code xlsx', () => {
    const r = decodeInventoryBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]?.code).toBe('xlsx');
    expect(!r.ok && said(r.issues[0])).toMatch(/Excel workbook.*CSV \(UTF-8\)/);
  });

  it('refuses binary data: NUL bytes without a UTF-16 BOM, or many control characters', () => {
    const nul = decodeInventoryBytes(utf8('n\u0000a\u0000m\u0000e\u0000'));
    const controls = decodeInventoryBytes(Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 1 : 65)));
    expect(!nul.ok && nul.issues[0]?.code).toBe('binary');
    expect(!controls.ok && controls.issues[0]?.code).toBe('binary');
  });

  it('accepts an empty file (the reader reports it as empty)', () => {
    expect(decodeInventoryBytes(new Uint8Array())).toMatchObject({ ok: true, value: { text: '' } });
  });
});
