import { batch } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { DEFAULT_SETTINGS, type PlanSettings } from '../../core/model';
import type { PlanDocument } from '../../core/plan-document';
import type { Issue } from '../../core/result';
import type { Lang } from '../../i18n/format';
import type { InventoryField } from '../../io/inventory';
import type { AlternativePlan, InventorySummary, ReadChoice, Response, Source, WhatIfPoint } from '../../workers/protocol';
import { isSettingsOnly, type SharePayload } from '../../io/share/payload';
import { createPlanClient, type PlanClient } from './plan-client';
import { createPlanKeeper } from './plan-keeper';
import { createSettler } from './settler';
import { createRunning, initialRunningState, type RunningState } from './running-store';

/** A message shown above the results until dismissed. */
export interface Notice {
  id: number;
  kind: 'info' | 'error';
  issue: Issue;
}

/** Everything the page shows. Plans and summaries come from the worker; nothing is copied. */
export interface AppState extends RunningState {
  lang: Lang;
  view: 'plan' | 'running';
  settings: PlanSettings;
  read: ReadChoice;
  source: { name: string; text: string } | null;
  status: 'empty' | 'reading' | 'ready' | 'failed';
  progress: { rows: number; totalRows: number; bytes: number; totalBytes: number } | null;
  readIssues: Issue[];
  inventory: InventorySummary | null;
  /** The newest plan (without machine lists), for the figures that follow a slider live. */
  plan: PlanDocument | null;
  /** The plan once settings rest for a moment, for the long lists and charts (see `settle`). */
  settledPlan: PlanDocument | null;
  /** True while `settledPlan` trails `plan`. */
  settling: boolean;
  whatIf: WhatIfPoint[] | null;
  /** The plan's size under its rule set's successor (classic → asr-modernized), for the settings of `forKey`. */
  alternative: AlternativePlan | null;
  notices: Notice[];
}

const WHAT_IF_DELAY_MS = 250;

/** The multipliers of the what-if chart, 0.5× to 3×. */
export const WHAT_IF_MULTIPLIERS = Array.from({ length: 26 }, (_, i) => Math.round((0.5 + i * 0.1) * 10) / 10);

