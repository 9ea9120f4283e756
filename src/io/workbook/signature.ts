/** Telling a workbook from text by its first bytes, without loading the workbook reader (docs/inputs.md#workbooks). */

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What the first bytes say: a zip (`.xlsx`, `.xlsm`), an OLE2 compound file (`.xls`, or an encrypted `.xlsx`), or neither. */
export type WorkbookKind = 'zip' | 'ole2' | null;

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

/** The kind of workbook `bytes` hold, if any. */
export function workbookKind(bytes: Uint8Array): WorkbookKind {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'zip';
  if (startsWith(bytes, OLE2)) return 'ole2';
  return null;
}

// "EncryptionInfo" in UTF-16LE: the stream an encrypted (password-protected) Office file has.
const ENCRYPTION_INFO = [...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]);

/** An OLE2 file that is an encrypted Office document rather than an old `.xls`. */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  const first = ENCRYPTION_INFO[0]!;
  const limit = Math.min(bytes.length, 1024 * 1024) - ENCRYPTION_INFO.length;
  outer: for (let i = 0; i <= limit; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < ENCRYPTION_INFO.length; j++) if (bytes[i + j] !== ENCRYPTION_INFO[j]) continue outer;
    return true;
  }
  return false;
}
