import { batch, createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { Issue } from '../../core/result';
import type { InventoryField } from '../../io/inventory';
import type { MachineFacts } from '../../io/machine-facts';
import type { InventorySummary, PlanWorkerApi, ReadChoice, ReadProgress, ReadReply, Source } from '../../workers/protocol';
import { latest } from '../kernel/latest';
import type { WorkerClient } from '../kernel/worker-client';
import type { Notify } from './notices';

/** The reading's part of the page state. */
export interface ReadingState {
  read: ReadChoice;
  source: { name: string; text: string } | null;
  /** The workbook file read last, kept so another of its sheets can be read (docs/inputs.md#workbooks); not saved. */
  file: Blob | null;
  status: 'empty' | 'reading' | 'ready' | 'failed';
  progress: ReadProgress | null;
  readIssues: Issue[];
  inventory: InventorySummary | null;
}

/** What else follows a read: the feeds that plan the inventory the worker holds. */
interface ReadHooks {
  /** A read starts: whatever was asked of the old inventory is stale. */
  started(): void;
  /** The inventory is read and held in the worker. */
  read(): void;
  /** The read failed: there is no inventory. */
  failed(): void;
}

type Churn = 'dailyChurnGB' | 'dailyChurnTB' | 'avgChurnMBps';

// What a read sends: a plain copy, since a read choice from the store is a proxy, which cannot cross to the worker.
const plain = (read: ReadChoice): ReadChoice => JSON.parse(JSON.stringify(read)) as ReadChoice;

// Before the first read.
const NOTHING_READ: Omit<ReadingState, 'read'> = {
  source: null,
  file: null,
  status: 'empty',
  progress: null,
  readIssues: [],
  inventory: null,
};

// The state once a read lands: the workbook file kept only when the text came from one (another sheet may be read).
function readyState(r: Extract<ReadReply, { ok: true }>, file: Blob | null): Partial<ReadingState> {
  const source = { name: r.summary.name, text: r.text };
  return { status: 'ready', readIssues: [], progress: null, inventory: r.summary, source, read: r.read, file };
}

/**
 * Reads inventories in the worker, with progress and Cancel; only the newest read counts.
 * Cancelling goes back to the inventory shown before, if there was one.
 */
export function createReading(client: WorkerClient<PlanWorkerApi>, hooks: ReadHooks, notify: Notify) {
  const [state, setState] = createStore<ReadingState>({ ...NOTHING_READ, read: {} });
  let previous: { source: ReadingState['source']; read: ReadChoice } | null = null;
  // Kept outside the store: a hundred thousand machines' facts need no proxies, only a lookup.
  const [facts, setFacts] = createSignal<MachineFacts | null>(null);
  const reads = latest((body: PlanWorkerApi['read']['request'], live) =>
    client.request('read', body, (p) => live() && setState('progress', p)),
  );

  function start(source: Source, read: ReadChoice): void {
    previous = state.status === 'ready' ? { source: state.source, read: plain(state.read) } : null;
    const asText = source.kind === 'text' ? { name: source.name, text: source.text } : null;
    reads.forget();
    batch(() => {
      hooks.started();
      setState({ status: 'reading', progress: null, read, file: source.kind === 'file' ? source.file : state.file });
    });
    void reads({ source, read: plain(read) }).then((r) => r && finish(r, asText));
  }

  function finish(r: ReadReply, asText: ReadingState['source']): void {
    batch(() => {
      if (!r.ok) {
        setState({ status: 'failed', readIssues: r.issues, progress: null, inventory: null, source: asText });
        return hooks.failed();
      }
      setFacts(r.facts);
      setState(readyState(r, r.summary.workbook ? state.file : null));
      hooks.read();
    });
  }

  // Reads the text on screen again with other read choices.
  function again(read: ReadChoice): void {
    if (state.source) start({ kind: 'text', text: state.source.text, name: state.source.name }, read);
  }

  return {
    state,
    start,
    actions: {
      /** The read inventory's machines as the documents list them (group, OS, churn as given). */
      machineFacts: facts,
      /** Reads a file the user picked or dropped. Mapping overrides are reset: a new file has new columns. */
      loadFile: (file: File) => start({ kind: 'file', file, name: file.name }, {}),
      /** Reads pasted or stored text. */
      loadText: (name: string, text: string, read: ReadChoice = {}) => start({ kind: 'text', text, name }, read),
      /** Reads another sheet of the workbook read last (docs/inputs.md#workbooks); its columns are new, so no mapping is kept. */
      chooseSheet(sheet: string) {
        if (state.file) start({ kind: 'file', file: state.file, name: state.source?.name ?? '' }, { sheet });
      },
      /** Maps a field to a column (-1: not mapped) and reads the same text again. */
      setColumn: (field: InventoryField, column: number) =>
        again({ ...state.read, mapping: { ...(state.read.mapping ?? {}), [field]: column } }),
      /** Chooses the churn column and its unit; the other churn fields are unmapped. */
      setChurnColumn(column: number, unit: Churn) {
        const mapping = { ...(state.read.mapping ?? {}), dailyChurnGB: -1, dailyChurnTB: -1, avgChurnMBps: -1, [unit]: column };
        again({ ...state.read, mapping });
      },
      /** Drops the column overrides and reads again with what was detected. */
      resetColumns: () => again({ ...state.read, mapping: undefined }),
      /** Stops a read in progress and goes back to the previous inventory, if any. */
      cancelRead() {
        client.restart();
        const back = previous;
        setState({ status: back?.source ? 'reading' : 'empty', progress: null });
        if (back?.source) start({ kind: 'text', text: back.source.text, name: back.source.name }, back.read);
        notify('info', { code: 'read-cancelled' });
      },
    },
  };
}
