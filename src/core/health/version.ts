/** Dotted numeric versions (9.38.5340.1), as Site Recovery reports them. */

const DOTTED = /^[vV]?(\d+(?:\.\d+)*)$/;

/** The version's numeric parts, or null when it is not a dotted numeric version. */
export function parseVersion(text: string): number[] | null {
  const m = DOTTED.exec(text.trim());
  if (!m) return null;
  const parts = m[1]!.split('.').map(Number);
  return parts.every(Number.isSafeInteger) ? parts : null;
}

/** Negative when a is older than b, 0 when equal, positive when newer; a missing part counts as 0 (9.38 = 9.38.0). */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
