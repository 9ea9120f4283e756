import type { MigrationSettings } from '../../src/core/migrate';
import type { PlanSettings } from '../../src/core/model';
import type { Result } from '../../src/core/result';
import { readInventory, type ReadOptions } from '../../src/io/inventory';
import { migrateRead } from '../../src/io/migrate-inventory';
import { planRead, type PlannedInventory } from '../../src/io/plan-inventory';
import { rebalanceRead } from '../../src/io/rebalance-inventory';
import { readServers } from '../../src/io/servers';
import { said, saidRunning } from './said';

/** Inventory text read and planned, as the CLI and the worker do it in two steps. */
export function planText(text: string, options: ReadOptions, settings: PlanSettings): Result<PlannedInventory> {
  const read = readInventory(text, options);
  return read.ok ? { ok: true, value: planRead(read.value, settings) } : read;
}

/** Inventory and server-file texts read and rebalanced; the server file is optional. */
export function rebalanceText(inventory: string, servers: string | null, settings: PlanSettings) {
  const inv = readInventory(inventory);
  if (!inv.ok) throw new Error(said(inv.issues[0]));
  const srv = servers === null ? null : readServers(servers);
  if (srv && !srv.ok) throw new Error(saidRunning(srv.issues[0]));
  return rebalanceRead(inv.value, srv ? srv.value : null, settings);
}

/** Inventory and server-file texts read and planned for the move to appliances; the server file is optional. */
export function migrateText(inventory: string, servers: string | null, settings: MigrationSettings) {
  const inv = readInventory(inventory);
  if (!inv.ok) throw new Error(said(inv.issues[0]));
  const srv = servers === null ? null : readServers(servers);
  if (srv && !srv.ok) throw new Error(saidRunning(srv.issues[0]));
  const r = migrateRead(inv.value, srv ? srv.value : null, settings);
  if (!r.ok) throw new Error(said(r.issues[0]));
  return { machines: inv.value.machines, ...r.value };
}
