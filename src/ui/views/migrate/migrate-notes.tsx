import { For, Show } from 'solid-js';
import type { Migration } from '../../../core/migrate';
import type { MigrationTexts } from '../../../i18n/migrate-texts';
import { useApp } from '../../app-context';

/** Warnings, the machines protected new (no batch), and those no appliance can take. */
export function MigrateNotes(props: { migration: Migration; texts: MigrationTexts }) {
  const { tr } = useApp();
  const m = () => props.migration;
  const diskUnknown = () => m().batches.filter((b) => b.warnings.some((w) => w.code === 'disk-size-unknown')).length;
  return (
    <>
      <Show when={m().warnings.length > 0 || diskUnknown() > 0}>
        <section class="card stack" aria-labelledby="migrate-warnings-heading" data-testid="migrate-warnings">
          <h2 id="migrate-warnings-heading">{tr('migrate.notes.heading')}</h2>
          <ul>
            <For each={m().warnings}>{(w) => <li data-code={w.code}>{props.texts.warning(w)}</li>}</For>
            <Show when={diskUnknown() > 0}>
              <li data-code="disk-size-unknown">{tr('migrate.notes.diskUnknown', { n: diskUnknown() })}</li>
            </Show>
          </ul>
        </section>
      </Show>
      <Show when={m().newProtection.length > 0}>
        <section class="card stack" aria-labelledby="migrate-new-heading" data-testid="new-protection">
          <h2 id="migrate-new-heading">{tr('migrate.new.heading', { n: m().newProtection.length })}</h2>
          <p class="small muted">{tr('migrate.new.intro')}</p>
          <p>
            {m()
              .newProtection.map((n) => `${n.machine} → ${n.appliance}`)
              .join(', ')}
          </p>
        </section>
      </Show>
      <Show when={m().unplaced.length > 0}>
        <section class="card stack" aria-labelledby="migrate-unplaced-heading">
          <h2 id="migrate-unplaced-heading">{tr('migrate.unplaced.heading')}</h2>
          <ul>
            <For each={m().unplaced}>
              {(u) => (
                <li>
                  <strong>{u.machine}</strong>: {props.texts.unplaced(u)}
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
    </>
  );
}
