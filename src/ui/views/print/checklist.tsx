import { For } from 'solid-js';
import { asrClassicHealth } from '../../../core/rules/health-asr-classic';
import { useApp } from '../../app-context';

// The troubleshooting guide's operating figures, from the rule data rather than restated here.
const GUIDE = asrClassicHealth.guidance;

/** The pre-deployment checklist (docs/rules.md#operating-guidance), with boxes to tick on paper. */
export function Checklist() {
  const { tr } = useApp();
  const items = () => [
    tr('checklist.staticIp'),
    tr('checklist.dedicated'),
    tr('checklist.port9443'),
    tr('checklist.port443'),
    tr('checklist.version'),
    tr('checklist.cacheFree', { keep: GUIDE.keepCacheFreeAtLeastPercent, throttled: GUIDE.throttledBelowCacheFreePercent }),
    tr('checklist.cpuMemory', { below: GUIDE.keepCpuMemoryBelowPercent }),
  ];
  return (
    <section class="print-only print-section" aria-labelledby="print-checklist">
      <h2 id="print-checklist">{tr('checklist.heading')}</h2>
      <ul class="checklist">
        <For each={items()}>{(text) => <li>☐ {text}</li>}</For>
      </ul>
    </section>
  );
}
