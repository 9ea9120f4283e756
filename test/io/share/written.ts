import type { Result } from '../../../src/core/result';
import { said } from '../../support/said';

/** The value a writer produced; throws its first issue's message when it refused to write. */
export function written<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`not written: ${r.issues[0]!.code}: ${said(r.issues[0])}`);
  return r.value;
}
