import { migrate, type Migration, type MigrationSettings } from '../core/migrate';
import { fail, type Result } from '../core/result';
import { normalizeHeader, type InventoryRead } from './inventory';
import { migrationDocument, type MigrationDocument } from './migration-document';
import type { ServersRead } from './servers';
import { noProcessServer } from './running-deployment';

/*
 * The migration pipeline behind `migrate` and the Migration view: the running deployment read as
 * `rebalance` reads it (docs/inputs.md#server-file), two optional inventory columns read from the
 * columns the inventory reader leaves unmapped, the core's plan, and the published document.
 */

/** A running deployment read and planned for the move. */
export interface MigratedInventory {
  migration: Migration;
  document: MigrationDocument;
}

/** Header spellings of the optional columns a migration reads (compared as inventory headers are). */
export const MIGRATION_COLUMN_ALIASES = {
  agentVersion: [
    'agentVersion',
    'agent version',
    'mobility agent version',
    'mobility service version',
    'mobility agent',
    '에이전트 버전',
    '모빌리티 에이전트 버전',
  ],
  recoveryPointMinutes: [
    'recoveryPointMinutes',
    'recovery point age (min)',
    'recovery point age minutes',
    'rpo (min)',
    'rpo minutes',
    'rpoMinutes',
    '복구 지점 (분)',
    'RPO (분)',
  ],
} as const;

/**
 * Plans the move of an inventory (and server file) already read. Fails, as `rebalance` does, when
 * nothing says which classic servers run today: no processServer column with a value and no server file.
 */
export function migrateRead(inventory: InventoryRead, servers: ServersRead | null, settings: MigrationSettings): Result<MigratedInventory> {
  const missing = noProcessServer(inventory, servers);
  if (missing) return fail(missing);
  const agent = column(inventory, 'agentVersion');
  const rp = column(inventory, 'recoveryPointMinutes');
  const migration = migrate({
    machines: inventory.machines,
    servers: servers?.servers ?? null,
    settings: { multiplier: settings.multiplier, growthPercent: settings.growthPercent, headroomPercent: settings.headroomPercent },
    ...(agent === null ? {} : { agentVersions: inventory.machines.map((m) => cell(m.extra, agent)) }),
    ...(rp === null ? {} : { recoveryPointMinutes: inventory.machines.map((m) => minutes(cell(m.extra, rp), inventory.decimalMark)) }),
  });
  const document = migrationDocument(migration, {
    inventory: inventory.rejected,
    servers: servers?.rejected ?? [],
    skipped: inventory.skipped,
    notices: { inventory: inventory.notices, servers: servers?.notices ?? [] },
  });
  return { ok: true, value: { migration, document } };
}

// The index (into `Machine.extra`) of the unmapped column a field's aliases name, or null.
function column(inventory: InventoryRead, field: keyof typeof MIGRATION_COLUMN_ALIASES): number | null {
  const names = new Set(MIGRATION_COLUMN_ALIASES[field].map(normalizeHeader));
  const i = inventory.extraColumns.findIndex((h) => names.has(normalizeHeader(h)));
  return i < 0 ? null : i;
}

const cell = (extra: readonly string[] | undefined, i: number): string | undefined => {
  const v = extra?.[i]?.trim();
  return v === undefined || v === '' ? undefined : v;
};

// Minutes as a number; an empty or unreadable cell is unknown, never 0.
function minutes(v: string | undefined, decimalMark: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(decimalMark === ',' ? v.replace(',', '.') : v);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}
