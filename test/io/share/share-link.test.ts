import { Buffer } from 'node:buffer';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeShareFragment,
  encodeShareFragment,
  isShareFragment,
  LINK_COMFORT_LIMIT,
  MAX_SHARE_BYTES,
  shareUrl,
} from '../../../src/io/share/share-link';
import { deflatedZeros, fieldOf, forge, frame, payload, refusedOf, unpack } from './forge';
import { written } from './written';
import { said } from '../../support/said';

const codeOf = (r: { ok: boolean; issues?: { code: string }[] }) => (r.ok ? 'ok' : r.issues![0]!.code);

// A deterministic inventory of about `bytes` characters with Korean names, quoted cells and CRLF.
function bigInventory(bytes: number): string {
  const lines = ['name,dailyChurnGB,site,group,"note, with comma"'];
  let size = lines[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const line = `서버-${i},${(i * 7.31) % 500},"서울 ""본사""",grp-${i % 97},"multi\nline ${i}"`;
    lines.push(line);
    size += line.length + 2;
  }
  return lines.join('\r\n');
}

describe('share link round trip', () => {
  it('restores a payload with Korean text, quotes, CRLF and a 1 MB inventory exactly', async () => {
    const p = payload({
      name: '재해복구 "인벤토리".csv',
      text: bigInventory(1024 * 1024),
      readOptions: { mapping: { name: 0, dailyChurnGB: 1, site: -1 }, delimiter: ';', decimalMark: ',' },
      settings: {
        multiplier: 1.25,
        growthPercent: 30,
        headroomPercent: 70,
        useConfigServerPs: false,
        churnRatePercent: 2.5,
        configSite: '서울',
        strategy: 'least-vcpu',
        ruleSet: 'asr-modernized',
      },
      lang: 'ko',
    });
    expect(p.text.length).toBeGreaterThanOrEqual(1024 * 1024);
    const fragment = written(await encodeShareFragment(p));
    expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(await decodeShareFragment(fragment)).toEqual({ ok: true, value: p });
    expect(await decodeShareFragment(`#${fragment}`)).toEqual({ ok: true, value: p });
  });

  it('writes the documented format: length ‖ raw deflate ‖ CRC-32 of the UTF-8 JSON', async () => {
    const p = payload({ name: '한글.csv' });
    expect(JSON.parse(unpack(written(await encodeShareFragment(p))))).toEqual(p);
    expect(await decodeShareFragment(forge(JSON.stringify(p)))).toEqual({ ok: true, value: p });
  });

  it('round-trips any strings, lone surrogates included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 40 }), async (text, name) => {
        const p = payload({ text, name });
        expect(await decodeShareFragment(written(await encodeShareFragment(p)))).toEqual({ ok: true, value: p });
      }),
      { numRuns: 60 },
    );
  });

  it('tolerates line breaks and spaces a mail client put into the link', async () => {
    const f = written(await encodeShareFragment(payload()));
    const wrapped = `${f.slice(0, 20)}\r\n ${f.slice(20, 50)}\n${f.slice(50)}`;
    expect(await decodeShareFragment(wrapped)).toEqual({ ok: true, value: payload() });
  });

  it('refuses to encode a payload its own decoder would refuse, saying why', async () => {
    const r = await encodeShareFragment(payload({ text: 'a'.repeat(MAX_SHARE_BYTES + 1) }));
    expect(codeOf(r)).toBe('share-not-made');
    expect(r.ok || said(r.issues[0])).toMatch(/^No share link was made: the inventory is 50\.1 MB, more than the 50 MB a share link holds/);
  });

  it('refuses text under the character limit whose UTF-8 JSON passes 50 MiB (Korean: 3 bytes a character)', async () => {
    const r = await encodeShareFragment(payload({ text: '가'.repeat(Math.ceil(MAX_SHARE_BYTES / 3) + 10) }));
    expect(codeOf(r)).toBe('share-not-made');
    expect(r.ok || refusedOf(r.issues[0]!)).toMatchObject({ part: 'content', limitMB: 50 });
  });
});

describe('isShareFragment', () => {
  it('tells a share link (even cut or damaged) from an in-page anchor', () => {
    for (const f of ['v1.AAAA', '#v1.AAAA', 'v1', 'v2.xyz', '# v1.AAAA']) expect(isShareFragment(f), f).toBe(true);
    for (const f of ['', '#', 'results', '#results', 'rejected-heading', 'v', 'view']) expect(isShareFragment(f), f).toBe(false);
  });
});

