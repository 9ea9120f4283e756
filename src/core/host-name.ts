/** How machine and server names are compared. */

const NON_ASCII = /[^\p{ASCII}]/u;

/** A name's comparison key: host names are case-insensitive, and NFC makes composed and decomposed Hangul equal. */
export function hostKey(name: string): string {
  // NFC is a no-op on ASCII, and skipping it there is most of the per-row cost of this check.
  return (NON_ASCII.test(name) ? name.normalize('NFC') : name).toLowerCase();
}
