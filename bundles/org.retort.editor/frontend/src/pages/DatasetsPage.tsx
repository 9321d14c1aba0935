import { useState, type FormEvent } from 'react';
import { datasets as datasetsApi, workspaces as workspacesApi } from '../api/endpoints';
import type { Dataset, DatasetDiff, DiffEntry } from '../api/types';
import { useAuth } from '../ui/auth';
import { ErrorMessage, Notice } from '../ui/ErrorMessage';
import { useAction, useAsync } from '../ui/useAsync';
import { bytes, useWorkspace, when, WorkspacePicker } from '../ui/WorkspacePicker';

function DiffTable({ title, entries, changed }: { title: string; entries: DiffEntry[]; changed?: boolean }) {
  return (
    <section aria-label={title}>
      <h4>{title} ({entries.length})</h4>
      {entries.length === 0 ? <p className="muted">None.</p> : (
        <table className="data small">
          <thead><tr><th scope="col">id</th><th scope="col">InChIKey</th><th scope="col">row</th>{changed ? <th scope="col">changes</th> : null}</tr></thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={i}>
                <td>{e.id}</td><td><code>{e.inchikey}</code></td><td>{e.fromRow ? `${e.fromRow} → ${e.row}` : e.row}</td>
                {changed ? <td>{Object.entries(e.changes ?? {}).map(([f, [a, b]]) => `${f}: ${String(a)} → ${String(b)}`).join('; ')}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function DatasetDetail({ dataset, onChanged }: { dataset: Dataset; onChanged(): void }) {
  const { can } = useAuth();
  const versions = useAsync(() => datasetsApi.versions(dataset.id), [dataset.id, dataset.latestVersion]);
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const upload = useAction();
  const [from, setFrom] = useState<number>(Math.max(1, dataset.latestVersion - 1));
  const [to, setTo] = useState<number>(dataset.latestVersion);
  const [diff, setDiff] = useState<DatasetDiff | null>(null);
  const diffAction = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    const res = await upload.run(() => datasetsApi.upload(dataset.id, file, note));
    if (res) {
      setNotice(res.version.version === dataset.latestVersion ? `Same content as version ${res.version.version}: nothing added.` : `Uploaded as version ${res.version.version} (${res.version.rowCount} records).`);
      setFile(null);
      setNote('');
      onChanged();
      versions.reload();
    }
  };
  const list = versions.data ?? [];
  return (
    <section className="detail" aria-label={`Dataset ${dataset.name}`} data-testid="dataset-detail">
      <h2>{dataset.name}</h2>
      {can('datasets:write') ? (
        <form onSubmit={submit} className="row" data-testid="dataset-upload-form">
          <label>
            New version (SMILES, CSV/TSV or SDF, optionally gzipped)
            <input type="file" accept=".smi,.smiles,.csv,.tsv,.sdf,.sd,.gz" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="dataset-upload-file" />
          </label>
          <label>
            Note
            <input value={note} onChange={(e) => setNote(e.target.value)} data-testid="dataset-upload-note" />
          </label>
          <button type="submit" disabled={!file || upload.busy} data-testid="dataset-upload-submit">{upload.busy ? 'Uploading…' : 'Upload'}</button>
        </form>
      ) : null}
      <ErrorMessage error={upload.error ?? versions.error} />
      {notice ? <Notice>{notice}</Notice> : null}
      <h3>Versions</h3>
      <table className="data" data-testid="dataset-versions">
        <thead><tr><th scope="col">Version</th><th scope="col">File</th><th scope="col">Format</th><th scope="col">Records</th><th scope="col">Size</th><th scope="col">Added</th><th scope="col">Note</th></tr></thead>
        <tbody>
          {list.map((v) => (
            <tr key={v.version}>
              <td>{v.version}</td>
              <td><a href={datasetsApi.fileUrl(dataset.id, v.version)} download={v.fileName} data-testid={`dataset-download-${v.version}`}>⤓ {v.fileName}</a></td>
              <td>{v.format}</td><td>{v.rowCount}</td><td>{bytes(v.size)}</td><td>{when(v.createdAt)}</td><td>{v.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.length >= 2 ? (
        <div className="diff">
          <h3>Compare versions</h3>
          <div className="row">
            <label className="inline">From
              <select value={from} onChange={(e) => setFrom(Number(e.target.value))} data-testid="diff-from">{list.map((v) => <option key={v.version} value={v.version}>{v.version}</option>)}</select>
            </label>
            <label className="inline">to
              <select value={to} onChange={(e) => setTo(Number(e.target.value))} data-testid="diff-to">{list.map((v) => <option key={v.version} value={v.version}>{v.version}</option>)}</select>
            </label>
            <button type="button" disabled={diffAction.busy} onClick={async () => { const d = await diffAction.run(() => datasetsApi.diff(dataset.id, from, to)); if (d) setDiff(d); }} data-testid="diff-run">Compare</button>
          </div>
          <ErrorMessage error={diffAction.error} />
          {diff ? (
            <div data-testid="diff-result">
              <p>
                Version {diff.from} → {diff.to}: {diff.totals.added ?? 0} added, {diff.totals.removed ?? 0} removed, {diff.totals.changed ?? 0} changed, {diff.unchanged} unchanged
                {diff.totals.unparsed ? `, ${diff.totals.unparsed} unreadable` : ''}{diff.totals.duplicates ? `, ${diff.totals.duplicates} duplicates` : ''}.
                {diff.truncated ? ' Lists are cut at 1000 entries.' : ''}
              </p>
              <DiffTable title="Added" entries={diff.added} />
              <DiffTable title="Removed" entries={diff.removed} />
              <DiffTable title="Changed" entries={diff.changed} changed />
              {diff.unparsed.length ? (
                <section aria-label="Unreadable records"><h4>Unreadable records</h4><ul>{diff.unparsed.map((u, i) => <li key={i}>version {u.version}, record {u.record}: {u.error}</li>)}</ul></section>
              ) : null}
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

export default function DatasetsPage() {
  const ws = useWorkspace();
  const { can } = useAuth();
  const [name, setName] = useState('');
  const [newName, setNewName] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const create = useAction();
  const { data, error, reload } = useAsync(() => (ws.workspace ? workspacesApi.datasets(ws.workspace, name) : Promise.resolve(null)), [ws.workspace, name]);
  const current = data?.items.find((d) => d.id === selected) ?? null;
  return (
    <main id="main" className="page">
      <h1>Datasets</h1>
      <div className="filters">
        <WorkspacePicker state={ws} />
        <label className="inline">
          Name contains
          <input type="search" value={name} onChange={(e) => setName(e.target.value)} data-testid="datasets-filter" />
        </label>
      </div>
      {can('datasets:write') ? (
        <form className="row" onSubmit={async (e) => {
          e.preventDefault();
          const d = await create.run(() => workspacesApi.createDataset(ws.workspace, newName));
          if (d) { setNewName(''); setSelected(d.id); reload(); }
        }}>
          <label className="inline">
            New dataset
            <input required value={newName} onChange={(e) => setNewName(e.target.value)} data-testid="dataset-new-name" />
          </label>
          <button type="submit" disabled={create.busy || !ws.workspace} data-testid="dataset-create">Create</button>
        </form>
      ) : null}
      <ErrorMessage error={error ?? create.error} />
      <div className="master-detail">
        <ul className="master" data-testid="datasets-list">
          {data?.items.length === 0 ? <li className="muted">No datasets.</li> : null}
          {data?.items.map((d) => (
            <li key={d.id}>
              <button type="button" aria-current={selected === d.id ? 'true' : undefined} onClick={() => setSelected(d.id)} data-testid={`dataset-${d.name}`}>
                {d.name} <span className="muted">· {d.latestVersion ? `version ${d.latestVersion}` : 'no version yet'}</span>
              </button>
            </li>
          ))}
        </ul>
        {current ? <DatasetDetail key={current.id} dataset={current} onChanged={reload} /> : <p className="muted">Choose a dataset.</p>}
      </div>
    </main>
  );
}
