import { createSignal, For, Show } from 'solid-js';
import { downloadText } from '../../io/browser';
import { templateCsv } from '../../io/exports';
import { useApp } from '../app-context';
import { loadShippedSample, SAMPLES } from '../samples';
import { FileButton, INVENTORY_ACCEPT } from './file-button';
import { ReadProgress } from './read-progress';

/** The ways an inventory gets in: file picker, drag and drop, paste, samples, and the template. */
export function LoadPanel() {
  const { state, actions, tr } = useApp();
  const [pasting, setPasting] = createSignal(false);

  const onFiles = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) actions.loadFile(file);
  };
  return (
    <section class="card stack no-print" aria-labelledby="load-heading">
      <h2 id="load-heading">{tr('load.heading')}</h2>
      <DropZone onFiles={onFiles} />
      <p class="small muted">{tr('load.workbooks')}</p>
      <SamplePicker />
      <div class="row">
        <button type="button" aria-expanded={pasting()} onClick={() => setPasting(!pasting())}>
          {tr('load.paste')}
        </button>
        <button type="button" onClick={() => downloadText('inventory-template.csv', templateCsv(), 'text/csv')}>
          {tr('load.template')}
        </button>
      </div>
      <PasteBox open={pasting()} />
      <Show when={state.status === 'reading'}>
        <ReadProgress />
      </Show>
      <ReadSummary />
    </section>
  );
}

function DropZone(props: { onFiles: (files: FileList | null | undefined) => void }) {
  const { tr } = useApp();
  const [over, setOver] = createSignal(false);
  const onFiles = (files: FileList | null | undefined) => props.onFiles(files);
  return (
    <div
      class="drop-zone stack"
      classList={{ over: over() }}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles(e.dataTransfer?.files);
      }}
    >
      <span class="muted small">{tr('load.drop')}</span>
      <FileButton primary text={tr('load.choose')} label={tr('load.fileLabel')} accept={INVENTORY_ACCEPT} onFiles={onFiles} />
    </div>
  );
}

function SamplePicker() {
  const { actions, tr } = useApp();
  const [sample, setSample] = createSignal(SAMPLES[1]!.id);
  const loadSample = () =>
    loadShippedSample(
      actions,
      SAMPLES.find((x) => x.id === sample())!,
    );
  return (
    <div class="stack">
      <label class="small" for="sample-select">
        {tr('load.sampleLabel')}
      </label>
      <select id="sample-select" value={sample()} onChange={(e) => setSample(e.currentTarget.value)}>
        <For each={SAMPLES}>{(s) => <option value={s.id}>{tr(s.label)}</option>}</For>
      </select>
      <button type="button" class="self-start" onClick={loadSample}>
        {tr('load.sample')}
      </button>
    </div>
  );
}

// Kept mounted while closed, so what was pasted is still there when it opens again.
function PasteBox(props: { open: boolean }) {
  const { actions, tr } = useApp();
  const [pasted, setPasted] = createSignal('');
  return (
    <Show when={props.open}>
      <div class="stack">
        <label class="small" for="paste-box">
          {tr('load.pasteLabel')}
        </label>
        <textarea
          id="paste-box"
          rows="6"
          value={pasted()}
          onInput={(e) => setPasted(e.currentTarget.value)}
          placeholder={tr('load.pastePlaceholder')}
        />
        <button
          type="button"
          class="primary"
          disabled={pasted().trim() === ''}
          onClick={() => actions.loadText(tr('load.pastedName'), pasted())}
        >
          {tr('load.pasteApply')}
        </button>
      </div>
    </Show>
  );
}

// What reading the inventory found: machines accepted, rows rejected and skipped.
function ReadSummary() {
  const { state, tr } = useApp();
  return (
    <Show when={state.inventory}>
      {(inv) => (
        <p class="small" data-testid="read-summary">
          {tr('load.summary', {
            name: inv().name,
            machines: inv().machineCount,
            rejected: inv().rejected.length,
            skipped: inv().skipped.length,
            rows: inv().dataRows,
          })}
        </p>
      )}
    </Show>
  );
}
