import type { NumberAdvice, QuantityKind, RejectPlace, RejectWhy } from '../../core/reject';
import { clipValue as q, grouped } from '../quote';
import { visibleControls } from '../visible-text';
import type { Entries } from '../families';

/*
 * Why a row was rejected (docs/inputs.md#rejected-rows), English. Each names the column and the
 * value and says what to do. These are also the published sentences (`plan --json`, the rejected
 * rows' CSV), so values and names are quoted cut to 80 characters (`q`) as they always were.
 */

/** The row's place and one code's figures: what a reject entry is said from. */
type Reject<C extends RejectWhy['code']> = RejectPlace & Extract<RejectWhy, { code: C }>['params'];

/** Why a cell is not a number, phrased as advice (`value` the cell as written). */
export function explainProblem(a: NumberAdvice, value: string): string {
  switch (a.problem) {
    case 'negative':
      return "It can't be negative.";
    case 'comma-not-thousands':
      return a.mark === '.' && value.includes(',') && !value.includes('.')
        ? `Here ',' separates thousands (as in 1,536) and the decimal mark is '.', so write ${swapMarks(value)} — or set the decimal mark to ','.`
        : `Here ',' separates thousands (as in 1,536) and the decimal mark is '.'; set the decimal mark to ',' if the file uses decimal commas.`;
    case 'dot-not-thousands':
      return `In a semicolon-delimited file the decimal mark is ',' and '.' only separates thousands (as in 1.536), so write ${swapMarks(value)} — or set the decimal mark to '.'.`;
    case 'bad-grouping':
      return 'Spaces in a number may only group digits in threes (as in 1 536).';
    case 'bad-unit':
      return `Its unit doesn't fit this column; use ${unitsFor(a.kind)}.`;
    case 'ambiguous-unit':
      return ambiguousUnitAdvice(a.unit, a.kind);
    case 'not-integer':
      return 'A whole number is needed.';
    case 'not-finite':
      return 'NaN and Infinity are not usable values.';
    case 'empty':
    case 'not-number':
      return `Write a number such as ${a.mark === '.' ? '12.5' : '12,5'}${a.kind === 'churn' ? ', optionally with a unit (GB, TB or MB/s)' : ''}.`;
  }
}

/** The row has more cells than the header: an unquoted delimiter inside a value shifted them. */
export function rowShapeText(cells: number, width: number, surplus: string, delimiter: string): string {
  const d = delimiter === '\t' ? 'tab' : `'${delimiter}'`;
  const lead = `The row has ${cells} cells but the header has ${width}: a value holds an unquoted ${d}`;
  const moved = `so every later cell moved one column (surplus: '${q(surplus)}')`;
  return delimiter === ','
    ? `${lead} (a decimal comma such as 95,5, or a name such as Smith, J), ${moved}. ` +
        'Write numbers with \'.\' as the decimal mark (95.5) and quote text that holds a comma ("Smith, J"), then load the file again.'
    : `${lead}, ${moved}. Quote text that holds a ${d}, then load the file again.`;
}

function ambiguousUnitAdvice(unit: string, kind: QuantityKind): string {
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

const isFor = (p: { column: string; value: string; name: string }) => `'${p.column}' is '${q(p.value)}' for '${q(p.name)}'`;

/** Why a row was rejected, English. */
export const rejectEn: Entries<'reject', RejectWhy, RejectPlace> = {
  'reject.name-empty': (p: Reject<'name-empty'>) =>
    `The name column '${p.column}' is empty; every machine needs a name. Fill it in or delete the row.`,
  'reject.name-too-long': (p: Reject<'name-too-long'>) =>
    `The name in '${p.column}' is ${grouped(p.length)} characters long ('${q(p.name)}'), more than the ${p.max} a machine name may have. ` +
    'Check that this is the name column and that no quote is missing; shorten the name or delete the row.',
  'reject.unclosed-quote': (p: Reject<'unclosed-quote'>) => {
    const lines = p.lastLine > p.line ? `lines ${p.line}–${p.lastLine}` : `line ${p.line}`;
    return (
      `A quote opened in '${p.column}' on line ${p.line} is never closed, so the rest of the file (${lines}) was read as one value and no machine was taken from it. ` +
      'Close the quote (double any quote inside a value) and load the file again.'
    );
  },
  'reject.churn-missing': (p: Reject<'churn-missing'>) =>
    `'${p.column}' is empty for '${q(p.name)}'. Daily churn is required; write 0 if the machine really has no churn.`,
  'reject.churn-not-number': (p: Reject<'churn-not-number'>) => `${isFor(p)}, which is not a number. ${explainProblem(p.advice, p.value)}`,
  'reject.churn-negative': (p: Reject<'churn-negative'>) => `${isFor(p)}; churn can't be negative. Correct the value or delete the row.`,
  'reject.churn-not-finite': (p: Reject<'churn-not-finite'>) =>
    `${isFor(p)}, which is not a finite number. Write the machine's real daily churn.`,
  'reject.churn-unit-ambiguous': (p: Reject<'churn-unit-ambiguous'>) => `${isFor(p)}. ${ambiguousUnitAdvice(p.unit, 'churn')}`,
  'reject.churn-too-large': (p: Reject<'churn-too-large'>) =>
    `${isFor(p)}, more than the ${grouped(p.maxGB)} GB/day (1 PB/day) the planner accepts for one machine. ` +
    "Check the cell's unit and that this is the churn column; write the machine's real daily churn.",
  'reject.name-control-chars': (p: Reject<'name-control-chars'>) =>
    `The name in '${p.column}' ('${q(visibleControls(p.name))}') contains a line break or a control character, which no host name has. ` +
    'Check the quoting of the row above it (a quote left open joins rows) and correct the name.',
  'reject.row-shape': (p: Reject<'row-shape'>) => rowShapeText(p.cells, p.width, p.value, p.delimiter),
  'reject.duplicate-name': (p: Reject<'duplicate-name'>) => {
    const where = p.site === '' ? '' : ` in site '${q(p.site)}'`;
    return (
      `'${p.column}' is '${q(p.name)}', a name already used on line ${p.firstLine}${where} ` +
      '(names are compared ignoring case, as hostnames are). Each machine may appear once per site; remove or rename the repeat.'
    );
  },
  'reject.bad-number': (p: Reject<'bad-number'>) =>
    `${isFor(p)}, which is not a valid value. ${explainProblem(p.advice, p.value)} Clear the cell if the figure is unknown.`,
  'reject.template': (p: Reject<'template'>) =>
    `A template, not a replicable machine: its '${p.column}' cell is '${p.value}'. Templates are not replicated, so the row is not planned.`,
};
