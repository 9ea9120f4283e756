import { For } from 'solid-js';
import type { MessageKey } from '../../../i18n/catalogue';
import { useApp } from '../../app-context';

// SIZING §9 and the troubleshooting guide's best practices.
const ITEMS: MessageKey[] = [
  'checklist.staticIp',
  'checklist.dedicated',
  'checklist.port9443',
  'checklist.port443',
  'checklist.version',
  'checklist.cacheFree',
  'checklist.cpuMemory',
];

/** The pre-deployment checklist, with boxes to tick on paper. */
export function Checklist() {
  const { tr } = useApp();
  return (
    <section class="print-only print-section" aria-labelledby="print-checklist">
      <h2 id="print-checklist">{tr('checklist.heading')}</h2>
      <ul class="checklist">
        <For each={ITEMS}>{(k) => <li>☐ {tr(k)}</li>}</For>
      </ul>
    </section>
  );
}
