import { For, Show } from 'solid-js';
import type { PlanDocument } from '../../../core/plan-document';
import type { DeployStep, ServerRole } from '../../../core/rules';
import type { Translate } from '../../../i18n/catalogue';
import { useApp } from '../../app-context';
import { usePlanRules } from '../../plan-rules';
import { PLAN_SECTIONS, SectionTitle } from '../document/plan-sections';

type Server = PlanDocument['servers'][number];

/** What a step needs besides its own figures: the plan's role, vaults, and the server it is for. */
interface StepFacts {
  role: ServerRole;
  vaults: number;
  perVault: number;
  server?: Server;
  /** The server's site as the inventory names it (`""`: no site). */
  site: string;
  next: string | null;
}

/** A step of the rule set's deployment data in the page's language; null for a command (printed as it is). */
function stepText(tr: Translate, step: DeployStep, f: StepFacts): string | null {
  switch (step.code) {
    case 'unattended-install':
      return null;
    case 'new-vault':
      return tr('deploy.new-vault', { vaults: f.vaults, perVault: f.perVault, role: f.role });
    case 'deploy-appliance': {
      const s = f.server!;
      return tr('deploy.deploy-appliance', {
        id: s.id,
        site: f.site,
        tier: s.tier,
        vcpu: s.vcpu,
        memoryGB: s.memoryGB,
        cacheGB: s.cacheGB,
      });
    }
    case 'register-appliance':
      return tr('deploy.register-appliance', { id: f.server!.id, next: f.next });
    case 'port-in':
      return tr('deploy.port-in', { port: step.port, purpose: step.purpose });
    case 'port-out-azure':
      return tr('deploy.port-out-azure', { port: step.port });
    case 'operating-system':
      return tr('deploy.operating-system', { os: step.os });
    case 'cache-free':
      return tr('deploy.cache-free', { keepPercent: step.keepPercent, throttledBelowPercent: step.throttledBelowPercent });
    case 'cpu-memory':
      return tr('deploy.cpu-memory', { belowPercent: step.belowPercent });
    case 'static-ip':
    case 'static-fqdn':
    case 'dedicated-machine':
    case 'version-not-newer':
      return tr(`deploy.${step.code}`);
  }
}

/** The pre-deployment checklist of the plan's rule set, with boxes to tick on paper. */
export function Checklist(props: { doc: PlanDocument }) {
  const { tr } = useApp();
  const { rules, ctx } = usePlanRules(() => props.doc);
  const items = () =>
    rules()
      .deployment.checklist.map((step) => stepText(tr, step, { role: ctx().role, vaults: 0, perVault: 0, site: '', next: null }))
      .filter((t): t is string => t !== null);
  return (
    <section class="print-only print-section" aria-labelledby="print-checklist">
      <SectionTitle n={PLAN_SECTIONS.checklist} title={tr('checklist.heading', { role: ctx().role })} id="print-checklist" />
      <ul class="checklist">
        <For each={items()}>{(text) => <li>☐ {text}</li>}</For>
      </ul>
    </section>
  );
}

/**
 * How to deploy the plan's scaling servers, from the rule set's steps: what comes first (a new
 * vault), then each server in the printed order, one at a time where the rule set says so, with
 * each command as the product spells it (only the placeholder is in the page's language).
 */
export function DeploySteps(props: { doc: PlanDocument }) {
  const { state, tr } = useApp();
  const { rules, ctx } = usePlanRules(() => props.doc);
  const servers = () => props.doc.servers.filter((s) => s.role === rules().scaling.role);
  const facts = (server?: Server, next: string | null = null): StepFacts => ({
    role: ctx().role,
    vaults: props.doc.summary.vaults ?? 0,
    perVault: rules().serversPerVault?.value ?? 0,
    server,
    site: server?.site ?? '',
    next,
  });
  const given = (id: string, part: 'host' | 'ip') => state.signOff.hosts[id]?.[part].trim() ?? '';
  const host = (id: string) => given(id, 'host') || tr('doc.hostPlaceholder', { id });
  const ip = (id: string) => given(id, 'ip') || tr('doc.ipPlaceholder', { id });
  // The configuration server's IP as the user gave it; the placeholder until then.
  const csIp = () => {
    const cs = props.doc.servers.find((s) => s.role === rules().builtIn?.role);
    return (cs && given(cs.id, 'ip')) || tr('install.csIp');
  };
  const command = (step: DeployStep) => (step.code === 'unattended-install' ? step.command.replace('{csIp}', csIp()) : null);
  const hasCommand = () => rules().deployment.perServer.some((s) => s.code === 'unattended-install');
  return (
    <section class="print-only print-section" aria-labelledby="print-install">
      <SectionTitle
        n={PLAN_SECTIONS.install}
        title={tr('deploy.heading', { oneAtATime: rules().deployment.oneAtATime, role: ctx().role })}
        id="print-install"
      />
      <Show when={hasCommand()}>
        <p>{tr('deploy.unattended-install')}</p>
      </Show>
      <Show when={rules().deployment.before.length > 0}>
        <h3>{tr('deploy.before')}</h3>
        <ul class="checklist">
          <For each={rules().deployment.before}>{(step) => <li>☐ {stepText(tr, step, facts())}</li>}</For>
        </ul>
      </Show>
      <ol class="deploy-order">
        <For each={servers()}>
          {(s, i) => (
            <li class="print-server">
              <h3>
                {tr('install.order', { id: s.id, host: host(s.id), ip: ip(s.id) })} · {s.tier}
              </h3>
              <For each={rules().deployment.perServer}>
                {(step) => (
                  <Show when={command(step)} fallback={<p>☐ {stepText(tr, step, facts(s, servers()[i() + 1]?.id ?? null))}</p>}>
                    {(line) => <pre class="install">{line()}</pre>}
                  </Show>
                )}
              </For>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}
