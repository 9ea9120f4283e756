import { fileText } from '../../io/browser';
import { parsePlanFile } from '../../io/share';
import { useApp } from '../app-context';
import { FileButton } from './file-button';

/** "Open plan file": restores what "Download plan file" saved. */
export function OpenPlanFile() {
  const { actions, tr } = useApp();
  const open = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parsePlanFile(await fileText(file));
    if (parsed.ok) actions.restore(parsed.value);
    else parsed.issues.slice(0, 1).forEach((i) => actions.notify('error', i));
  };
  return (
    <FileButton
      text={tr('actions.openPlanFile')}
      label={tr('actions.openPlanFile')}
      accept=".json,application/json"
      onFiles={(files) => void open(files[0])}
    />
  );
}
