import { useState, type FormEvent } from 'react';
import { artifacts, workspaces as workspacesApi } from '../../api/endpoints';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Modal } from '../../ui/Modal';
import { useAction, useAsync } from '../../ui/useAsync';
import { descriptorKey } from '../state/connections';
import { usePalette } from '../state/palette';
import { useEditor } from '../state/store';

type Choice = { kind: 'parameter' } | { kind: 'file'; file: File | null } | { kind: 'dataset'; id: string; version: string };

/**
 * Binds the source nodes of a run to an uploaded file (`artifact:<sha256>`) or a dataset
 * (`dataset:<id>[@<version>]`) instead of the file their parameters name (POST /workflows/{id}/runs).
 */
export function RunInputsDialog({ workspace, onClose, onRun }: { workspace: string; onClose(): void; onRun(inputs: Record<string, string>): Promise<void> }) {
  const nodes = useEditor((s) => s.graph.nodes);
  const index = usePalette((s) => s.index);
  const sources = nodes.filter((n) => index.get(descriptorKey(n.type, n.version))?.kind === 'SOURCE');
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const datasets = useAsync(() => (workspace ? workspacesApi.datasets(workspace) : Promise.resolve(null)), [workspace]);
  const action = useAction();
  const choice = (id: string): Choice => choices[id] ?? { kind: 'parameter' };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await action.run(async () => {
      const inputs: Record<string, string> = {};
      for (const n of sources) {
        const c = choice(n.id);
        if (c.kind === 'file') {
          if (!c.file) throw new Error(`Choose a file for ${n.id}.`);
          inputs[n.id] = `artifact:${(await artifacts.upload(c.file)).sha256}`;
        } else if (c.kind === 'dataset') {
          if (!c.id) throw new Error(`Choose a dataset for ${n.id}.`);
          inputs[n.id] = `dataset:${c.id}${c.version ? `@${c.version}` : ''}`;
        }
      }
      await onRun(inputs);
      onClose();
    });
  };
  return (
    <Modal title="Run with inputs" onClose={onClose} testId="run-inputs-dialog">
      {sources.length === 0 ? <p>This workflow has no source node to bind.</p> : null}
      <form onSubmit={submit} className="stack">
        {sources.map((n) => {
          const c = choice(n.id);
          const set = (next: Choice) => setChoices({ ...choices, [n.id]: next });
          return (
            <fieldset key={n.id} className="input-binding">
              <legend><code>{n.id}</code> ({n.type})</legend>
              <label className="check">
                <input type="radio" name={`src-${n.id}`} checked={c.kind === 'parameter'} onChange={() => set({ kind: 'parameter' })} />
                its parameters{typeof n.parameters.path === 'string' ? <> (<code>{n.parameters.path}</code>)</> : null}
              </label>
              <label className="check">
                <input type="radio" name={`src-${n.id}`} checked={c.kind === 'file'} onChange={() => set({ kind: 'file', file: null })} data-testid={`run-input-file-choice-${n.id}`} />
                a file from this computer
              </label>
              {c.kind === 'file' ? (
                <label>
                  File for {n.id}
                  <input type="file" onChange={(e) => set({ kind: 'file', file: e.target.files?.[0] ?? null })} data-testid={`run-input-file-${n.id}`} />
                </label>
              ) : null}
              <label className="check">
                <input type="radio" name={`src-${n.id}`} checked={c.kind === 'dataset'} onChange={() => set({ kind: 'dataset', id: '', version: '' })} data-testid={`run-input-dataset-choice-${n.id}`} />
                a dataset
              </label>
              {c.kind === 'dataset' ? (
                <div className="row">
                  <label>
                    Dataset for {n.id}
                    <select value={c.id} onChange={(e) => set({ ...c, id: e.target.value })} data-testid={`run-input-dataset-${n.id}`}>
                      <option value="">choose…</option>
                      {datasets.data?.items.filter((d) => d.latestVersion > 0).map((d) => <option key={d.id} value={d.id}>{d.name} (latest: version {d.latestVersion})</option>)}
                    </select>
                  </label>
                  <label>
                    Version (empty: the latest)
                    <input type="number" min={1} value={c.version} onChange={(e) => set({ ...c, version: e.target.value })} />
                  </label>
                </div>
              ) : null}
            </fieldset>
          );
        })}
        <ErrorMessage error={action.error ?? datasets.error} />
        <button type="submit" className="primary" disabled={action.busy} data-testid="run-inputs-submit">{action.busy ? 'Starting…' : '▶ Run'}</button>
      </form>
    </Modal>
  );
}
