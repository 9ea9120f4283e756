import type { NetworkDocument } from '../core/network';
import type { PlanDocument } from '../core/plan-document';

/*
 * A plan crosses to the page with its machine names packed into one string and a length array
 * (transferable), rather than as ten thousand separate strings: cloning and later collecting that
 * many strings on every re-plan made the page stutter while a slider moved. The network's lists
 * (each wave's machines, the unknown sizes, the machines no wave takes) are packed the same way.
 */

/** A plan document without machine lists, plus the lists packed. */
export interface PackedPlan {
  /** The document with every `servers[i].machines` and every network list empty (their counts kept). */
  document: PlanDocument;
  /** All machine names: server after server in document order, then the network's lists. */
  names: string;
  /** Length of each name in `names`. */
  lengths: Uint32Array;
}

// The network's lists in packing order: per site, unknown sizes, blocked, then each wave's machines.
const networkLists = (n: NetworkDocument): string[][] =>
  n.sites.flatMap((s) => [s.unknownSize, s.blocked, ...s.waves.map((w) => w.machines)]);

function withoutLists(n: NetworkDocument): NetworkDocument {
  return {
    ...n,
    sites: n.sites.map((s) => ({ ...s, unknownSize: [], blocked: [], waves: s.waves.map((w) => ({ ...w, machines: [] })) })),
  };
}

/** Packs a document's machine lists. */
export function packPlan(doc: PlanDocument): PackedPlan {
  const all = [...doc.servers.flatMap((s) => s.machines), ...(doc.network ? networkLists(doc.network).flat() : [])];
  const lengths = Uint32Array.from(all, (n) => n.length);
  return {
    document: {
      ...doc,
      servers: doc.servers.map((s) => ({ ...s, machines: [] })),
      ...(doc.network ? { network: withoutLists(doc.network) } : {}),
    },
    names: all.join(''),
    lengths,
  };
}

/** The machine lists of a packed plan, per server id and for the network, unpacked on first use. */
export function unpacker(p: PackedPlan): {
  listOf: (id: string) => string[];
  network: () => NetworkDocument | undefined;
  whole: () => PlanDocument;
} {
  const offsets = new Map<string, { first: number; count: number; at: number }>();
  let name = 0;
  let char = 0;
  const skip = (count: number) => {
    const at = { first: name, count, at: char };
    for (let i = 0; i < count; i++) char += p.lengths[name + i]!;
    name += count;
    return at;
  };
  for (const s of p.document.servers) offsets.set(s.id, skip(s.machineCount));
  const netAt = name;
  const netChar = char;
  const slice = (o: { first: number; count: number; at: number }): string[] => {
    const list: string[] = [];
    for (let i = 0, at = o.at; i < o.count; i++) list.push(p.names.slice(at, (at += p.lengths[o.first + i]!)));
    return list;
  };
  const cache = new Map<string, string[]>();
  const listOf = (id: string): string[] => {
    const hit = cache.get(id);
    if (hit) return hit;
    const o = offsets.get(id);
    const list = o ? slice(o) : [];
    cache.set(id, list);
    return list;
  };
  let network: NetworkDocument | undefined;
  const networkWhole = (): NetworkDocument | undefined => {
    const lite = p.document.network;
    if (!lite || network) return network;
    name = netAt;
    char = netChar;
    network = {
      ...lite,
      sites: lite.sites.map((s) => {
        const unknownSize = slice(skip(s.unknownSizeCount));
        const blocked = slice(skip(s.blockedCount));
        return { ...s, unknownSize, blocked, waves: s.waves.map((w) => ({ ...w, machines: slice(skip(w.machineCount)) })) };
      }),
    };
    return network;
  };
  return {
    listOf,
    network: networkWhole,
    whole: () => {
      const n = networkWhole();
      return { ...p.document, servers: p.document.servers.map((s) => ({ ...s, machines: listOf(s.id) })), ...(n ? { network: n } : {}) };
    },
  };
}
