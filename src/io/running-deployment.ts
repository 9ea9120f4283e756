import type { Issue } from '../core/result';
import { runningIssue } from '../i18n/running-issue-text';
import type { InventoryRead } from './inventory';
import type { ServersRead } from './servers';

/**
 * Why a running deployment can't be read (rebalance and migrate alike): nothing says which
 * process servers run today — no processServer column with a value and no server file. Null when it can.
 */
export function noProcessServer(inventory: InventoryRead, servers: ServersRead | null): Issue | null {
  const assigned = inventory.mapping.processServer !== undefined && inventory.machines.some((m) => m.processServer !== undefined);
  if (assigned || servers !== null) return null;
  return runningIssue({ code: 'no-process-server', params: { hasColumn: inventory.mapping.processServer !== undefined } });
}
