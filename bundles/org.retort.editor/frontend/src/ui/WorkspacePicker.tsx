import { useEffect, useState } from 'react';
import { workspaces as workspacesApi } from '../api/endpoints';
import type { Workspace } from '../api/types';
import { ErrorMessage } from './ErrorMessage';

/** The caller's workspaces as a select; the choice is remembered for the session. */
export function useWorkspace(): { workspaces: Workspace[]; workspace: string; setWorkspace(id: string): void; error: unknown } {
  const [workspaces, setWorkspaces] = useState<Workspace[]>([]);
  const [workspace, setWorkspaceState] = useState<string>(() => sessionStorage.getItem('retort.workspace') ?? '');
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    workspacesApi.list().then((list) => {
      setWorkspaces(list);
      setWorkspaceState((w) => (list.some((x) => x.id === w) ? w : list[0]?.id ?? ''));
    }, setError);
  }, []);
  const setWorkspace = (id: string) => {
    sessionStorage.setItem('retort.workspace', id);
    setWorkspaceState(id);
  };
  return { workspaces, workspace, setWorkspace, error };
}

export function WorkspacePicker({ state }: { state: ReturnType<typeof useWorkspace> }) {
  return (
    <>
      <label className="inline">
        Workspace
        <select value={state.workspace} onChange={(e) => state.setWorkspace(e.target.value)} data-testid="workspace-picker">
          {state.workspaces.map((w) => <option key={w.id} value={w.id}>{w.name} ({w.role.toLowerCase()})</option>)}
        </select>
      </label>
      <ErrorMessage error={state.error} />
    </>
  );
}

export const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : '—');

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
