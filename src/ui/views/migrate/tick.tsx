import { useApp } from '../../app-context';

/** A tick box: a checkbox on screen, an empty box on paper (no controls in print). */
export function Tick(props: { label: string }) {
  const { tr } = useApp();
  return (
    <>
      <input type="checkbox" class="no-print" aria-label={tr('migrate.tick', { text: props.label })} />
      <span class="print-only tick" aria-hidden="true">
        ☐
      </span>
    </>
  );
}
