import type { RebalanceDocument } from '../../../io/documents';
import { useApp } from '../../app-context';

/** Print-only head of a document on a running deployment: title, date, the files and the rules followed. */
export function PrintHeader(props: { title: string; rules: string }) {
  const { state, tr, fmt } = useApp();
  return (
    <header class="print-only print-title">
      <h1>{props.title}</h1>
      <p>
        {tr('running.print.prepared', {
          date: fmt().date(new Date()),
          inventory: state.source?.name ?? '',
          servers: state.serverFile?.name ?? '',
        })}
      </p>
      <p class="small">{props.rules}</p>
    </header>
  );
}

/** Print-only head of the change list document: title, date, the files and the rule sets. */
export function RunningPrintHeader(props: { doc: RebalanceDocument }) {
  const { tr } = useApp();
  return (
    <PrintHeader
      title={tr('running.print.title')}
      rules={tr('running.print.rules', { ruleSet: props.doc.ruleSet, health: props.doc.healthRuleSet })}
    />
  );
}
