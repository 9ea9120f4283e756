/** Terminal tables for the commands' readable reports. */

// East Asian wide characters take two terminal columns: Hangul, CJK ideographs, full-width forms.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Columns a string takes in a terminal. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

const pad = (text: string, width: number, right: boolean) => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
};

/** Rows of cells as aligned columns; columns in `rightAligned` are right-aligned (numbers). */
export function textTable(rows: readonly string[][], rightAligned: ReadonlySet<number>): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c]!))));
  return rows
    .map((r) =>
      r
        .map((cell, c) => pad(cell, widths[c]!, rightAligned.has(c)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** How a report names a site (the empty site of an inventory without sites). */
export const siteLabel = (site: string) => (site === '' ? '(none)' : site);

const MAX_LISTED = 20;

/** Appends a titled list to a report: its count, the first 20 lines, and how many more `--json` lists. */
export function listed(out: string[], title: string, lines: string[]): void {
  if (!lines.length) return;
  out.push('', `${title} (${lines.length}):`, ...lines.slice(0, MAX_LISTED).map((l) => `  - ${l}`));
  if (lines.length > MAX_LISTED) out.push(`  … and ${lines.length - MAX_LISTED} more (--json lists all)`);
}

/** The rows read but not planned, each list under its title: rejected inventory rows, skipped ones, rejected server rows. */
export function listRowFates(
  out: string[],
  doc: { rejected: { inventory: readonly RowText[]; servers: readonly RowText[] }; skipped: readonly { line: number; reason: string }[] },
  skippedTitle: string,
  skipText: (reason: string) => string,
): void {
  listed(
    out,
    'Rejected inventory rows',
    doc.rejected.inventory.map((r) => `line ${r.line}: ${r.message}`),
  );
  listed(
    out,
    skippedTitle,
    doc.skipped.map((r) => `line ${r.line}: ${skipText(r.reason)}`),
  );
  listed(
    out,
    'Rejected server rows',
    doc.rejected.servers.map((r) => `line ${r.line}: ${r.message}`),
  );
}

interface RowText {
  line: number;
  message: string;
}
