import type { Issue } from '../core/result';
import type { InventoryRead } from './inventory';
import type { ServersRead } from './servers';

/**
 * Why a running deployment can't be read (rebalance and migrate alike): nothing says which
 * process servers run today — no processServer column with a value and no server file. Null when it can.
 */
export function noProcessServer(inventory: InventoryRead, servers: ServersRead | null): Issue | null {
  const assigned = inventory.mapping.processServer !== undefined && inventory.machines.some((m) => m.processServer !== undefined);
  if (assigned || servers !== null) return null;
  const why =
    inventory.mapping.processServer === undefined ? 'has no processServer column' : 'names no process server in its processServer column';
  return {
    code: 'no-process-server',
    message: `The inventory ${why} and no server file was given, so nothing says which process servers run today. Add a processServer column (or "process server") or give the server file.`,
  };
}