/** The app's one store and its named actions. */
export function createAppStore(opts: { lang: Lang; makeWorker?: () => Worker }) {
  const [state, setState] = createStore<AppState>({
    lang: opts.lang,
    view: 'plan',
    settings: { ...DEFAULT_SETTINGS },
    read: {},
    source: null,
    status: 'empty',
    progress: null,
    readIssues: [],
    inventory: null,
    plan: null,
    settledPlan: null,
    settling: false,
    whatIf: null,
    alternative: null,
    notices: [],
    ...initialRunningState(),
  });
  let noticeId = 0;
  let whatIfTimer: ReturnType<typeof setTimeout> | undefined;
  let pendingText: { name: string; text: string } | null = null;
  let previous: { source: AppState['source']; read: ReadChoice } | null = null;

  const waiting = new Map<number, (csv: string) => void>();
  const keeper = createPlanKeeper();
  const settler = createSettler<() => PlanDocument>(
    (copy) =>
      batch(() => {
        setState('settledPlan', reconcile(copy(), { key: 'id' }));
        setState('settling', false);
      }),
    (on) => setState('settling', on),
  );
  const client: PlanClient = createPlanClient(receive, opts.makeWorker);
  const running = createRunning(state, setState, client, notify);

  function receive(r: Response): void {
    switch (r.type) {
      case 'progress':
        return void setState('progress', { rows: r.rows, totalRows: r.totalRows, bytes: r.bytes, totalBytes: r.totalBytes });
      case 'read-failed':
        return void setState({
          status: 'failed',
          readIssues: r.issues,
          progress: null,
          inventory: null,
          plan: null,
          whatIf: null,
          source: pendingText,
        });
      case 'read':
        return void setState({
          status: 'ready',
          readIssues: [],
          progress: null,
          // The successor plan of the previous inventory: its settings may be the same, its machines are not.
          alternative: null,
          inventory: r.summary,
          source: { name: r.summary.name, text: r.text },
        });
      case 'plan': {
        // Merged by server id, so rows that did not change keep their DOM nodes.
        const packed = r.plan;
        const lite = keeper.take(packed);
        batch(() => {
          setState('plan', reconcile(lite, { key: 'id' }));
          // Its own copy: the live store goes on merging later plans into these objects.
          settler.next(() => {
            keeper.settle(packed);
            return structuredClone(lite);
          });
        });
        return scheduleWhatIf();
      }
      case 'what-if':
        return void setState('whatIf', r.points);
      case 'alternative':
        return void setState('alternative', r.alternative);
      case 'assignments-csv':
        waiting.get(r.id)?.(r.csv);
        return void waiting.delete(r.id);
      case 'error':
        return notify('error', { code: 'worker-error', message: r.message });
      case 'rebalance':
      case 'rebalance-json':
        return running.receive(r);
    }
  }

  function scheduleWhatIf(): void {
    clearTimeout(whatIfTimer);
    whatIfTimer = setTimeout(
      () => client.send({ type: 'what-if', settings: { ...state.settings }, multipliers: WHAT_IF_MULTIPLIERS }),
      WHAT_IF_DELAY_MS,
    );
  }

  function startRead(source: Source, read: ReadChoice): void {
    previous = state.status === 'ready' ? { source: state.source, read: state.read } : null;
    pendingText = source.kind === 'text' ? { name: source.name, text: source.text } : null;
    batch(() => {
      setState({ status: 'reading', progress: null, read, whatIf: null });
      client.send({ type: 'read', source, read: { ...read }, settings: { ...state.settings } });
    });
  }

  function replan(): void {
    if (state.status !== 'ready') return;
    client.send({ type: 'plan', settings: { ...state.settings } });
  }

  function notify(kind: Notice['kind'], issue: Issue): void {
    setState('notices', (n) => [...n, { id: ++noticeId, kind, issue }]);
  }

  const actions = {
    /** Reads a file the user picked or dropped. Mapping overrides are reset: a new file has new columns. */
    loadFile(file: File) {
      startRead({ kind: 'file', file, name: file.name }, {});
    },
    /** Reads pasted or stored text. */
    loadText(name: string, text: string, read: ReadChoice = {}) {
      startRead({ kind: 'text', text, name }, read);
    },
    /** Maps a field to a column (-1: not mapped) and reads the same text again. */
    setColumn(field: InventoryField, column: number) {
      if (!state.source) return;
      const mapping = { ...(state.read.mapping ?? {}), [field]: column };
      startRead({ kind: 'text', text: state.source.text, name: state.source.name }, { ...state.read, mapping });
    },
    /** Chooses the churn column and its unit; the other churn fields are unmapped. */
    setChurnColumn(column: number, unit: 'dailyChurnGB' | 'dailyChurnTB' | 'avgChurnMBps') {
      if (!state.source) return;
      const mapping = { ...(state.read.mapping ?? {}), dailyChurnGB: -1, dailyChurnTB: -1, avgChurnMBps: -1, [unit]: column };
      startRead({ kind: 'text', text: state.source.text, name: state.source.name }, { ...state.read, mapping });
    },
    /** Drops the column overrides and reads again with what was detected. */
    resetColumns() {
      if (!state.source) return;
      startRead({ kind: 'text', text: state.source.text, name: state.source.name }, { ...state.read, mapping: undefined });
    },
    /** Changes one setting and re-plans. */
    setSetting<K extends keyof PlanSettings>(key: K, value: PlanSettings[K]) {
      setState('settings', key, value);
      replan();
    },
    /** Replaces all settings (restore from a link or storage). */
    setSettings(settings: PlanSettings) {
      setState('settings', { ...settings });
      replan();
    },
    /** Stops a read in progress and goes back to the previous inventory, if any. */
    cancelRead() {
      client.cancel();
      const back = previous;
      setState({ status: back?.source ? 'reading' : 'empty', progress: null });
      if (back?.source) startRead({ kind: 'text', text: back.source.text, name: back.source.name }, back.read);
      notify('info', { code: 'read-cancelled', message: 'Reading was cancelled.' });
    },
    setLang(lang: Lang) {
      setState('lang', lang);
    },
    setView(view: AppState['view']) {
      setState('view', view);
    },
    notify,
    dismissNotice(id: number) {
      setState('notices', (n) => n.filter((x) => x.id !== id));
    },
    /** Shows the newest plan everywhere now (before printing). */
    settleNow: () => settler.flush(),
    /** The current plan document whole, as `plan --json` prints it (the store's copy has no machine lists). */
    planDocument: () => keeper.document(),
    /** The machines of one server of the current plan. */
    machinesOf: (id: string) => keeper.machinesOf(id),
    /** The assignments CSV of the current plan, built in the worker where the machines are. */
    assignmentsCsv(): Promise<string> {
      // Read once at the click: the CSV is of the settings as they are now.
      // eslint-disable-next-line solid/reactivity
      return new Promise((resolve) => waiting.set(client.send({ type: 'assignments-csv', settings: { ...state.settings } }), resolve));
    },
    /** What a share link, a plan file or storage keeps: inventory text, read options, settings, language. */
    payload(): SharePayload | null {
      if (!state.source) return null;
      const readOptions = JSON.parse(JSON.stringify(state.read)) as SharePayload['readOptions'];
      return { v: 1, name: state.source.name, text: state.source.text, readOptions, settings: { ...state.settings }, lang: state.lang };
    },
    /** Restores a payload: language and settings, then the inventory (absent when only settings were kept). */
    restore(p: SharePayload) {
      batch(() => {
        if (p.lang) setState('lang', p.lang);
        setState('settings', { ...p.settings });
      });
      if (!isSettingsOnly(p)) startRead({ kind: 'text', text: p.text, name: p.name }, p.readOptions);
    },
    ...running.actions,
    dispose() {
      settler.dispose();
      clearTimeout(whatIfTimer);
      client.dispose();
    },
  };
  return { state, actions };
}

/** The store type. */
export type AppStore = ReturnType<typeof createAppStore>;
