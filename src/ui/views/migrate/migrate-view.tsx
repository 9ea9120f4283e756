import { useApp } from '../../app-context';
import '../../styles/migrate.css';
import { ReplyView } from '../running/reply-view';
import { MigrateResults } from './migrate-results';

/** The Migration view: what it needs until there is a running deployment, then the plan of the move. */
export function MigrateView() {
  const { state, tr } = useApp();
  return (
    <ReplyView reply={state.migration} working={tr('migrate.working')}>
      {(r) => <MigrateResults doc={r().document} migration={r().migration} serverRejected={r().serverRejected} />}
    </ReplyView>
  );
}
