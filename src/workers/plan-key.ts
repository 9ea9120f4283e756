import type { PlanSettings } from '../core/model';

/**
 * The identity of a plan's settings: the whole settings object as canonical JSON (keys sorted,
 * at every depth; absent and undefined alike), so a setting added later is part of it without
 * anyone listing it here.
 */
export function planKey(s: PlanSettings): string {
  return canonicalJson(s);
}

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (typeof v !== 'object' || v === null) return JSON.stringify(v) ?? 'null';
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}
