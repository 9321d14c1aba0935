import { useState } from 'react';
import { models as modelsApi, workspaces as workspacesApi } from '../api/endpoints';
import type { ModelComparison, ModelView } from '../api/types';
import { useAuth } from '../ui/auth';
import { ErrorMessage, Notice } from '../ui/ErrorMessage';
import { useAction, useAsync } from '../ui/useAsync';
import { useWorkspace, when, WorkspacePicker } from '../ui/WorkspacePicker';

const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '—' : Math.abs(v) >= 1000 ? v.toFixed(0) : v.toPrecision(4));

function ModelDetailView({ model, onChanged }: { model: ModelView; onChanged(): void }) {
  const { can } = useAuth();
  const detail = useAsync(() => modelsApi.get(model.id), [model.id, model.activeVersion, model.latestVersion]);
  const action = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const [a, setA] = useState(Math.max(1, model.latestVersion - 1));
  const [b, setB] = useState(model.latestVersion);
  const [comparison, setComparison] = useState<ModelComparison | null>(null);
  const versions = detail.data?.versions ?? [];
  const metricNames = [...new Set(versions.flatMap((v) => Object.keys(v.metrics ?? {})))];
  const promote = async (version: number) => {
    if (await action.run(() => modelsApi.promote(model.id, version))) {
      setNotice(`Version ${version} is now active.`);
      detail.reload();
      onChanged();
    }
  };
  const rollback = async () => {
    const res = await action.run(() => modelsApi.rollback(model.id));
    if (res) {
      setNotice(`Rolled back: version ${res.model.activeVersion ?? '—'} is active.`);
      detail.reload();
      onChanged();
    }
  };
  return (
    <section className="detail" aria-label={`Model ${model.name}`} data-testid="model-detail">
      <h2>{model.name}</h2>
      <p>Active version: <strong data-testid="model-active">{detail.data?.model.activeVersion ?? 'none'}</strong></p>
      <ErrorMessage error={detail.error ?? action.error} />
      {notice ? <Notice>{notice}</Notice> : null}
      {can('models:write') ? <button type="button" onClick={() => void rollback()} disabled={action.busy} data-testid="model-rollback">Roll back</button> : null}
      <h3>Versions</h3>
      <div className="table-scroll">
        <table className="data" data-testid="model-versions">
          <thead>
            <tr>
              <th scope="col">Version</th><th scope="col">Task</th><th scope="col">Algorithm</th><th scope="col">Target</th><th scope="col">Rows</th>
              {metricNames.map((m) => <th scope="col" key={m}>{m}</th>)}
              <th scope="col">Created</th><th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version}>
                <td>{v.version}{v.active ? <strong> (active ✓)</strong> : null}</td>
                <td>{v.task}</td><td>{v.algorithm}</td><td>{v.target}</td><td>{v.trainingRows}</td>
                {metricNames.map((m) => <td key={m} className="num">{fmt(v.metrics?.[m])}</td>)}
                <td>{when(v.createdAt)}</td>
                <td>{can('models:write') && !v.active ? <button type="button" onClick={() => void promote(v.version)} disabled={action.busy} data-testid={`model-promote-${v.version}`}>Promote</button> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {versions.length >= 2 ? (
        <>
          <h3>Compare</h3>
          <div className="row">
            <label className="inline">a<select value={a} onChange={(e) => setA(Number(e.target.value))} data-testid="compare-a">{versions.map((v) => <option key={v.version}>{v.version}</option>)}</select></label>
            <label className="inline">b<select value={b} onChange={(e) => setB(Number(e.target.value))} data-testid="compare-b">{versions.map((v) => <option key={v.version}>{v.version}</option>)}</select></label>
            <button type="button" onClick={async () => { const c = await action.run(() => modelsApi.compare(model.id, a, b)); if (c) setComparison(c); }} data-testid="compare-run">Compare</button>
          </div>
          {comparison ? (
            <table className="data" data-testid="compare-result">
              <thead><tr><th scope="col">Metric</th><th scope="col">v{comparison.a.version}</th><th scope="col">v{comparison.b.version}</th><th scope="col">b − a</th></tr></thead>
              <tbody>{comparison.metrics.map((m) => <tr key={m.name}><td>{m.name}</td><td className="num">{fmt(m.a)}</td><td className="num">{fmt(m.b)}</td><td className="num">{fmt(m.difference)}</td></tr>)}</tbody>
            </table>
          ) : null}
        </>
      ) : null}
      {detail.data?.promotions.length ? (
        <>
          <h3>Promotions</h3>
          <ul>{detail.data.promotions.map((p, i) => <li key={i}>version {p.version} (before: {p.previousVersion ?? 'none'}) at {when(p.promotedAt)}{p.rolledBackAt ? `, rolled back at ${when(p.rolledBackAt)}` : ''}</li>)}</ul>
        </>
      ) : null}
    </section>
  );
}

export default function ModelsPage() {
  const ws = useWorkspace();
  const [selected, setSelected] = useState<string | null>(null);
  const { data, error, reload } = useAsync(() => (ws.workspace ? workspacesApi.models(ws.workspace) : Promise.resolve(null)), [ws.workspace]);
  const current = data?.items.find((m) => m.id === selected) ?? null;
  return (
    <main id="main" className="page">
      <h1>Models</h1>
      <div className="filters"><WorkspacePicker state={ws} /></div>
      <p className="help">Models are registered by the workflow node “Register model” (retort.ml.register).</p>
      <ErrorMessage error={error} />
      <div className="master-detail">
        <ul className="master" data-testid="models-list">
          {data?.items.length === 0 ? <li className="muted">No models in this workspace.</li> : null}
          {data?.items.map((m) => (
            <li key={m.id}>
              <button type="button" aria-current={selected === m.id ? 'true' : undefined} onClick={() => setSelected(m.id)} data-testid={`model-${m.name}`}>
                {m.name} <span className="muted">· {m.latestVersion} version{m.latestVersion === 1 ? '' : 's'}, active {m.activeVersion ?? 'none'}</span>
              </button>
            </li>
          ))}
        </ul>
        {current ? <ModelDetailView key={current.id} model={current} onChanged={reload} /> : <p className="muted">Choose a model.</p>}
      </div>
    </main>
  );
}
