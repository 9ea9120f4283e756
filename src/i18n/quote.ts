/** How values read from files are quoted in sentences: cut short, listed, grouped digits. */

/** Longest cell value quoted in a message or kept with a rejected row; longer ones end in '…'. */
const MESSAGE_VALUE_CHARS = 80;

/** Most header names a message lists; a 200,000-column header must not make a 2 MB sentence. */
export const MESSAGE_LIST_ITEMS = 20;

/** Quoted, cut-short items, at most `MESSAGE_LIST_ITEMS` of them: "'a', 'b', … and 12 more". */
export function quotedList(items: readonly string[], max: number = MESSAGE_LIST_ITEMS): string {
  if (items.length === 0) return '(none)';
  const shown = items.slice(0, max).map((h) => `'${clipValue(h)}'`);
  return items.length > max ? `${shown.join(', ')}, … and ${grouped(items.length - max)} more` : shown.join(', ');
}

/** Cuts a value to `max` characters with '…', so one absurd cell can't flood a message. */
export function clipValue(value: string, max: number = MESSAGE_VALUE_CHARS): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

/** "1,000,000": digits grouped by threes, the same in every runtime and locale. */
export function grouped(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+$)/g, ',');
}
