/** One headline figure: its label, value, an optional line under it, and a tone class (`accent`, `tone-warn`…). */
export function Metric(props: { id: string; label: string; value: string; sub?: string; tone?: string }) {
  return (
    <div class={`metric ${props.tone ?? ''}`} data-metric={props.id}>
      <div class="label">{props.label}</div>
      <div class="value">{props.value}</div>
      {props.sub && <div class="sub">{props.sub}</div>}
    </div>
  );
}
