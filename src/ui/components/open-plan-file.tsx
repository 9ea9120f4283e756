import { fileText } from '../../io/page';
import { parsePlanFile } from '../../io/share/plan-file';
import { useApp } from '../app-context';
import { openOnEnter } from './file-keys';

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
    <label class="button">
      {tr('actions.openPlanFile')}
      <input
        class="visually-hidden"
        type="file"
        accept=".json,application/json"
        aria-label={tr('actions.openPlanFile')}
        onKeyDown={openOnEnter}
        onChange={(e) => {
          void open(e.currentTarget.files?.[0]);
          e.currentTarget.value = '';
        }}
      />
    </label>
  );
}
