import { useApp } from '../../app-context';
import '../../styles/running.css';
import { ReplyView } from './reply-view';
import { RunningResults } from './running-results';

/** The running-deployment view: an explanation until there is an inventory, then health and moves. */
export function RunningView() {
  const { state, tr } = useApp();
  return (
    <ReplyView reply={state.rebalance} working={tr('running.working')}>
      {(r) => <RunningResults doc={r().document} detail={r().detail} />}
    </ReplyView>
  );
}
