import { appIssue } from '../../../i18n/app-issue-text';
import { fetchSample, loadShippedSample, SAMPLES } from '../../samples';
import type { AppStore } from '../../state/app-store';

const RUNNING = SAMPLES.find((s) => s.view === 'running')!;

/** Loads the sample server file; a failure becomes a notice. */
export async function loadSampleServers(actions: AppStore['actions']): Promise<void> {
  try {
    actions.loadServerText(RUNNING.servers!, await fetchSample(RUNNING.servers!));
  } catch (e) {
    actions.notify('error', appIssue({ code: 'sample-failed', params: { detail: (e as Error).message } }));
  }
}

/** Loads the whole sample running deployment: inventory, server file, and this view. */
export const loadRunningSample = (actions: AppStore['actions']): Promise<void> => loadShippedSample(actions, RUNNING);
