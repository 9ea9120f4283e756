import { runningDocumentId } from '../../../core/document-id';
import type { RebalanceDocument } from '../../../io/documents';
import { useApp } from '../../app-context';
import { DocumentFrame } from '../document/document-frame';

/**
 * Print-only head of a document on a running deployment (the change list, the migration runbook):
 * the document frame, the files and the rules followed. Its id (core/document-id `runningDocumentId`)
 * is the inventory as read, the server file's text, the settings and which document it is.
 */
export function PrintHeader(props: { title: string; rules: string; kind: 'rebalance' | 'migrate'; settings: object }) {
  const { state, tr, fmt } = useApp();
  // The id `rebalance --json` / `migrate --json` and the downloads carry, for the same files and settings.
  const id = () =>
    state.inventory ? runningDocumentId(state.inventory.inputKey, props.kind, props.settings, state.serverFile?.text ?? null) : '';
  return (
    <DocumentFrame title={props.title} id={id()}>
      <p>
        {tr('running.print.prepared', {
          date: fmt().date(new Date()),
          inventory: state.source?.name ?? '',
          servers: state.serverFile?.name ?? '',
        })}
      </p>
      <p class="small">{props.rules}</p>
    </DocumentFrame>
  );
}

/** Print-only head of the change list document: the document frame, the files and the rule sets. */
export function RunningPrintHeader(props: { doc: RebalanceDocument }) {
  const { tr } = useApp();
  return (
    <PrintHeader
      title={tr('running.print.title')}
      rules={tr('running.print.rules', { ruleSet: props.doc.ruleSet, health: props.doc.healthRuleSet })}
      kind="rebalance"
      settings={props.doc.settings}
    />
  );
}
