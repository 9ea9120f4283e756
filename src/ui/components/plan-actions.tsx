import { createSignal, Show } from 'solid-js';
import { planJson } from '../../io/documents';
import { downloadBlob, downloadText, JSON_MIME, copyText, pageHref } from '../../io/browser';
import { CSV_MIME } from '../../io/exports';
import { factLookup } from '../../io/machine-facts';
import { planFileName, planFileText, encodeShareFragment, LINK_COMFORT_LIMIT, shareUrl } from '../../io/share';
import { useApp } from '../app-context';
import { OpenPlanFile } from './open-plan-file';
import { planDocumentId } from '../views/document/document-id';

const baseName = (name: string) => name.replace(/\.[^.]+$/, '') || 'inventory';

/** A share link made, and whether it could be copied. */
interface ShareLink {
  url: string;
  copied: boolean;
  tooLong: boolean;
}

/** Print, share, and the downloads of the plan. */
export function PlanActions() {
  const { state, actions, tr } = useApp();
  const [link, setLink] = createSignal<ShareLink | null>(null);
  const ready = () => state.plan !== null && state.status === 'ready';

  // The writers refuse what the planner could not read back; the page says why instead.
  const share = async () => {
    const p = actions.payload();
    if (!p) return;
    const fragment = await encodeShareFragment(p);
    if (!fragment.ok) {
      setLink(null);
      return actions.notify('error', fragment.issues[0]!);
    }
    const url = shareUrl(pageHref(), fragment.value);
    const tooLong = url.length > LINK_COMFORT_LIMIT;
    setLink({ url, tooLong, copied: tooLong ? false : await copyText(url) });
  };
  const downloadPlanFile = () => {
    const p = actions.payload();
    if (!p) return;
    const text = planFileText(p);
    if (text.ok) downloadText(planFileName(p.name), text.value, JSON_MIME);
    else actions.notify('error', text.issues[0]!);
  };

  return (
    <section class="card stack no-print" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{tr('actions.heading')}</h2>
      <div class="row">
        <button type="button" class="primary" disabled={!ready()} onClick={() => window.print()}>
          {tr('actions.print')}
        </button>
        <button type="button" disabled={!ready()} onClick={share}>
          {tr('actions.share')}
        </button>
      </div>
      <DownloadButtons ready={ready()} />
      <Show when={link()}>{(l) => <ShareLinkNote link={l()} />}</Show>
      <div class="row">
        <button type="button" disabled={!ready()} onClick={downloadPlanFile}>
          {tr('actions.downloadPlanFile')}
        </button>
        <OpenPlanFile />
      </div>
    </section>
  );
}

// The plan as JSON (as `plan --json` prints it), the assignments as CSV, and the workbook.
function DownloadButtons(props: { ready: boolean }) {
  const { state, actions, tr } = useApp();
  const downloadJson = () => {
    const doc = actions.planDocument();
    // The rule set's published format, exactly as `plan --json` prints it.
    if (doc) downloadText(`${baseName(state.source?.name ?? '')}-plan.json`, planJson(doc, planDocumentId(state, doc)), JSON_MIME);
  };
  // The workbook's writer is loaded only now (io/exports/xlsx), with the same figures as the JSON.
  const downloadWorkbook = async () => {
    const doc = actions.planDocument();
    const facts = actions.machineFacts();
    if (!doc || !facts) return;
    const { planWorkbookSheets, workbookBlob, XLSX_MIME } = await import('../../io/plan-workbook');
    const sheets = planWorkbookSheets({
      doc,
      documentId: planDocumentId(state, doc),
      inventoryName: state.source?.name ?? '',
      factOf: factLookup(facts, doc.settings.churnRatePercent ?? null),
      hosts: state.signOff.hosts,
      date: new Date().toISOString().slice(0, 10),
    });
    downloadBlob(`${baseName(state.source?.name ?? '')}-plan.xlsx`, await workbookBlob(sheets), XLSX_MIME);
  };
  const downloadAssignments = async () => {
    const csv = await actions.assignmentsCsv();
    if (csv !== null) downloadText(`${baseName(state.source?.name ?? '')}-assignments.csv`, csv, CSV_MIME);
  };

  return (
    <div class="row">
      <button type="button" disabled={!props.ready} onClick={downloadJson}>
        {tr('actions.downloadPlan')}
      </button>
      <button type="button" disabled={!props.ready} onClick={downloadAssignments}>
        {tr('actions.downloadAssignments')}
      </button>
      <button type="button" disabled={!props.ready} onClick={() => void downloadWorkbook()}>
        {tr('actions.downloadWorkbook')}
      </button>
    </div>
  );
}

// Says whether the link was copied, or shows it to copy by hand (or that it is too long).
function ShareLinkNote(props: { link: ShareLink }) {
  const { tr } = useApp();
  return (
    <div class="stack small" role="status">
      <Show when={props.link.tooLong} fallback={<span>{props.link.copied ? tr('share.copied') : tr('share.copyManually')}</span>}>
        <span>{tr('share.tooLong', { chars: props.link.url.length, limit: LINK_COMFORT_LIMIT })}</span>
      </Show>
      <Show when={!props.link.copied}>
        <input type="text" readonly value={props.link.url} aria-label={tr('share.linkLabel')} onFocus={(e) => e.currentTarget.select()} />
      </Show>
    </div>
  );
}