describe('damaged links', () => {
  it('reports every possible cut as share-truncated, never a throw or a payload', async () => {
    const f = written(await encodeShareFragment(payload({ name: '인벤토리.csv' })));
    for (let cut = 0; cut < f.length; cut++) {
      const r = await decodeShareFragment(f.slice(0, cut));
      expect(codeOf(r), `cut at ${cut}`).toBe('share-truncated');
    }
    expect(codeOf(await decodeShareFragment('#'))).toBe('share-truncated');
  });

  it('never yields a different payload when one character is changed', async () => {
    const p = payload({ text: 'name,dailyChurnGB,site\nweb-01,12.5,Seoul\nweb-02,8,Seoul\nsql-01,180,Busan\n' });
    const f = written(await encodeShareFragment(p));
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let failures = 0;
    for (let i = 3; i < f.length; i++) {
      for (const shift of [1, 17, 32]) {
        const c = alphabet[(alphabet.indexOf(f[i]!) + shift) % 64]!;
        const r = await decodeShareFragment(f.slice(0, i) + c + f.slice(i + 1));
        if (r.ok)
          expect(r.value, `position ${i}`).toEqual(p); // only bits that carry nothing (padding) may change
        else {
          failures++;
          expect(['share-corrupt', 'share-truncated', 'share-invalid', 'share-too-large']).toContain(r.issues[0]!.code);
        }
      }
    }
    expect(failures).toBeGreaterThanOrEqual(3 * (f.length - 3) - 3);
  });

  it.each([
    ['a character outside base64url', (f: string) => `${f.slice(0, 10)}!${f.slice(11)}`],
    ['a base64 "+"', (f: string) => `${f.slice(0, 10)}+${f.slice(11)}`],
    ['extra characters at the end', (f: string) => `${f}AAAA`],
  ])('reports %s as share-corrupt', async (_, damage) => {
    const r = await decodeShareFragment(damage(written(await encodeShareFragment(payload()))));
    expect(codeOf(r)).toBe('share-corrupt');
    expect(r.ok || said(r.issues[0])).toMatch(/Copy it again/);
  });

  it('reports a bad checksum, bad deflate data, bad UTF-8 and non-JSON as share-corrupt', async () => {
    const json = Buffer.from(JSON.stringify(payload()));
    expect(codeOf(await decodeShareFragment(frame(zlib.deflateRawSync(json), zlib.crc32(json) ^ 1)))).toBe('share-corrupt');
    expect(codeOf(await decodeShareFragment(frame(Uint8Array.from([0xff, 0xfe, 0x07, 0x01, 0x02]), 0)))).toBe('share-corrupt');
    expect(codeOf(await decodeShareFragment(forge(Uint8Array.from([0x7b, 0xff, 0x7d]))))).toBe('share-corrupt');
    expect(codeOf(await decodeShareFragment(forge('{"v":1,')))).toBe('share-corrupt');
    expect(codeOf(await decodeShareFragment(forge('')))).toBe('share-corrupt');
  });
});

describe('forged and foreign links', () => {
  const base = payload();
  it.each([
    ['negative multiplier', { ...base, settings: { ...base.settings, multiplier: -1 } }, 'settings.multiplier'],
    ['headroom 120', { ...base, settings: { ...base.settings, headroomPercent: 120 } }, 'settings.headroomPercent'],
    ['unknown strategy', { ...base, settings: { ...base.settings, strategy: 'cheapest' } }, 'settings.strategy'],
    ['extra key at the top', { ...base, admin: true }, 'admin'],
    ['extra key in settings', { ...base, settings: { ...base.settings, x: 1 } }, 'settings.x'],
    ['unknown mapping field', { ...base, readOptions: { mapping: { colour: 2 } } }, 'readOptions.mapping.colour'],
    ['bad delimiter', { ...base, readOptions: { delimiter: '|' } }, 'readOptions.delimiter'],
    ['unknown language', { ...base, lang: 'fr' }, 'lang'],
    ['text not a string', { ...base, text: 42 }, 'text'],
    ['missing settings', { v: 1, name: 'a', text: '', readOptions: {} }, 'settings'],
    ['payload version 2', { ...base, v: 2 }, 'v'],
  ])('reports %s as share-invalid naming the field', async (_, forged, field) => {
    const r = await decodeShareFragment(forge(JSON.stringify(forged)));
    expect(codeOf(r)).toBe('share-invalid');
    if (r.ok) return;
    expect(r.issues.map(fieldOf)).toContain(field);
    expect(said(r.issues.find((i) => fieldOf(i) === field))).toContain(`"${field}`);
  });

  it('refuses a __proto__ key rather than carrying it', async () => {
    const r = await decodeShareFragment(forge(`{"__proto__":{"polluted":1},${JSON.stringify(base).slice(1)}`));
    expect(codeOf(r)).toBe('share-invalid');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(['v9.AAAA', 'v2.', 'v10.abc', '#v9.Zm9v'])('reports a future version %s as share-version', async (f) => {
    const r = await decodeShareFragment(f);
    expect(codeOf(r)).toBe('share-version');
    expect(r.ok || said(r.issues[0])).toMatch(/newer version/);
  });

  it.each(['x1.abc', 'section-2', 'V1.abc'])('reports a fragment that is no share link (%s) as share-version', async (f) => {
    expect(codeOf(await decodeShareFragment(f))).toBe('share-version');
  });
});

describe('zip bombs', () => {
  it('stops inflating 200 MB of zeros at the 50 MB limit, quickly and without holding 200 MB', async () => {
    const deflated = await deflatedZeros(200);
    const fragment = frame(deflated, 0);
    expect(fragment.length).toBeLessThan(400_000);
    let peak = 0;
    const baseline = process.memoryUsage().arrayBuffers;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().arrayBuffers - baseline)), 2);
    const started = performance.now();
    const r = await decodeShareFragment(fragment);
    const ms = performance.now() - started;
    clearInterval(timer);
    expect(codeOf(r)).toBe('share-too-large');
    expect(ms).toBeLessThan(5000);
    expect(peak).toBeLessThan(120 * 1024 * 1024);
  });
});

describe('shareUrl', () => {
  it('puts the fragment after the page address, replacing any existing hash', () => {
    expect(shareUrl('https://example.org/planner/', 'v1.abc')).toBe('https://example.org/planner/#v1.abc');
    expect(shareUrl('https://example.org/planner/index.html?x=1#v1.old', 'v1.new')).toBe(
      'https://example.org/planner/index.html?x=1#v1.new',
    );
    expect(shareUrl('file:///C:/planner/index.html#', '#v1.abc')).toBe('file:///C:/planner/index.html#v1.abc');
  });

  it('sets the comfort limit at 8000 characters', () => {
    expect(LINK_COMFORT_LIMIT).toBe(8000);
  });
});
