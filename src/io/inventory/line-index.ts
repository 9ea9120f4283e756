/** Turning character offsets into 1-based line numbers, as an editor would show them. */

/**
 * Returns a function from a record's start offset to its line. Offsets must not decrease
 * between calls (records arrive in file order), so each call only walks forward: the whole
 * file costs one pass, however many quoted fields with embedded line breaks it has.
 */
export function createLineCounter(text: string): (offset: number) => number {
  const starts = lineStarts(text);
  let k = 0;
  return (offset: number): number => {
    while (k + 1 < starts.length && (starts[k + 1] ?? Infinity) <= offset) k++;
    return k + 1;
  };
}

/** Offsets where each line starts. CR-only files (old Mac) count CR, everything else LF. */
function lineStarts(text: string): number[] {
  const brk = text.includes('\n') ? '\n' : '\r';
  const starts = [0];
  let at = text.indexOf(brk);
  while (at !== -1) {
    starts.push(at + 1);
    at = text.indexOf(brk, at + 1);
  }
  return starts;
}
