import { SignOffEditor } from '../document/sign-off-editor';
import { ServerFilePanel } from './server-file-panel';
import { RunningActions } from './running-actions';
import { RunningSettings } from './running-settings';

/** The running view's side of the sidebar, below the shared inventory and column panels. */
export function RunningSidebar() {
  return (
    <>
      <ServerFilePanel />
      <RunningSettings />
      <RunningActions />
      <SignOffEditor />
    </>
  );
}
