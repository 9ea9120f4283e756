/** Site names: compared as host names are (trimmed, NFC, case-insensitive), shown as first written. */

import { hostKey } from '../../core/host-name';

/**
 * Gives every spelling of a site its first spelling, so `Seoul` and `seoul`, or `서울` composed and
 * decomposed, are one site for every reader of the inventory (planner, rebalance, running view).
 */
export class SiteNames {
  // Spelling as written → the site's first spelling: after the first row, a site costs one lookup.
  private readonly bySpelling = new Map<string, string>();
  private readonly byKey = new Map<string, string>();

  /** The first spelling of the site `trimmed` names. */
  canonical(trimmed: string): string {
    const known = this.bySpelling.get(trimmed);
    if (known !== undefined) return known;
    const key = hostKey(trimmed);
    let first = this.byKey.get(key);
    if (first === undefined) this.byKey.set(key, (first = trimmed));
    this.bySpelling.set(trimmed, first);
    return first;
  }
}
