import { For } from 'solid-js';
import type { PlanDocument } from '../../../core/plan-document';
import { useApp } from '../../app-context';

/**
 * The unattended install command of a scale-out process server (seed: Manage a scale-out process
 * server). The command is the product's and stays as it is; only the placeholder the operator
 * fills in is in the page's language.
 */
function installLine(csIpPlaceholder: string): string {
  return `UnifiedSetup.exe /AcceptThirdpartyEULA /servermode "PS" /InstallLocation "D:\\" /EnvType "VMWare" /CSIP "${csIpPlaceholder}" /PassphraseFilePath "C:\\Temp\\passphrase.txt" /DataTransferSecurePort 9443`;
}

/** One install line per scale-out server. */
export function InstallLines(props: { doc: PlanDocument }) {
  const { tr } = useApp();
  return (
    <section class="print-only print-section" aria-labelledby="print-install">
      <h2 id="print-install">{tr('install.heading')}</h2>
      <p>{tr('install.intro')}</p>
      <For each={props.doc.servers.filter((s) => s.role === 'scale-out')}>
        {(s) => (
          <div class="print-server">
            <h3>
              {s.id} ({s.tier})
            </h3>
            <pre class="install">{installLine(tr('install.csIp'))}</pre>
          </div>
        )}
      </For>
    </section>
  );
}
