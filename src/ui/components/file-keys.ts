/**
 * Enter on a file input opens the chooser, as Space already does: a keyboard user expects either
 * key to work on what looks like a button. The keydown is a user gesture, so the browser allows it.
 */
export function openOnEnter(e: KeyboardEvent & { currentTarget: HTMLInputElement }): void {
  if (e.key !== 'Enter') return;
  e.preventDefault();
  const input = e.currentTarget;
  if (typeof input.showPicker === 'function') input.showPicker();
  else input.click();
}
