import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import { MAX_SIGN_OFF_CHARS, parsePayload, type SharePayload } from '../../../src/io/share/payload';
import { decodeShareFragment, encodeShareFragment } from '../../../src/io/share/share-link';
import { fieldOf } from './forge';

const base: SharePayload = { v: 1, name: 'estate.csv', text: 'name,churn\na,1\n', readOptions: {}, settings: { ...DEFAULT_SETTINGS } };
const signOff = {
  preparedBy: 'Kim Minji',
  reviewedBy: '',
  approvedBy: '',
  changeRef: 'CHG-0042',
  hosts: { CS: { host: 'cs01', ip: '10.0.0.5' } },
};

describe('the sign-off in a payload', () => {
  it('is optional: links and states made before it still open', () => {
    expect(parsePayload(base)).toEqual({ ok: true, value: base });
  });

  it('travels through a share link whole', async () => {
    const link = await encodeShareFragment({ ...base, signOff });
    expect(link.ok).toBe(true);
    const back = await decodeShareFragment(link.ok ? link.value : '');
    expect(back.ok && back.value.signOff).toEqual(signOff);
  });

  it('refuses a field too long, or an unknown field, naming it', () => {
    const long = parsePayload({ ...base, signOff: { ...signOff, approvedBy: 'x'.repeat(MAX_SIGN_OFF_CHARS + 1) } });
    expect(!long.ok && fieldOf(long.issues[0]!)).toBe('signOff.approvedBy');
    const extra = parsePayload({ ...base, signOff: { ...signOff, hosts: { CS: { host: 'a', ip: 'b', port: 1 } } } });
    expect(extra.ok).toBe(false);
  });
});
