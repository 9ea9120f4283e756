import { For, Show } from 'solid-js';
import type { Migration, MigrationBatch, PrerequisiteStatus } from '../../../core/migrate';
import type { MigrationTexts } from '../../../i18n/migrate-texts';
import { useApp } from '../../app-context';
import { Tick } from './tick';

const BADGE: Record<PrerequisiteStatus, string> = { met: 'ok', 'not-met': 'crit', unknown: 'info' };
const STATUS = { met: 'migrate.status.met', 'not-met': 'migrate.status.not-met', unknown: 'migrate.status.unknown' } as const;

/**
 * The runbook, in the order the move is done (docs/rules.md#migration-from-classic): check the
 * prerequisites, create the vault, deploy and register the appliances one at a time, migrate each
 * batch, recreate the recovery plans. The same on screen and on paper, where tick boxes are boxes.
 */
export function Runbook(props: { migration: Migration; texts: MigrationTexts }) {
  const { tr } = useApp();
  const m = () => props.migration;
  const vault = () => m().prerequisites.find((p) => p.code === 'new-vault')!;
  const plans = () => m().prerequisites.find((p) => p.code === 'recovery-plans')!;
  return (
    <section class="card stack runbook" aria-labelledby="migrate-runbook-heading" data-testid="runbook">
      <h2 id="migrate-runbook-heading">{tr('migrate.runbook.heading')}</h2>
      <ol class="runbook-steps">
        <PrerequisiteStep migration={props.migration} texts={props.texts} />
        <li>
          <h3>
            <Tick label={tr('migrate.runbook.vault')} /> {tr('migrate.runbook.vault')}
          </h3>
          <p>{props.texts.prerequisite(vault())}</p>
        </li>
        <ApplianceStep migration={props.migration} />
        <BatchStep migration={props.migration} texts={props.texts} />
        <li>
          <h3>
            <Tick label={tr('migrate.runbook.plans')} /> {tr('migrate.runbook.plans')}
          </h3>
          <p>{props.texts.prerequisite(plans())}</p>
        </li>
      </ol>
    </section>
  );
}

// Step 1: the checks before anything moves, each with what it found.
function PrerequisiteStep(props: { migration: Migration; texts: MigrationTexts }) {
  const { tr } = useApp();
  const checks = () => props.migration.prerequisites.filter((p) => p.code !== 'new-vault' && p.code !== 'recovery-plans');
  return (
    <li>
      <h3>{tr('migrate.runbook.prerequisites')}</h3>
      <ul class="prerequisites" data-testid="prerequisites">
        <For each={checks()}>
          {(p) => (
            <li data-code={p.code}>
              <span class={`badge ${BADGE[p.status]}`}>{tr(STATUS[p.status])}</span> {props.texts.prerequisite(p)}
            </li>
          )}
        </For>
      </ul>
    </li>
  );
}

// Step 3: the appliances, registered one at a time in this order.
function ApplianceStep(props: { migration: Migration }) {
  const { tr } = useApp();
  const m = () => props.migration;
  return (
    <li>
      <h3>{tr('migrate.runbook.appliances')}</h3>
      <p class="small muted">{tr('migrate.runbook.appliancesNote')}</p>
      <ol class="appliance-steps" data-testid="appliance-steps">
        <For each={m().appliances}>
          {(a) => (
            <li>
              <Tick label={a.id} /> <strong>{a.id}</strong>{' '}
              {tr('migrate.runbook.appliance', {
                site: a.site,
                tier: a.tier,
                vcpu: a.vcpu,
                memoryGB: a.memoryGB,
                cacheGB: a.cacheGB,
                machines: a.machineCount,
                churnGBPerDay: a.churnGBPerDay,
              })}
            </li>
          )}
        </For>
      </ol>
    </li>
  );
}

// Step 4: the batches, one after another, with the time each takes.
function BatchStep(props: { migration: Migration; texts: MigrationTexts }) {
  const { tr } = useApp();
  const m = () => props.migration;
  return (
    <li>
      <h3>{tr('migrate.runbook.batches')}</h3>
      <p class="small muted">{tr('migrate.runbook.batchesNote')}</p>
      <div class="table-wrap">
        <table class="data batches" data-testid="batches">
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">{tr('migrate.col.done')}</span>
              </th>
              <th scope="col">{tr('migrate.col.batch')}</th>
              <th scope="col">{tr('migrate.col.appliance')}</th>
              <th scope="col">{tr('migrate.col.from')}</th>
              <th scope="col">{tr('migrate.col.machines')}</th>
              <th scope="col">{tr('migrate.col.ifHealthy')}</th>
              <th scope="col">{tr('migrate.col.otherwise')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={m().batches}>{(b) => <BatchRow batch={b} texts={props.texts} />}</For>
          </tbody>
        </table>
      </div>
      <p class="small muted">{tr('migrate.runbook.timesNote')}</p>
    </li>
  );
}

// One batch: tick box, appliance, where its machines come from, the machines, and its time.
function BatchRow(props: { batch: MigrationBatch; texts: MigrationTexts }) {
  const { tr, fmt } = useApp();
  const b = () => props.batch;
  const hours = () => (b().hoursOtherwise === null ? tr('migrate.unknown') : tr('migrate.hours', { hours: b().hoursOtherwise ?? 0 }));
  return (
    <tr data-batch={b().id} classList={{ warned: b().warnings.some((w) => w.code === 'group-over-batch') }}>
      <td>
        <Tick label={b().id} />
      </td>
      <th scope="row">{b().id}</th>
      <td>
        {b().appliance}
        <Show when={b().site}>
          <span class="muted"> · {b().site}</span>
        </Show>
      </td>
      <td>{b().fromServers.join(', ')}</td>
      <td class="machines-cell">
        <span class="count">{fmt().num(b().machines.length)}</span> {b().machines.join(', ')}
        <Show when={b().groups.length > 0}>
          <div class="small muted">{tr('migrate.batch.groups', { names: b().groups })}</div>
        </Show>
        <For each={b().warnings.filter((w) => w.code === 'group-over-batch')}>
          {(w) => <div class="small warn-text">{props.texts.batchWarning(w)}</div>}
        </For>
      </td>
      <td class="hours" classList={{ expected: b().basis === 'healthy' }}>
        {tr('migrate.hoursRange', { low: b().hoursIfHealthy[0], high: b().hoursIfHealthy[1] })}
      </td>
      <td class="hours" classList={{ expected: b().basis === 'otherwise' }}>
        {hours()}
      </td>
    </tr>
  );
}
