/**
 * A published document as `rebalance --json` and `migrate --json` print it and the page downloads
 * it: the document id first (as in `plan --json`), then the document. One function for both, so the
 * page's download and the command's output stay byte for byte the same.
 */
export function documentJson(documentId: string, doc: object): string {
  return `${JSON.stringify({ documentId, ...doc }, null, 2)}\n`;
}
