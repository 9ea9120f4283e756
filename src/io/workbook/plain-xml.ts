/** The pieces of XML the plain-sheet reader shares: stepping aside, and XML text as characters. */

/** Not plain: read-excel-file reads the sheet instead. */
export class NotPlain extends Error {}

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const UNKNOWN_ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** XML text as characters; an ST_Xstring escape (_xHHHH_) or an entity XML does not define is not plain. */
export function xmlText(raw: string): string {
  if (raw.includes('_x')) throw new NotPlain();
  if (!raw.includes('&')) return raw;
  if (UNKNOWN_ENTITY.test(raw)) throw new NotPlain();
  return raw.replace(ENTITY, (_, named: string | undefined, dec: string | undefined, hex: string | undefined) =>
    named ? NAMED[named]! : String.fromCodePoint(dec ? Number(dec) : parseInt(hex!, 16)),
  );
}
