import { contentHash, documentId } from '../../../core/document-id';
import type { RebalanceDocument } from '../../../core/rebalance-document';
import { useApp } from '../../app-context';
import { DocumentFrame } from '../document/document-frame';

/** Print-only head of the change list document: the document frame, the files and the rule sets. */
export function RunningPrintHeader(props: { doc: RebalanceDocument }) {
  const { state, tr, fmt } = useApp();
  // The inventory as read, the server file's text and the settings the rebalance followed.
  const id = () =>
    state.inventory
      ? documentId(state.inventory.inputKey, {
          settings: props.doc.settings,
          servers: state.serverFile ? contentHash(state.serverFile.text) : null,
        })
      : '';
  return (
    <DocumentFrame title={tr('running.print.title')} id={id()}>
      <p>
        {tr('running.print.prepared', {
          date: fmt().date(new Date()),
          inventory: state.source?.name ?? '',
          servers: state.serverFile?.name ?? '',
        })}
      </p>
      <p class="small">{tr('running.print.rules', { ruleSet: props.doc.ruleSet, health: props.doc.healthRuleSet })}</p>
    </DocumentFrame>
  );
}
