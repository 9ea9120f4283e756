import { For } from 'solid-js';
import type { Migration } from '../../../core/migrate';
import type { MigrationTexts } from '../../../i18n/migrate-texts';
import { useApp } from '../../app-context';
import { Metric } from '../../components/metric';

/** The headline: appliances beside the lower bound and the rule of thumb, batches, and the time one batch after another. */
export function MigrateSummary(props: { migration: Migration; texts: MigrationTexts }) {
  const { tr, fmt } = useApp();
  const s = () => props.migration.summary;
  const otherwise = () => {
    const h = s().hoursOtherwise;
    return h === null
      ? tr('migrate.summary.otherwiseUnknown')
      : tr('migrate.summary.otherwise', { text: tr('migrate.hours', { hours: h }) });
  };
  return (
    <section aria-labelledby="migrate-summary-heading" class="stack">
      <h2 id="migrate-summary-heading">{tr('migrate.summary.heading')}</h2>
      <div class="metrics migrate-metrics">
        <Metric
          id="appliances"
          tone="accent"
          label={tr('migrate.summary.appliances')}
          value={fmt().num(s().appliances)}
          sub={tr('migrate.summary.appliancesSub', { lowerBound: s().lowerBound, vaults: s().vaults })}
        />
        <Metric
          id="rule-of-thumb"
          label={tr('migrate.summary.thumb')}
          value={fmt().num(s().ruleOfThumbAppliances)}
          sub={tr('migrate.summary.thumbSub')}
        />
        <Metric
          id="batches"
          label={tr('migrate.summary.batches')}
          value={fmt().num(s().batches)}
          sub={tr('migrate.summary.batchesSub', { machines: s().machinesToMigrate, unassigned: s().newProtection })}
        />
        <Metric
          id="hours"
          label={tr('migrate.summary.hours')}
          value={tr('migrate.hoursRange', { low: s().hoursIfHealthy[0], high: s().hoursIfHealthy[1] })}
          sub={otherwise()}
        />
      </div>
      <ul class="thumb-reasons small">
        <For each={props.migration.sites}>
          {(site) => (
            <li>
              <strong>{site.site || tr('migrate.noSite')}</strong>: {props.texts.thumb(site)}
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
