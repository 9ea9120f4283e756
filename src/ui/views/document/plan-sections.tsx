import { createMemo, For, Show } from 'solid-js';
import { billOfMaterials } from '../../../core/bill-of-materials';
import type { PlanDocument } from '../../../core/plan-document';
import { planRisks, type RiskSection } from '../../../core/plan-risks';
import { riskText } from '../../../i18n/risk-text';
import { useApp } from '../../app-context';
import { roundTo } from '../../../core/units';
import { MachineTable, useMachineRows } from './machine-table';

/** The numbered sections of the printed plan: risks point at them by number. */
export const PLAN_SECTIONS = { inputs: 1, bom: 2, risks: 3, machines: 4, checklist: 5, install: 6 } as const;

const RISK_SECTION: Record<RiskSection, number> = {
  inputs: PLAN_SECTIONS.inputs,
  servers: PLAN_SECTIONS.machines,
  machines: PLAN_SECTIONS.machines,
  unplaced: PLAN_SECTIONS.machines,
};

// The bill's columns: site, server and tier, then figures.
const BOM_COLUMNS = [
  'bom.site',
  'bom.role',
  'bom.tier',
  'bom.count',
  'bom.vcpu',
  'bom.memory',
  'bom.cache',
  'bom.vcpuTotal',
  'bom.memoryTotal',
  'bom.cacheTotal',
] as const;

/** A numbered section heading of the printed plan. */
export function SectionTitle(props: { n: number; title: string; id: string }) {
  const { tr } = useApp();
  return <h2 id={props.id}>{tr('doc.section', { n: props.n, title: props.title })}</h2>;
}

/** What to order, per site and overall: servers by role and tier, with counts, vCPU, RAM and cache disk. */
export function BillOfMaterials(props: { doc: PlanDocument }) {
  const { tr, fmt } = useApp();
  const bom = createMemo(() => billOfMaterials(props.doc.servers));
  const site = (s: string) => (s === '' ? tr('site.none') : s);
  const totals = (label: string, t: { servers: number; vcpu: number; memoryGB: number; cacheGB: number }, cls: string) => (
    <tr class={cls}>
      <th scope="row" colspan="3">
        {label}
      </th>
      <td class="num">{fmt().num(t.servers)}</td>
      <td colspan="3" />
      <td class="num">{fmt().num(t.vcpu)}</td>
      <td class="num">{fmt().num(t.memoryGB)}</td>
      <td class="num">{fmt().num(t.cacheGB)}</td>
    </tr>
  );
  return (
    <section class="print-only print-section" aria-labelledby="print-bom">
      <SectionTitle n={PLAN_SECTIONS.bom} title={tr('bom.heading')} id="print-bom" />
      <table class="doc-table bom" data-testid="bom">
        <thead>
          <tr>
            <For each={BOM_COLUMNS}>
              {(c, i) => (
                <th scope="col" classList={{ num: i() >= 3 }}>
                  {tr(c)}
                </th>
              )}
            </For>
          </tr>
        </thead>
        <For each={bom().sites}>
          {(s) => (
            <tbody>
              <For each={s.lines}>
                {(l) => (
                  <tr>
                    <td>{site(s.site)}</td>
                    <td>{tr('bom.roleName', { role: l.role })}</td>
                    <td>{l.tier}</td>
                    <td class="num">{fmt().num(l.count)}</td>
                    <td class="num">{fmt().num(l.vcpu)}</td>
                    <td class="num">{fmt().num(l.memoryGB)}</td>
                    <td class="num">{fmt().num(l.cacheGB)}</td>
                    <td class="num">{fmt().num(l.count * l.vcpu)}</td>
                    <td class="num">{fmt().num(l.count * l.memoryGB)}</td>
                    <td class="num">{fmt().num(l.count * l.cacheGB)}</td>
                  </tr>
                )}
              </For>
              {totals(tr('bom.siteTotal', { site: site(s.site) }), s.totals, 'subtotal')}
            </tbody>
          )}
        </For>
        <tfoot>{totals(tr('bom.total'), bom().totals, 'total')}</tfoot>
      </table>
    </section>
  );
}

/** The plan's risks, computed from its figures, each with the section where its figure shows. */
export function Risks(props: { doc: PlanDocument }) {
  const { tr } = useApp();
  const risks = createMemo(() => planRisks(props.doc));
  return (
    <section class="print-only print-section" aria-labelledby="print-risks">
      <SectionTitle n={PLAN_SECTIONS.risks} title={tr('risks.heading')} id="print-risks" />
      <Show when={risks().length > 0} fallback={<p>{tr('risks.none')}</p>}>
        <ul class="risks" data-testid="risks">
          <For each={risks()}>
            {(r) => (
              <li data-risk={r.code}>
                {riskText(tr, r)} ({tr('doc.seeSection', { n: RISK_SECTION[r.section] })})
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

/** Every server's machines, with group, OS, effective churn and source, groups together, and totals; then the unplaced. */
export function MachinesPerServer(props: { doc: PlanDocument }) {
  const { actions, tr } = useApp();
  const rowsOf = useMachineRows(() => props.doc.settings);
  const site = (s: string) => (s === '' ? tr('site.none') : s);
  return (
    <section class="print-only print-section print-break" aria-labelledby="print-machines">
      <SectionTitle n={PLAN_SECTIONS.machines} title={tr('print.machines')} id="print-machines" />
      <For each={props.doc.servers.filter((x) => x.machineCount > 0)}>
        {(srv) => (
          <div class="print-server-list" data-server={srv.id}>
            <h3>
              {srv.id} · {srv.tier} · {site(srv.site)} ·{' '}
              {tr('servers.spec', { vcpu: srv.vcpu, sockets: srv.sockets, cores: srv.coresPerSocket, ghz: srv.ghz })} ·{' '}
              {tr('servers.memory', { gb: srv.memoryGB })} · {tr('servers.cacheDisk', { gb: srv.cacheGB })}
            </h3>
            <MachineTable list={rowsOf(srv.site, actions.machinesOf(srv.id))} />
          </div>
        )}
      </For>
      <Show when={props.doc.unplaced.length > 0}>
        <div class="print-server-list" data-server="">
          <h3>{tr('unplaced.heading')}</h3>
          <UnplacedTable doc={props.doc} />
        </div>
      </Show>
    </section>
  );
}

// Machines no server takes, with their facts (names repeat across sites, so each is looked up in its own).
function UnplacedTable(props: { doc: PlanDocument }) {
  const rowsOf = useMachineRows(() => props.doc.settings);
  const list = createMemo(() => {
    const parts = props.doc.unplaced.map((u) => rowsOf(u.site, [u.machine]));
    return {
      rows: parts.flatMap((p) => p.rows),
      totals: { machines: parts.length, churnGBPerDay: roundTo(props.doc.unplaced.reduce((s, u) => s + u.churnGBPerDay, 0)) },
    };
  });
  return <MachineTable list={list()} />;
}
