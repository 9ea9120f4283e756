/**
 * English texts for rejected rows. Each names the column and the value and says what to do;
 * the stable `code` beside it is what translations key on. Values and names are quoted cut to
 * 80 characters (`q`), so a 10,000-character cell still gives a readable sentence.
 */

import { clipValue as q, grouped } from '../limits';
import type { DecimalMark, NumberProblem } from './numbers';
import { writtenUnit, type QuantityKind } from './quantity';
import { visibleControls } from '../visible-text';

/** Why a cell is not a number, phrased as advice. */
export function explainProblem(problem: NumberProblem, value: string, mark: DecimalMark, kind: QuantityKind): string {
  switch (problem) {
    case 'comma-not-thousands':
      return mark === '.' && value.includes(',') && !value.includes('.')
        ? `Here ',' separates thousands (as in 1,536) and the decimal mark is '.', so write ${swapMarks(value)} — or set the decimal mark to ','.`
        : `Here ',' separates thousands (as in 1,536) and the decimal mark is '.'; set the decimal mark to ',' if the file uses decimal commas.`;
    case 'dot-not-thousands':
      return `In a semicolon-delimited file the decimal mark is ',' and '.' only separates thousands (as in 1.536), so write ${swapMarks(value)} — or set the decimal mark to '.'.`;
    case 'bad-grouping':
      return 'Spaces in a number may only group digits in threes (as in 1 536).';
    case 'bad-unit':
      return `Its unit doesn't fit this column; use ${unitsFor(kind)}.`;
    case 'ambiguous-unit':
      return ambiguousUnitAdvice(value, kind);
    case 'not-integer':
      return 'A whole number is needed.';
    case 'not-finite':
      return 'NaN and Infinity are not usable values.';
    case 'empty':
    case 'not-number':
      return `Write a number such as ${mark === '.' ? '12.5' : '12,5'}${kind === 'churn' ? ', optionally with a unit (GB, TB or MB/s)' : ''}.`;
  }
}

/** The column is empty where a name is needed. */
export function nameEmptyMessage(column: string): string {
  return `The name column '${column}' is empty; every machine needs a name. Fill it in or delete the row.`;
}

/** The name is longer than any host name can be: probably not the name column, or a lost quote. */
export function nameTooLongMessage(column: string, name: string, max: number): string {
  return (
    `The name in '${column}' is ${grouped(name.length)} characters long ('${q(name)}'), more than the ${max} a machine name may have. ` +
    'Check that this is the name column and that no quote is missing; shorten the name or delete the row.'
  );
}

/** The row opens a quote that never closes, so it swallowed the rest of the file. */
export function unclosedQuoteMessage(column: string, line: number, lastLine: number): string {
  const lines = lastLine > line ? `lines ${line}–${lastLine}` : `line ${line}`;
  return (
    `A quote opened in '${column}' on line ${line} is never closed, so the rest of the file (${lines}) was read as one value and no machine was taken from it. ` +
    'Close the quote (double any quote inside a value) and load the file again.'
  );
}

/** The churn cell is empty (never read as 0). */
export function churnMissingMessage(column: string, name: string): string {
  return `'${column}' is empty for '${q(name)}'. Daily churn is required; write 0 if the machine really has no churn.`;
}

/** The churn cell is not a number. */
export function churnNotNumberMessage(column: string, name: string, value: string, why: string): string {
  return `'${column}' is '${q(value)}' for '${q(name)}', which is not a number. ${why}`;
}

/** The churn is below zero. */
export function churnNegativeMessage(column: string, name: string, value: string): string {
  return `'${column}' is '${q(value)}' for '${q(name)}'; churn can't be negative. Correct the value or delete the row.`;
}

/** The churn is NaN, Infinity or overflows. */
export function churnNotFiniteMessage(column: string, name: string, value: string): string {
  return `'${column}' is '${q(value)}' for '${q(name)}', which is not a finite number. Write the machine's real daily churn.`;
}

/** The churn cell's unit may be bits or bytes (`10 Mb/s`, `5 Gb`): refused, never guessed. */
export function churnUnitAmbiguousMessage(column: string, name: string, value: string): string {
  return `'${column}' is '${q(value)}' for '${q(name)}'. ${ambiguousUnitAdvice(value, 'churn')}`;
}

/** The churn converts to more than one machine can have: a wrong unit or column, never a plan. */
export function churnTooLargeMessage(column: string, name: string, value: string, maxGB: number): string {
  return (
    `'${column}' is '${q(value)}' for '${q(name)}', more than the ${grouped(maxGB)} GB/day (1 PB/day) the planner accepts for one machine. ` +
    "Check the cell's unit and that this is the churn column; write the machine's real daily churn."
  );
}

/** The name holds a line break or a control character: no host is called that. */
export function nameControlMessage(column: string, name: string): string {
  return (
    `The name in '${column}' ('${q(visibleControls(name))}') contains a line break or a control character, which no host name has. ` +
    'Check the quoting of the row above it (a quote left open joins rows) and correct the name.'
  );
}

/** The row has more cells than the header: an unquoted delimiter inside a value shifted them. */
export function rowShapeMessage(cells: number, width: number, surplus: string, delimiter: string): string {
  const d = delimiter === '\t' ? 'tab' : `'${delimiter}'`;
  const lead = `The row has ${cells} cells but the header has ${width}: a value holds an unquoted ${d}`;
  const moved = `so every later cell moved one column (surplus: '${q(surplus)}')`;
  return delimiter === ','
    ? `${lead} (a decimal comma such as 95,5, or a name such as Smith, J), ${moved}. ` +
        'Write numbers with \'.\' as the decimal mark (95.5) and quote text that holds a comma ("Smith, J"), then load the file again.'
    : `${lead}, ${moved}. Quote text that holds a ${d}, then load the file again.`;
}

/** The name repeats one accepted earlier in the same site. */
export function duplicateNameMessage(column: string, name: string, site: string, firstLine: number): string {
  const where = site === '' ? '' : ` in site '${q(site)}'`;
  return (
    `'${column}' is '${q(name)}', a name already used on line ${firstLine}${where} ` +
    '(names are compared ignoring case, as hostnames are). Each machine may appear once per site; remove or rename the repeat.'
  );
}

/** An optional numeric column holds something unusable. */
export function badNumberMessage(column: string, name: string, value: string, why: string): string {
  return `'${column}' is '${q(value)}' for '${q(name)}', which is not a valid value. ${why} Clear the cell if the figure is unknown.`;
}

function ambiguousUnitAdvice(value: string, kind: QuantityKind): string {
  const unit = writtenUnit(value);
  const bytes = kind === 'rate' ? 'MB/s' : unit.startsWith('M') ? 'MB/s' : `${unit.charAt(0)}B`;
  return (
    `'${unit}' with a lower-case b usually means bits, but is often written for bytes, so the value was not guessed. ` +
    `Write ${bytes} for bytes, or Mbit/s for megabits per second (÷ 8 = MB/s).`
  );
}

/** Suggests the same figure with the other decimal convention: "12.5" → "12,5". */
function swapMarks(value: string): string {
  return q(value.trim()).replace(/[.,]/g, (m) => (m === '.' ? ',' : '.'));
}

function unitsFor(kind: QuantityKind): string {
  if (kind === 'churn') return 'GB or GB/day, TB or TB/day, MB/s, or Mbit/s';
  if (kind === 'size') return 'GB or TB';
  if (kind === 'rate') return 'MB/s or Mbit/s';
  return 'a plain whole number';
}
