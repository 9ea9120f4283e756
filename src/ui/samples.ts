import { appIssue } from '../i18n/app-issue-text';
import type { MessageKey } from '../i18n/catalogue';
import { sampleBytes, sampleText } from '../io/browser';
import type { AppStore } from './state/app-store';

/** A sample shipped in public/samples/: its inventory, its server file if it has one, and the view it belongs to. */
export interface Sample {
  id: string;
  file: string;
  /** The process-server file that goes with a running deployment. */
  servers?: string;
  label: MessageKey;
  view: 'plan' | 'running';
  /** A workbook: read as a dropped file would be (docs/inputs.md#workbooks). */
  workbook?: boolean;
}

/** Sample inventories shipped in public/samples/. */
export const SAMPLES: Sample[] = [
  { id: 'shop', file: 'shop-60.csv', label: 'sample.shop', view: 'plan' },
  { id: 'estate', file: 'estate-1200.csv', label: 'sample.estate', view: 'plan' },
  { id: 'running', file: 'running-deployment.csv', servers: 'running-deployment-servers.csv', label: 'sample.running', view: 'running' },
  // The files architects already hold (docs/inputs.md#real-files), made by tools/make-samples.ts.
  { id: 'rvtools', file: 'rvtools-vinfo-40.xlsx', label: 'sample.rvtools', view: 'plan', workbook: true },
  { id: 'azure-migrate', file: 'azure-migrate-import-30.csv', label: 'sample.azureMigrate', view: 'plan' },
  { id: 'planner', file: 'DeploymentPlannerReport_sample.xlsm', label: 'sample.planner', view: 'plan', workbook: true },
];

/** The text of a shipped sample (fetched, or inlined in the single-file build). */
export const fetchSample = sampleText;

/**
 * Loads a sample whole, wherever it is chosen: its inventory, its server file (a running
 * deployment without its servers would be a different deployment), and its view. A failure
 * becomes a notice.
 */
export async function loadShippedSample(actions: AppStore['actions'], sample: Sample): Promise<void> {
  try {
    if (sample.workbook) {
      const bytes = await sampleBytes(sample.file);
      actions.setView(sample.view);
      return actions.loadFile(new File([bytes as Uint8Array<ArrayBuffer>], sample.file));
    }
    const [inventory, servers] = await Promise.all([fetchSample(sample.file), sample.servers ? fetchSample(sample.servers) : null]);
    actions.setView(sample.view);
    if (sample.servers && servers !== null) actions.loadServerText(sample.servers, servers);
    actions.loadText(sample.file, inventory);
  } catch (e) {
    actions.notify('error', appIssue({ code: 'sample-failed', params: { detail: (e as Error).message } }));
  }
}
