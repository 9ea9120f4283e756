/** Reading the server file's cells: roles, percentages, minutes, sizes, service lists. */

import type { RangeRule } from '../../core/reject';
import type { ServerRole } from '../../core/rules';
import { parseNumber, parseQuantity, type DecimalMark, type NumberProblem } from '../inventory';

/** A cell that isn't usable, and why (the rule or the number's problem, for the sentence to name). */
export type CellProblem = FigureProblem | { code: 'bad-role' };

/** A figure's cell that isn't usable: not a number, or out of its rule's range. */
export type FigureProblem = { code: 'bad-number'; problem: NumberProblem } | { code: 'out-of-range'; rule: RangeRule };

const IGNORED = /[\s_\-.()/]/g;

const ROLES: ReadonlyMap<string, ServerRole> = new Map<string, ServerRole>([
  ...['configuration', 'config', 'configurationserver', 'configserver', 'cs', 'inbuilt', 'builtin', '구성서버', '구성'].map(
    (k) => [k, 'configuration'] as const,
  ),
  ...[
    'scaleout',
    'scaleoutprocessserver',
    'scaleoutps',
    'processserver',
    'ps',
    'standalone',
    '확장프로세스서버',
    '확장',
    '프로세스서버',
  ].map((k) => [k, 'scale-out'] as const),
]);

/** The role a cell names; undefined when empty; a problem when it names none. */
export function parseRole(raw: string): ServerRole | undefined | CellProblem {
  const key = raw.normalize('NFKC').toLowerCase().replace(IGNORED, '');
  if (key === '') return undefined;
  return ROLES.get(key) ?? { code: 'bad-role' };
}

/** A percentage 0–100; a trailing % is fine. */
export function parsePercent(raw: string, mark: DecimalMark): number | FigureProblem {
  const n = parseNumber(raw.trim().replace(/\s*%$/, ''), mark);
  if (typeof n !== 'number') return { code: 'bad-number', problem: n };
  return n >= 0 && n <= 100 ? n : { code: 'out-of-range', rule: 'percent' };
}

const MINUTES = /\s*(?:minutes|minute|mins|min|m|분)$/i;

/** Minutes ≥ 0; a trailing "min" or "분" is fine. */
export function parseMinutes(raw: string, mark: DecimalMark): number | FigureProblem {
  const n = parseNumber(raw.trim().replace(MINUTES, ''), mark);
  if (typeof n !== 'number') return { code: 'bad-number', problem: n };
  return n >= 0 ? n : { code: 'out-of-range', rule: 'heartbeat' };
}

/** A size in GB (a cell may say GB or TB), ≥ 0. */
export function parseSizeGB(raw: string, mark: DecimalMark): number | FigureProblem {
  const n = parseQuantity(raw, mark, 'size', 'GB');
  if (typeof n !== 'number') return { code: 'bad-number', problem: n };
  return n >= 0 ? n : { code: 'out-of-range', rule: 'size' };
}

/** A whole vCPU count ≥ 1. */
export function parseVcpu(raw: string, mark: DecimalMark): number | FigureProblem {
  const n = parseQuantity(raw, mark, 'count', 'GB');
  if (typeof n !== 'number') return { code: 'bad-number', problem: n };
  return n >= 1 ? n : { code: 'out-of-range', rule: 'vcpu' };
}

const NONE = new Set(['none', '-', '—', 'n/a', 'na', '0', '없음']);

/** Services listed in one cell, separated by ; | or , — an empty cell or "none" is no service down. */
export function parseServices(raw: string): string[] {
  const text = raw.trim();
  if (text === '' || NONE.has(text.toLowerCase())) return [];
  return text
    .split(/[;|,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
