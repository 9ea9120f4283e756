import type { BatchWarning, MigrationSite, MigrationUnplaced, MigrationWarning, Prerequisite } from '../core/migrate';
import { translator, type Translate } from './catalogue';
import type { Lang } from './format';

/** The migration's sentences in one language, from its codes and figures. */
export interface MigrationTexts {
  prerequisite: (p: Prerequisite) => string;
  warning: (w: MigrationWarning) => string;
  batchWarning: (w: BatchWarning) => string;
  thumb: (s: MigrationSite) => string;
  unplaced: (u: MigrationUnplaced) => string;
}

/** The migration's sentences in `lang` (English for the JSON document and the CLI). */
export function migrationTexts(lang: Lang): MigrationTexts {
  const t = translator(lang);
  const prerequisite = (p: Prerequisite) => prerequisiteText(t, p);
  const warning = (w: MigrationWarning) => warningText(t, w);
  const thumb = (s: MigrationSite) => thumbText(t, s);
  const batchWarning = (w: BatchWarning): string =>
    w.code === 'group-over-batch' ? t('migrate.batch.group-over-batch', w.params) : t('migrate.batch.disk-size-unknown', w.params);
  const unplaced = (u: MigrationUnplaced): string =>
    u.code === 'churn-over-limit'
      ? t('migrate.unplaced.churn-over-limit', { limit: u.limit })
      : t('migrate.unplaced.machines-over-limit', { limit: u.limit });
  return { prerequisite, warning, batchWarning, thumb, unplaced };
}

// A prerequisite's check and what it found.
function prerequisiteText(t: Translate, p: Prerequisite): string {
  switch (p.code) {
    case 'server-versions': {
      const names = [...p.params.below, ...(p.status === 'not-met' ? [] : p.params.missing)];
      return t('migrate.prereq.server-versions', {
        status: p.status,
        minimum: p.params.minimum,
        names,
        checked: p.params.checked,
        missingCount: p.params.missing.length,
      });
    }
    case 'agent-versions':
      return t('migrate.prereq.agent-versions', {
        status: p.status,
        minimum: p.params.minimum,
        names: p.params.below,
        checked: p.params.checked,
        missingCount: p.params.missing,
        hasColumn: p.params.column,
      });
    case 'new-vault':
      return t('migrate.prereq.new-vault', p.params);
    case 'managed-disks':
      return t('migrate.prereq.managed-disks');
    case 'initial-replication':
      return t('migrate.prereq.initial-replication');
    case 'not-failed-over':
      return t('migrate.prereq.not-failed-over');
    case 'recovery-plans':
      return t('migrate.prereq.recovery-plans');
    case 'same-endpoint':
      return t('migrate.prereq.same-endpoint');
  }
}

// A warning about the migration as a whole.
function warningText(t: Translate, w: MigrationWarning): string {
  switch (w.code) {
    case 'dedicated-appliance':
      return t('migrate.warning.dedicated-appliance', w.params);
    case 'unplaced':
      return t('migrate.warning.unplaced', w.params);
    case 'peak-churn':
      return t('migrate.warning.peak-churn', { machine: w.params.machine, peakMBps: w.params.peakMBps, limitMBps: w.params.limit });
    case 'source-server-split':
      return t('migrate.warning.source-server-split', {
        server: w.params.server,
        site: w.params.site,
        applianceIds: w.params.appliances,
        fits: w.params.fits,
      });
    case 'group-across-servers':
      return t('migrate.warning.group-across-servers', { group: w.params.group, site: w.params.site, names: w.params.servers });
    case 'above-lower-bound':
      return t('migrate.warning.above-lower-bound', w.params);
    case 'no-replicating-machines':
      return t('migrate.warning.no-replicating-machines');
    case 'unknown-server':
      return t('migrate.warning.unknown-server', w.params);
  }
}

// Why a site's appliances differ from the rule of thumb (one per classic process server), or not.
function thumbText(t: Translate, s: MigrationSite): string {
  const p = { appliances: s.appliances, classic: s.classicServers };
  switch (s.reason) {
    case 'same':
      return t('migrate.thumb.same', p);
    case 'fits-fewer':
      return t('migrate.thumb.fits-fewer', p);
    case 'server-over-appliance':
      return t('migrate.thumb.server-over-appliance', p);
    case 'dedicated':
      return t('migrate.thumb.dedicated', p);
    case 'new-protection':
      return t('migrate.thumb.new-protection', p);
    case 'load-needs-more':
      return t('migrate.thumb.load-needs-more', p);
  }
}
