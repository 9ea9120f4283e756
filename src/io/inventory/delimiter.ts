/** Finding the field delimiter of an inventory from its first lines. */

/** The delimiters an inventory may use. */
export type Delimiter = ',' | ';' | '\t';

/** What delimiter detection found. */
interface DelimiterGuess {
  delimiter: Delimiter;
  /** The file starts with Excel's `sep=X` hint line, which is not a record. */
  hasSepLine: boolean;
}

// Tie order: tab and semicolon almost never occur inside ordinary values, while commas do
// (decimal commas, "Smith, J"), so a tie is more likely a real tab/semicolon file.
const CANDIDATES: readonly Delimiter[] = ['\t', ';', ','];
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 11;
const QUOTE = 34;
const LF = 10;
const CR = 13;
const SEP_LINE = /^sep=([,;\t])[ \t]*$/i;

/**
 * Detects the delimiter. The rule: count each candidate outside quotes on the header (the first
 * non-blank record with any candidate: title lines above it have none) and on the records after it
 * among the first 11. A candidate is *consistent* when it
 * occurs on the header and at least half of the sampled data records have exactly the header's
 * count. Pick the consistent candidate with the most occurrences on the header; if none is
 * consistent, the one with the most on the header; ties go tab, then semicolon, then comma.
 * No candidate on the header at all (a one-column file) gives comma.
 */
export function detectDelimiter(text: string): DelimiterGuess {
  const sep = SEP_LINE.exec(firstLine(text));
  if (sep) return { delimiter: sep[1] as Delimiter, hasSepLine: true };
  const sampled = sampleRecordCounts(text);
  // Title lines above the header (docs/inputs.md#header-anywhere) hold no delimiter: the header is the first record with one.
  const first = sampled.findIndex((counts) => counts.some((c) => c > 0));
  const records = first < 0 ? sampled : sampled.slice(first);
  const header = records[0];
  if (header === undefined) return { delimiter: ',', hasSepLine: false };
  const data = records.slice(1);
  let best: Delimiter = ',';
  let bestScore = -1;
  CANDIDATES.forEach((candidate, i) => {
    const headerCount = header[i] ?? 0;
    if (headerCount === 0) return;
    const agreeing = data.filter((counts) => counts[i] === headerCount).length;
    const consistent = data.length === 0 || agreeing * 2 >= data.length;
    // Consistency dominates, then the header count; CANDIDATES order settles ties.
    const score = (consistent ? 1_000_000 : 0) + headerCount;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  });
  return { delimiter: best, hasSepLine: false };
}

/** The first physical line, without its line break (CRLF, LF or a bare CR). */
export function firstLine(text: string): string {
  const end = text.search(/[\r\n]/);
  return end === -1 ? text : text.slice(0, end);
}

/**
 * Per record (split at line breaks outside quotes), how often each candidate occurs outside
 * quotes; blank records are skipped. Like papaparse, a quote opens a quoted field only at the
 * start of a field, so the inch mark in `12" disk` does not swallow the rest of the sample.
 */
function sampleRecordCounts(text: string): number[][] {
  const end = Math.min(text.length, SAMPLE_CHARS);
  const records: number[][] = [];
  let counts = [0, 0, 0];
  let inQuotes = false;
  let blank = true;
  let prev = LF;
  for (let i = 0; i < end && records.length < SAMPLE_RECORDS; prev = text.charCodeAt(i), i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c !== QUOTE) continue;
      if (text.charCodeAt(i + 1) === QUOTE)
        i++; // a doubled quote is a literal quote
      else inQuotes = false;
      continue;
    }
    if (c === QUOTE && (prev === LF || prev === CR || candidateIndex(prev) >= 0)) {
      inQuotes = true;
      blank = false;
      continue;
    }
    if (c === LF || c === CR) {
      if (!blank) records.push(counts);
      counts = [0, 0, 0];
      blank = true;
      continue;
    }
    const k = candidateIndex(c);
    if (k >= 0) counts[k] = (counts[k] ?? 0) + 1;
    else if (c > 32 && c !== 0xa0 && c !== 0xfeff) blank = false;
  }
  if (!blank && records.length < SAMPLE_RECORDS) records.push(counts);
  return records;
}

function candidateIndex(code: number): number {
  if (code === 9) return 0;
  if (code === 59) return 1;
  if (code === 44) return 2;
  return -1;
}
