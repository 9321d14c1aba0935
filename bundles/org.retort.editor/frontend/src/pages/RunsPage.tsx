import { Fragment, useState } from 'react';
import { runs as runsApi, workspaces as workspacesApi } from '../api/endpoints';
import type { RunOutput, RunStatus, RunView } from '../api/types';
import { useAuth } from '../ui/auth';
import { ErrorMessage, Notice } from '../ui/ErrorMessage';
import { Link } from '../ui/router';
import { useAction, useAsync } from '../ui/useAsync';
import { bytes, useWorkspace, when, WorkspacePicker } from '../ui/WorkspacePicker';

const STATUSES: RunStatus[] = ['QUEUED', 'WAITING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'];
const ICON: Record<RunStatus, string> = { QUEUED: '⏳', WAITING: '⧗', RUNNING: '▶', SUCCEEDED: '✓', FAILED: '✗', CANCELLED: '■' };
const PAGE = 25;

export function StatusText({ status }: { status: RunStatus }) {
  return (
    <span className={`status status-${status.toLowerCase()}`} data-testid="run-row-status">
      <span aria-hidden="true">{ICON[status]}</span> {status.toLowerCase()}
    </span>
  );
}

function Outputs({ run }: { run: RunView }) {
  const { data, error, loading } = useAsync<RunOutput[]>(() => runsApi.outputs(run.id), [run.id]);
  if (loading) return <span role="status">Loading…</span>;
  if (error) return <ErrorMessage error={error} />;
  if (!data?.length) return <span className="muted">No output files.</span>;
  return (
    <ul className="plain">
      {data.map((o) => (
        <li key={o.name}>
          <a href={runsApi.outputUrl(run.id, o.name)} download={o.name} data-testid={`download-${o.name}`}>⤓ {o.name}</a> <span className="muted">({bytes(o.size)}, from {o.node})</span>
        </li>
      ))}
    </ul>
  );
}

export default function RunsPage() {
  const ws = useWorkspace();
  const { can } = useAuth();
  const [status, setStatus] = useState<string>('');
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const action = useAction();
  const { data, error, loading, reload } = useAsync(
    () => runsApi.list({ workspace: ws.workspace || undefined, status: status ? [status as RunStatus] : [], offset, limit: PAGE }),
    [ws.workspace, status, offset],
  );
  const names = useAsync(async () => {
    if (!ws.workspace) return new Map<string, string>();
    const page = await workspacesApi.workflows(ws.workspace, '', 0, 500);
    return new Map(page.items.map((w) => [w.id, w.name]));
  }, [ws.workspace]);
  const act = async (what: 'cancel' | 'retry', run: RunView) => {
    const result = await action.run(() => (what === 'cancel' ? runsApi.cancel(run.id) : runsApi.retry(run.id)));
    if (result) {
      setNotice(what === 'cancel' ? `Cancelling run ${run.id}.` : `Retrying as run ${result.id}.`);
      reload();
    }
  };
  return (
    <main id="main" className="page">
      <h1>Runs</h1>
      <div className="filters">
        <WorkspacePicker state={ws} />
        <label className="inline">
          Status
          <select value={status} onChange={(e) => { setStatus(e.target.value); setOffset(0); }} data-testid="runs-status-filter">
            <option value="">any</option>
            {STATUSES.map((s) => <option key={s} value={s}>{s.toLowerCase()}</option>)}
          </select>
        </label>
        <button type="button" onClick={reload} data-testid="runs-refresh">Refresh</button>
      </div>
      <ErrorMessage error={error ?? action.error} />
      {notice ? <Notice>{notice}</Notice> : null}
      {loading && !data ? <p role="status">Loading…</p> : null}
      {data ? (
        <>
          <table className="data" data-testid="runs-table">
            <caption className="visually-hidden">Runs, newest first</caption>
            <thead>
              <tr><th scope="col">Run</th><th scope="col">Status</th><th scope="col">Workflow</th><th scope="col">Started</th><th scope="col">Ended</th><th scope="col">Actions</th></tr>
            </thead>
            <tbody>
              {data.items.length === 0 ? <tr><td colSpan={6}>No runs.</td></tr> : null}
              {data.items.map((r) => (
                <Fragment key={r.id}>
                  <tr data-testid={`run-row-${r.id}`}>
                    <td><code title={r.id}>{r.id.slice(-12)}</code>{r.retryOf ? <span className="muted"> (retry)</span> : null}</td>
                    <td><StatusText status={r.status} />{r.failureMessage ? <div className="muted small">{r.failureMessage}</div> : null}</td>
                    <td><Link to={`/?workflow=${encodeURIComponent(r.workflowId)}&run=${encodeURIComponent(r.id)}`} data-testid={`run-open-${r.id}`}>{names.data?.get(r.workflowId) ?? 'workflow'} v{r.workflowVersion}</Link>{r.upTo ? <span className="muted" data-testid={`run-up-to-${r.id}`}> · up to <code>{r.upTo}</code></span> : null}</td>
                    <td>{when(r.startedAt ?? r.createdAt)}</td>
                    <td>{when(r.endedAt)}</td>
                    <td className="actions">
                      <button type="button" aria-expanded={open === r.id} onClick={() => setOpen(open === r.id ? null : r.id)} data-testid={`run-outputs-${r.id}`}>Outputs</button>
                      {can('runs:write') && !['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(r.status) ? (
                        <button type="button" onClick={() => void act('cancel', r)} disabled={action.busy} data-testid={`run-cancel-${r.id}`}>Cancel</button>
                      ) : null}
                      {can('runs:write') && ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(r.status) ? (
                        <button type="button" onClick={() => void act('retry', r)} disabled={action.busy} data-testid={`run-retry-${r.id}`}>Retry</button>
                      ) : null}
                    </td>
                  </tr>
                  {open === r.id ? (
                    <tr><td colSpan={6}><Outputs run={r} /></td></tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
          <Pager offset={offset} limit={PAGE} total={data.total} onChange={setOffset} />
        </>
      ) : null}
    </main>
  );
}

export function Pager({ offset, limit, total, onChange }: { offset: number; limit: number; total: number; onChange(offset: number): void }) {
  if (total <= limit) return <p className="muted">{total} in all.</p>;
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>Previous</button>
      <span>{offset + 1}–{Math.min(total, offset + limit)} of {total}</span>
      <button type="button" disabled={offset + limit >= total} onClick={() => onChange(offset + limit)}>Next</button>
    </nav>
  );
}
