import { contentHash, documentId } from '../../../core/document-id';
import type { RebalanceDocument } from '../../../io/documents';
import { useApp } from '../../app-context';
import { DocumentFrame } from '../document/document-frame';

/**
 * Print-only head of a document on a running deployment (the change list, the migration runbook):
 * the document frame, the files and the rules followed. Its id is the inventory as read, the server
 * file's text, the settings and (beside the change list) what the document is, so the same inputs give the same id.
 */
export function PrintHeader(props: { title: string; rules: string; kind?: string; settings: unknown }) {
  const { state, tr, fmt } = useApp();
  const id = () =>
    state.inventory
      ? documentId(state.inventory.inputKey, {
          kind: props.kind,
          settings: props.settings,
          servers: state.serverFile ? contentHash(state.serverFile.text) : null,
        })
      : '';
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
      settings={props.doc.settings}
    />
  );
}
