import { Show } from 'solid-js';

/** A labelled range input with its value shown, and an optional preset button. */
export function Slider(props: {
  id: string;
  label: string;
  range: { min: number; max: number; step: number };
  value: number;
  display: (v: number) => string;
  onInput: (v: number) => void;
  preset?: { label: string; value: number };
}) {
  return (
    <div class="field">
      <div class="slider-head">
        <label for={props.id}>{props.label}</label>
        <output for={props.id}>{props.display(props.value)}</output>
      </div>
      <input
        id={props.id}
        type="range"
        min={props.range.min}
        max={props.range.max}
        step={props.range.step}
        value={props.value}
        aria-valuetext={props.display(props.value)}
        onInput={(e) => props.onInput(Number(e.currentTarget.value))}
      />
      <Show when={props.preset}>
        {(p) => (
          <button
            type="button"
            class="link small self-start"
            aria-pressed={props.value === p().value}
            onClick={() => props.onInput(p().value)}
          >
            {p().label}
          </button>
        )}
      </Show>
    </div>
  );
}
