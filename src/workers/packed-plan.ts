import type { PlanDocument } from '../core/plan-document';

/*
 * A plan crosses to the page with its machine names packed into one string and a length array
 * (transferable), rather than as ten thousand separate strings: cloning and later collecting that
 * many strings on every re-plan made the page stutter while a slider moved.
 */

/** A plan document without machine lists, plus the lists packed. */
export interface PackedPlan {
  /** The document with every `servers[i].machines` empty. */
  document: PlanDocument;
  /** All machine names, server after server, in document order. */
  names: string;
  /** Length of each name in `names`. */
  lengths: Uint32Array;
}

/** Packs a document's machine lists. */
export function packPlan(doc: PlanDocument): PackedPlan {
  const all = doc.servers.flatMap((s) => s.machines);
  const lengths = Uint32Array.from(all, (n) => n.length);
  return { document: { ...doc, servers: doc.servers.map((s) => ({ ...s, machines: [] })) }, names: all.join(''), lengths };
}

/** The machine lists of a packed plan, per server id, unpacked on first use. */
export function unpacker(p: PackedPlan): { listOf: (id: string) => string[]; whole: () => PlanDocument } {
  const offsets = new Map<string, { first: number; count: number; at: number }>();
  let name = 0;
  let char = 0;
  for (const s of p.document.servers) {
    offsets.set(s.id, { first: name, count: s.machineCount, at: char });
    for (let i = 0; i < s.machineCount; i++) char += p.lengths[name + i]!;
    name += s.machineCount;
  }
  const cache = new Map<string, string[]>();
  const listOf = (id: string): string[] => {
    const hit = cache.get(id);
    if (hit) return hit;
    const o = offsets.get(id);
    const list: string[] = [];
    if (o) for (let i = 0, at = o.at; i < o.count; i++) list.push(p.names.slice(at, (at += p.lengths[o.first + i]!)));
    cache.set(id, list);
    return list;
  };
  return {
    listOf,
    whole: () => ({ ...p.document, servers: p.document.servers.map((s) => ({ ...s, machines: listOf(s.id) })) }),
  };
}
