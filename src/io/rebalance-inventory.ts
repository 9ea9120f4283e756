import type { RebalanceSettings } from '../core/deployment';
import { rebalance, type Rebalance } from '../core/rebalance';
import { rebalanceDocument, type RebalanceDocument } from './documents';
import { fail, type Result } from '../core/result';
import { healthTexts } from '../i18n/health-texts';
import type { Lang } from '../i18n/format';
import type { InventoryRead } from './inventory';
import type { ServersRead } from './servers';
import { noProcessServer } from './running-deployment';

/** A running deployment read and rebalanced. */
export interface RebalancedInventory {
  inventory: InventoryRead;
  servers: ServersRead | null;
  rebalance: Rebalance;
  document: RebalanceDocument;
}

/**
 * Rebalances an inventory (and server file) already read: the one pipeline behind the CLI and
 * the app. Fails when nothing says which process servers exist: no processServer column with a
 * value and no server file.
 */
export function rebalanceRead(
  inventory: InventoryRead,
  servers: ServersRead | null,
  settings: RebalanceSettings,
  lang: Lang = 'en',
): Result<RebalancedInventory> {
  const missing = noProcessServer(inventory, servers);
  if (missing) return fail(missing);
  const r = rebalance(inventory.machines, servers?.servers ?? null, settings);
  const document = rebalanceDocument(
    r,
    { inventory: inventory.rejected, servers: servers?.rejected ?? [], skipped: inventory.skipped },
    healthTexts(lang),
  );
  return { ok: true, value: { inventory, servers, rebalance: r, document } };
}
