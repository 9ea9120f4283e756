import { SignOffEditor } from '../document/sign-off-editor';
import { RunningSettings } from '../running/running-settings';
import { ServerFilePanel } from '../running/server-file-panel';
import { MigrateActions } from './migrate-actions';

/** The Migration view's side of the sidebar: the server file and the settings the running view reads, the downloads, and the runbook's sign-off. */
export function MigrateSidebar() {
  return (
    <>
      <ServerFilePanel />
      <RunningSettings />
      <MigrateActions />
      <SignOffEditor />
    </>
  );
}
