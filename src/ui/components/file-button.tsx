import type { JSX } from 'solid-js';

/**
 * Enter on a file input opens the chooser, as Space already does: a keyboard user expects either
 * key to work on what looks like a button. The keydown is a user gesture, so the browser allows it.
 */
function openOnEnter(e: KeyboardEvent & { currentTarget: HTMLInputElement }): void {
  if (e.key !== 'Enter') return;
  e.preventDefault();
  const input = e.currentTarget;
  if (typeof input.showPicker === 'function') input.showPicker();
  else input.click();
}

/**
 * A button that picks one file: a label styled as a button around a hidden file input, which
 * keeps the input's own accessible name and keyboard behaviour. The input is cleared after each
 * pick, so picking the same file again is noticed.
 */
export function FileButton(props: {
  text: JSX.Element;
  label: string;
  accept: string;
  primary?: boolean;
  onFiles: (files: FileList) => void;
}) {
  return (
    <label class="button" classList={{ primary: props.primary === true, 'self-center': props.primary === true }}>
      {props.text}
      <input
        class="visually-hidden"
        type="file"
        accept={props.accept}
        aria-label={props.label}
        onKeyDown={openOnEnter}
        onChange={(e) => {
          const files = e.currentTarget.files;
          if (files && files.length > 0) props.onFiles(files);
          e.currentTarget.value = '';
        }}
      />
    </label>
  );
}

/** What the CSV file inputs accept. */
export const CSV_ACCEPT = '.csv,.tsv,.txt,text/csv,text/plain';

/** What an inventory may be: a CSV, or a workbook (docs/inputs.md#workbooks; an .xls is offered to say why it is refused). */
export const INVENTORY_ACCEPT = `${CSV_ACCEPT},.xlsx,.xlsm,.xls`;
