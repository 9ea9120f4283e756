import { useApp } from '../../app-context';

/** What a newcomer sees first: what the tool does and how to start. */
export function EmptyState() {
  const { tr } = useApp();
  return (
    <section class="card empty-state stack" aria-labelledby="empty-heading">
      <h2 id="empty-heading">{tr('empty.heading')}</h2>
      <p>{tr('empty.body')}</p>
      <ol class="steps">
        <li>{tr('empty.step1')}</li>
        <li>{tr('empty.step2')}</li>
        <li>{tr('empty.step3')}</li>
      </ol>
      <p class="small muted">{tr('empty.privacy')}</p>
    </section>
  );
}
