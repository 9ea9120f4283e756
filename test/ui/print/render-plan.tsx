import { render } from 'solid-js/web';
import { DEFAULT_SETTINGS, type Machine, type PlanSettings } from '../../../src/core/model';
import type { PlanDocument } from '../../../src/core/plan-document';
import { planDocument } from '../../../src/core/plan-document';
import { plan } from '../../../src/core/planner';
import type { Lang } from '../../../src/i18n/format';
import { EMPTY_SIGN_OFF } from '../../../src/io/share/payload';
import { AppProvider } from '../../../src/ui/app-context';
import type { AppStore } from '../../../src/ui/state/app-store';
import { PlanSummary } from '../../../src/ui/views/plan/plan-summary';
import { WhyPanel } from '../../../src/ui/views/plan/why-panel';
import { PrintAppendix, PrintHeader } from '../../../src/ui/views/print/print-document';

/**
 * Renders the plan's printed document (head and appendix), its summary and its reasons with the
 * app's own components into a jsdom element, for a plan of `machines` under `settings`. The store
 * is the part of it these views read: language, source name, settings and machine lists.
 */
export function renderPlan(machines: Machine[], settings: Partial<PlanSettings>, lang: Lang): { root: HTMLElement; doc: PlanDocument } {
  const s = { ...DEFAULT_SETTINGS, ...settings };
  const p = plan(machines, s);
  const doc = planDocument(p, machines.length, []);
  const lists = new Map(p.servers.map((x) => [x.id, x.machines]));
  const store = {
    state: { lang, source: { name: 'estate.csv', text: '' }, settings: s, alternative: null, signOff: EMPTY_SIGN_OFF, inventory: null },
    actions: { machinesOf: (id: string) => lists.get(id) ?? [], machineFacts: () => null, setSetting: () => undefined },
  } as unknown as AppStore;
  const root = document.createElement('div');
  render(
    () => (
      <AppProvider store={store}>
        <PrintHeader doc={doc} />
        <PlanSummary doc={doc} />
        <WhyPanel doc={doc} />
        <PrintAppendix doc={doc} />
      </AppProvider>
    ),
    root,
  );
  return { root, doc };
}
