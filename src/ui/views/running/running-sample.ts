import { fetchSample } from '../../samples';
import type { AppStore } from '../../state/app-store';

/** The shipped running deployment's server file. */
const SAMPLE_SERVER_FILE = 'running-deployment-servers.csv';
const SAMPLE_INVENTORY = 'running-deployment.csv';

/** Loads the sample server file; a failure becomes a notice. */
export async function loadSampleServers(actions: AppStore['actions']): Promise<void> {
  try {
    actions.loadServerText(SAMPLE_SERVER_FILE, await fetchSample(SAMPLE_SERVER_FILE));
  } catch (e) {
    actions.notify('error', { code: 'sample-failed', message: (e as Error).message });
  }
}

/** Loads the whole sample running deployment: inventory, server file, and this view. */
export async function loadRunningSample(actions: AppStore['actions']): Promise<void> {
  try {
    const [inventory, servers] = await Promise.all([fetchSample(SAMPLE_INVENTORY), fetchSample(SAMPLE_SERVER_FILE)]);
    actions.setView('running');
    actions.loadServerText(SAMPLE_SERVER_FILE, servers);
    actions.loadText(SAMPLE_INVENTORY, inventory);
  } catch (e) {
    actions.notify('error', { code: 'sample-failed', message: (e as Error).message });
  }
}
