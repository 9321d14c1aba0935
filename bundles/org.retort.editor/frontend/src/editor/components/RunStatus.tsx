import type { RunView } from '../../api/types';
import { partialRunText } from '../state/run';

/** The shown run in the status line: id, status, live, a partial run's node, the failure. */
export function RunStatus({ run, live }: { run: RunView; live: boolean }) {
  const partial = partialRunText(run);
  return (
    <span className="run-status" data-testid="run-status" data-status={run.status} data-up-to={run.upTo ?? undefined}>
      {' '}· run <code>{run.id.slice(-8)}</code>: <strong>{run.status.toLowerCase()}</strong>
      {live ? ' (live)' : ''}
      {partial ? (
        <span className="run-partial" data-testid="run-partial" title="Only this node and the nodes it depends on ran; the others show “not run”.">
          {' '}({partial})
        </span>
      ) : null}
      {run.failureMessage ? <span className="run-failure"> — {run.failureMessage}</span> : null}
    </span>
  );
}
