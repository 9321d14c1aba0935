import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useStore } from 'zustand';
import '@xyflow/react/dist/style.css';
import { runs as runsApi, workflows as workflowsApi, workspaces as workspacesApi } from '../../api/endpoints';
import type { NodeDescriptor, ValidationProblem, WorkflowView, Workspace } from '../../api/types';
import { ApiError, describeError } from '../../api/client';
import { useAuth } from '../../ui/auth';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Modal } from '../../ui/Modal';
import { setQuery, useLocation } from '../../ui/router';
import { useAsync } from '../../ui/useAsync';
import { forgetLastRun } from '../state/columns';
import { DocumentError, readDocument, writeDocument } from '../state/document';
import { forgetLegacyNotes, legacyNotes } from '../state/notes';
import { insertionPoint, NODE_SIZE, NOTE_SIZE, type Size } from '../state/placement';
import { pollPalette, usePalette } from '../state/palette';
import { isTerminal, useRun } from '../state/run';
import { documentOf, emptyDocument, isDirty, isNoteId, noteFlowId, redo, undo, useEditor, type StoredRef } from '../state/store';
import { Canvas } from './Canvas';
import { ConnectDialog } from './ConnectDialog';
import { autoLayout } from './layout';
import { Palette } from './Palette';
import { RunInputsDialog } from './RunInputsDialog';
import { RunStatus } from './RunStatus';
import { SidePanel } from './SidePanel';

const PreviewPanel = lazy(() => import('./PreviewPanel'));

interface Message {
  text: string;
  kind: 'info' | 'error';
  detail?: string;
}

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || !!el.closest('[role="dialog"]');
}

function OpenDialog({ workspace, onClose, onOpen }: { workspace: string; onClose(): void; onOpen(w: WorkflowView): void }) {
  const [name, setName] = useState('');
  const { data, error, loading } = useAsync(() => workspacesApi.workflows(workspace, name), [workspace, name]);
  return (
    <Modal title="Open a workflow" onClose={onClose} testId="open-dialog">
      <label>
        Name contains
        <input type="search" value={name} onChange={(e) => setName(e.target.value)} data-testid="open-filter" />
      </label>
      <ErrorMessage error={error} />
      {loading && !data ? <p role="status">Loading…</p> : null}
      {data && data.items.length === 0 ? <p>No stored workflow here yet.</p> : null}
      <ul className="choice-list">
        {data?.items.map((w) => (
          <li key={w.id}>
            <button type="button" onClick={() => onOpen(w)} data-testid={`open-workflow-${w.name}`}>
              {w.name} <span className="muted">· version {w.latestVersion} · {new Date(w.createdAt).toLocaleDateString()}</span>
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}

function Editor() {
  const { can } = useAuth();
  const rf = useReactFlow();
  const { query } = useLocation();
  const graph = useEditor((s) => s.graph);
  const layout = useEditor((s) => s.layout);
  const savedText = useEditor((s) => s.savedText);
  const stored = useEditor((s) => s.stored);
  const notes = useEditor((s) => s.notes);
  const selection = useEditor((s) => s.selection);
  const pastCount = useStore(useEditor.temporal, (s) => s.pastStates.length);
  const futureCount = useStore(useEditor.temporal, (s) => s.futureStates.length);
  const run = useRun((s) => s.run);
  const runError = useRun((s) => s.error);
  const live = useRun((s) => s.live);
  const [workspaces, setWorkspaces] = useState<Workspace[]>([]);
  const [workspace, setWorkspace] = useState<string>('');
  const [problems, setProblems] = useState<ValidationProblem[]>([]);
  const [message, setMessage] = useState<Message | null>(null);
  const [connectFor, setConnectFor] = useState<string | null>(null);
  const [openDialog, setOpenDialog] = useState(false);
  const [preview, setPreview] = useState<{ node: string; port: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [inputsDialog, setInputsDialog] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const dirty = useMemo(() => isDirty({ graph, layout, notes, savedText }), [graph, layout, notes, savedText]);
  const canWrite = can('workflows:write');
  const canRun = can('runs:write');
  const workflowParam = query.get('workflow');
  const runParam = query.get('run');

  // Fits the view once React Flow has measured the newly loaded nodes.
  const fitSoon = useCallback(() => {
    let tries = 0;
    const attempt = () => {
      const nodes = rf.getNodes();
      if (nodes.length && nodes.some((n) => !n.measured?.width) && tries++ < 20) {
        setTimeout(attempt, 50);
        return;
      }
      void rf.fitView({ padding: 0.2, maxZoom: 1.2 });
    };
    setTimeout(attempt, 30);
  }, [rf]);

  const say = useCallback((text: string, kind: Message['kind'] = 'info', detail?: string) => setMessage({ text, kind, detail }), []);
  const fail = useCallback((e: unknown) => {
    const d = describeError(e);
    setMessage({ text: d.title, detail: d.detail, kind: 'error' });
    const p = (e as { problem?: { problems?: ValidationProblem[] } }).problem?.problems;
    if (p) setProblems(p);
  }, []);

  useEffect(() => pollPalette(), []);

  useEffect(() => {
    workspacesApi.list().then((list) => {
      setWorkspaces(list);
      setWorkspace((current) => current || list[0]?.id || '');
    }, fail);
  }, [fail]);

  // The workflow in the URL.
  useEffect(() => {
    const current = useEditor.getState();
    if (!workflowParam || current.stored?.workflowId === workflowParam) return;
    if (isDirty(current) && current.graph.nodes.length && !window.confirm('Discard the unsaved changes of the workflow on the canvas?')) {
      setQuery({ workflow: current.stored?.workflowId ?? null, run: null });
      return;
    }
    let live = true;
    (async () => {
      try {
        const detail = await workflowsApi.get(workflowParam);
        let version = detail.version?.version ?? 0;
        let document = detail.document;
        // Opening a run shows the version it ran.
        const runId = new URLSearchParams(location.search).get('run');
        if (runId) {
          const r = await runsApi.get(runId).catch(() => null);
          if (r && r.workflowId === workflowParam && r.workflowVersion !== version) {
            document = await workflowsApi.version(workflowParam, r.workflowVersion);
            version = r.workflowVersion;
          }
        }
        if (!live || !document) return;
        const stored: StoredRef = { workflowId: detail.workflow.id, workspaceId: detail.workflow.workspaceId, name: detail.workflow.name, version };
        // Notes an earlier editor kept in this browser move into the document (saved with the next version).
        const doc = readDocument(document);
        const migrated = legacyNotes(detail.workflow.id);
        useEditor.getState().load(doc, stored, migrated);
        setWorkspace(detail.workflow.workspaceId);
        setProblems([]);
        const added = useEditor.getState().notes.length - (doc.annotations?.length ?? 0);
        if (added > 0) {
          say(`Moved ${added} note${added > 1 ? 's' : ''} kept in this browser into the workflow; save to store ${added > 1 ? 'them' : 'it'} with it.`);
        } else if (migrated.length) forgetLegacyNotes(detail.workflow.id); // the document has them already
        fitSoon();
      } catch (e) {
        fail(e);
      }
    })();
    return () => {
      live = false;
    };
  }, [workflowParam, fail, fitSoon, say]);

  // The run in the URL: state restored after a reload, then live.
  useEffect(() => {
    if (runParam) {
      if (useRun.getState().run?.id !== runParam) void useRun.getState().follow(runParam);
    } else useRun.getState().clear();
  }, [runParam]);

  useEffect(() => {
    if (run && !workflowParam && run.workflowId) setQuery({ workflow: run.workflowId });
  }, [run, workflowParam]);

  useEffect(() => {
    if (run && isTerminal(run) && stored) forgetLastRun(stored.workflowId);
  }, [run, stored]);

  // Validation follows the edits (debounced), so node markers and the problem list stay current.
  const paletteEtag = usePalette((s) => s.etag);
  useEffect(() => {
    if (!graph.nodes.length) {
      setProblems([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      workflowsApi.validate(documentOf(useEditor.getState())).then(
        (report) => live && setProblems(report.problems),
        (e) => {
          const p = (e as { problem?: { problems?: ValidationProblem[] } }).problem?.problems;
          if (live && p) setProblems(p);
        },
      );
    }, 700);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [graph, paletteEtag]);

  // Leaving with unsaved changes asks first.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (isDirty(useEditor.getState())) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  // Where a keyboard insert goes: the first free spot from the viewport centre, to the right and then
  // below, so consecutive inserts sit side by side instead of on top of each other (placement.ts).
  const freePlace = useCallback((size: Size) => {
    const box = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect();
    const centre = box && box.width ? rf.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 }) : { x: 0, y: 0 };
    return insertionPoint(useEditor.getState(), centre, size, (id) => rf.getNode(id)?.measured);
  }, [rf]);

  // Brings an inserted box into view when the free spot was outside it (the zoom stays).
  const reveal = useCallback((at: { x: number; y: number }, size: Size) => {
    const box = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect();
    if (!box || !box.width) return;
    const a = rf.flowToScreenPosition(at);
    const b = rf.flowToScreenPosition({ x: at.x + size.width, y: at.y + size.height });
    if (a.x < box.left || a.y < box.top || b.x > box.right || b.y > box.bottom) {
      void rf.setCenter(at.x + size.width / 2, at.y + size.height / 2, { zoom: rf.getZoom() });
    }
  }, [rf]);

  // Focus stays where it was (the palette item), so several nodes can be added in a row.
  const insert = useCallback((d: NodeDescriptor) => {
    const at = freePlace(NODE_SIZE);
    const id = useEditor.getState().addNode(d, at);
    reveal(at, NODE_SIZE);
    say(`Added ${d.title} as ${id}.`);
  }, [freePlace, reveal, say]);

  const addNote = useCallback(() => {
    const at = freePlace(NOTE_SIZE);
    const id = useEditor.getState().addNote(at, '');
    reveal(at, NOTE_SIZE);
    say(`Added note ${id}; type its text.`);
    // Focus the new note's text once it is drawn.
    let tries = 0;
    const focus = () => {
      const area = document.querySelector<HTMLTextAreaElement>(`[data-testid="note-text-${id}"]`);
      if (area) area.focus();
      else if (tries++ < 20) setTimeout(focus, 25);
    };
    setTimeout(focus, 0);
  }, [freePlace, reveal, say]);

  const save = useCallback(async (): Promise<StoredRef | undefined> => {
    const state = useEditor.getState();
    const doc = documentOf(state);
    setBusy('save');
    try {
      let ref: StoredRef;
      if (state.stored) {
        const before = state.stored.version;
        const res = await workflowsApi.update(state.stored.workflowId, doc);
        ref = { ...state.stored, version: res.version?.version ?? before };
        say(ref.version === before ? `No changes since version ${before}.` : `Saved ${ref.name} as version ${ref.version}.`);
      } else {
        if (!workspace) throw new Error('Choose a workspace first.');
        const res = await workflowsApi.create(workspace, doc.id, doc);
        ref = { workflowId: res.workflow.id, workspaceId: workspace, name: res.workflow.name, version: res.version?.version ?? 1 };
        say(`Saved ${ref.name} as version ${ref.version}.`);
      }
      state.markSaved(ref, doc);
      // Notes the browser kept are in the document now.
      forgetLegacyNotes(ref.workflowId);
      if (new URLSearchParams(location.search).get('workflow') !== ref.workflowId) setQuery({ workflow: ref.workflowId });
      return ref;
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && !state.stored) {
        const d = describeError(e);
        setMessage({ kind: 'error', text: d.title, detail: `${d.detail ?? ''} Give the workflow another id (click the empty canvas, then “Id” in the panel) and save again.` });
      } else fail(e);
      return undefined;
    } finally {
      setBusy(null);
    }
  }, [workspace, say, fail]);

  const startRun = useCallback(async (inputs?: Record<string, string>, upTo?: string) => {
    let ref: StoredRef | null | undefined = useEditor.getState().stored;
    if (!ref || isDirty(useEditor.getState())) ref = await save();
    if (!ref) return;
    setBusy('run');
    try {
      const r = await workflowsApi.run(ref.workflowId, ref.version, inputs && Object.keys(inputs).length ? inputs : undefined, upTo);
      setPreview(null);
      setQuery({ workflow: ref.workflowId, run: r.id });
      await useRun.getState().follow(r.id);
      say(upTo ? `Run ${r.id} started up to ${upTo} (version ${ref.version}); the other nodes do not run.` : `Run ${r.id} started (version ${ref.version}).`);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  }, [save, say, fail]);

  const runToHere = useCallback((nodeId?: string) => {
    const ids = useEditor.getState().selection.filter((id) => !isNoteId(id));
    const target = nodeId ?? (ids.length === 1 ? ids[0] : undefined);
    if (!target) {
      say('Select one node first (click it, or Tab to it and press Enter), then choose “Run to here”.', 'error');
      return;
    }
    void startRun(undefined, target);
  }, [startRun, say]);

  const cancelRun = useCallback(async () => {
    const r = useRun.getState().run;
    if (!r) return;
    try {
      await runsApi.cancel(r.id);
      say('Cancelling the run…');
    } catch (e) {
      fail(e);
    }
  }, [say, fail]);

  const validate = useCallback(async () => {
    setBusy('validate');
    try {
      const report = await workflowsApi.validate(documentOf(useEditor.getState()));
      setProblems(report.problems);
      say(report.valid ? 'The workflow is valid.' : `${report.problems.length} problem${report.problems.length > 1 ? 's' : ''} found; see the panel and the marked nodes.`, report.valid ? 'info' : 'error');
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  }, [say, fail]);

  const exportFile = useCallback(() => {
    const doc = documentOf(useEditor.getState());
    const blob = new Blob([writeDocument(doc)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${doc.id || 'workflow'}.json`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    say(`Exported ${a.download}.`);
  }, [say]);

  const importFile = useCallback(async (file: File) => {
    if (isDirty(useEditor.getState()) && !window.confirm('Discard the unsaved changes and import the file?')) return;
    try {
      const doc = readDocument(await file.text());
      useEditor.getState().load(doc, null, []);
      useRun.getState().clear();
      setPreview(null);
      setQuery({ workflow: null, run: null });
      fitSoon();
      say(`Imported ${file.name}; save it to store it in the workspace.`);
      await validate();
    } catch (e) {
      if (e instanceof DocumentError) {
        setMessage({ kind: 'error', text: `${file.name} is not a Retort workflow`, detail: e.problems.join('; ') });
      } else fail(e);
    }
  }, [fitSoon, say, fail, validate]);

  const newWorkflow = useCallback(() => {
    if (isDirty(useEditor.getState()) && !window.confirm('Discard the unsaved changes?')) return;
    useEditor.getState().load(emptyDocument(), null, []);
    useRun.getState().clear();
    setProblems([]);
    setPreview(null);
    setQuery({ workflow: null, run: null });
  }, []);

  const relayout = useCallback(async () => {
    setBusy('layout');
    try {
      const positions = await autoLayout(documentOf(useEditor.getState()), (id) => {
        const m = rf.getNode(id)?.measured;
        return { width: m?.width ?? 200, height: m?.height ?? 110 };
      });
      useEditor.getState().moveNodes(positions);
      fitSoon();
      say('Laid out the workflow from left to right.');
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  }, [rf, fitSoon, say, fail]);

  const focusNode = useCallback((id: string) => {
    useEditor.getState().select([id]);
    void rf.fitView({ nodes: [{ id }], duration: 200, maxZoom: 1.2 });
  }, [rf]);

  const selectedNode = selection.filter((id) => !isNoteId(id));
  const openConnect = useCallback(() => {
    const ids = useEditor.getState().selection.filter((id) => !isNoteId(id));
    if (ids.length !== 1) say('Select one node first (click it, or Tab to it and press Enter), then choose “Connect to…”.', 'error');
    else setConnectFor(ids[0]);
  }, [say]);

  const onPreview = useCallback((node: string, port: string) => setPreview({ node, port }), []);

  // Keyboard shortcuts (not while typing or in a dialog).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typingIn(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const store = useEditor.getState();
      if (mod && key === 'z' && !e.shiftKey) undo();
      else if (mod && ((key === 'z' && e.shiftKey) || key === 'y')) redo();
      else if (mod && key === 'c') {
        if (!store.selection.length) return;
        store.copy(store.selection);
        say(`Copied ${store.selection.length} item${store.selection.length > 1 ? 's' : ''}.`);
      } else if (mod && key === 'v') {
        const ids = store.paste();
        if (ids.length) say(`Pasted ${ids.join(', ')}.`);
      } else if (mod && key === 'd') {
        if (!store.selection.length) return;
        const ids = store.duplicate(store.selection);
        say(`Duplicated as ${ids.join(', ')}.`);
      } else if (mod && key === 'a') {
        store.select([...store.graph.nodes.map((n) => n.id), ...store.notes.map((n) => noteFlowId(n.id))]);
      } else if (mod && key === 's') {
        void save();
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save, say, openConnect]);

  const previewHighlight = useMemo(() => {
    if (!preview) return undefined;
    const node = graph.nodes.find((n) => n.id === preview.node);
    const smarts = node?.parameters.smarts;
    return typeof smarts === 'string' && smarts ? smarts : undefined;
  }, [preview, graph.nodes]);

  const running = !!run && !isTerminal(run);
  return (
    <main id="main" className="editor">
      <h1 className="visually-hidden">Workflow editor</h1>
      <div className="toolbar" role="toolbar" aria-label="Workflow actions">
        <label className="inline">
          Workspace
          <select value={workspace} onChange={(e) => setWorkspace(e.target.value)} data-testid="workspace-picker" disabled={!!stored}>
            {workspaces.map((w) => <option key={w.id} value={w.id}>{w.name} ({w.role.toLowerCase()})</option>)}
          </select>
        </label>
        <button type="button" onClick={newWorkflow} data-testid="new-workflow">New</button>
        <button type="button" onClick={() => setOpenDialog(true)} disabled={!workspace} data-testid="open-workflow">Open…</button>
        <button type="button" onClick={() => void save()} disabled={!canWrite || busy !== null} data-testid="save" aria-keyshortcuts="Control+S">
          {busy === 'save' ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} data-testid="import">Import…</button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden data-testid="import-file" onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void importFile(f);
        }} />
        <button type="button" onClick={exportFile} data-testid="export">Export</button>
        <button type="button" onClick={() => void validate()} disabled={busy !== null} data-testid="validate">Validate</button>
        <span className="sep" aria-hidden="true" />
        <button type="button" onClick={undo} disabled={!pastCount} data-testid="undo" aria-keyshortcuts="Control+Z">Undo</button>
        <button type="button" onClick={redo} disabled={!futureCount} data-testid="redo" aria-keyshortcuts="Control+Shift+Z">Redo</button>
        <button type="button" onClick={openConnect} disabled={selectedNode.length !== 1} data-testid="connect">Connect to…</button>
        <button type="button" onClick={() => { const ids = useEditor.getState().duplicate(useEditor.getState().selection); if (ids.length) say(`Duplicated as ${ids.join(', ')}.`); }} disabled={!selection.length} data-testid="duplicate" aria-keyshortcuts="Control+D">Duplicate</button>
        <button type="button" onClick={() => useEditor.getState().remove(useEditor.getState().selection)} disabled={!selection.length} data-testid="delete" aria-keyshortcuts="Delete">Delete</button>
        <button type="button" onClick={addNote} data-testid="add-note">Add note</button>
        <button type="button" onClick={() => void relayout()} disabled={busy !== null || !graph.nodes.length} data-testid="auto-layout">Auto-layout</button>
        <button type="button" onClick={() => void rf.fitView({ padding: 0.2, duration: 200 })} data-testid="zoom-fit">Zoom to fit</button>
        <span className="sep" aria-hidden="true" />
        {running ? (
          <button type="button" onClick={() => void cancelRun()} data-testid="cancel-run">Cancel run</button>
        ) : (
          <button type="button" className="primary" onClick={() => void startRun()} disabled={!canRun || busy !== null || !graph.nodes.length} data-testid="run">
            {busy === 'run' ? 'Starting…' : '▶ Run'}
          </button>
        )}
        {!running ? (
          <button type="button" onClick={() => runToHere()} disabled={!canRun || busy !== null || selectedNode.length !== 1} data-testid="run-to-here"
            title="Run the selected node and the nodes it depends on (saves first)">
            ▶ Run to here
          </button>
        ) : null}
        {!running ? (
          <button type="button" onClick={() => setInputsDialog(true)} disabled={!canRun || busy !== null || !graph.nodes.length} data-testid="run-with-inputs">Run with inputs…</button>
        ) : null}
      </div>
      <div className="status-line" data-testid="status-line">
        <strong data-testid="workflow-name">{stored ? stored.name : graph.title || graph.id}</strong>
        {stored ? <span data-testid="workflow-version"> · version {stored.version}</span> : <span> · not saved yet</span>}
        {dirty || (!stored && graph.nodes.length > 0) ? (
          <span className="unsaved" data-testid="unsaved-marker" title="unsaved changes"> · <span aria-hidden="true">●</span> unsaved changes</span>
        ) : null}
        {problems.length ? (
          <span className="problem-count" data-testid="problem-count"> · <span aria-hidden="true">⚠</span> {problems.length} problem{problems.length > 1 ? 's' : ''}</span>
        ) : graph.nodes.length ? <span data-testid="problem-count"> · <span aria-hidden="true">✓</span> valid</span> : null}
        {run ? <RunStatus run={run} live={live} /> : null}
        {run?.outputs?.length ? (
          <span className="outputs">
            {' '}· outputs:{' '}
            {run.outputs.map((o) => (
              <a key={o.name} href={runsApi.outputUrl(run.id, o.name)} download={o.name} data-testid={`download-${o.name}`}>
                ⤓ {o.name} ({(o.size / 1024).toFixed(1)} KB)
              </a>
            ))}
          </span>
        ) : null}
        <ErrorMessage error={runError} />
      </div>
      <div className="editor-body">
        <Palette onInsert={insert} />
        <Canvas problems={problems} onPreview={onPreview} onRefused={(reason) => say(`Not connected: ${reason}`, 'error')} />
        <SidePanel problems={problems} onPreview={onPreview} onConnect={openConnect} onFocusNode={focusNode}
          onRunToHere={canRun && !running ? runToHere : undefined} runBusy={busy !== null} />
      </div>
      {preview && run ? (
        <Suspense fallback={<p role="status">Loading the preview…</p>}>
          <PreviewPanel runId={run.id} node={preview.node} port={preview.port} highlight={previewHighlight} onClose={() => setPreview(null)} />
        </Suspense>
      ) : null}
      <div className={`message ${message?.kind ?? ''}`} role={message?.kind === 'error' ? 'alert' : 'status'} aria-live="polite" data-testid="editor-message">
        {message ? (
          <>
            <span aria-hidden="true">{message.kind === 'error' ? '⚠ ' : 'ℹ '}</span>
            <strong>{message.text}</strong>
            {message.detail ? `: ${message.detail}` : ''}
            <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => setMessage(null)}>✕</button>
          </>
        ) : null}
      </div>
      {inputsDialog ? <RunInputsDialog workspace={stored?.workspaceId ?? workspace} onClose={() => setInputsDialog(false)} onRun={(inputs) => startRun(inputs)} /> : null}
      {connectFor ? <ConnectDialog nodeId={connectFor} onClose={() => setConnectFor(null)} onConnected={(m) => say(m)} /> : null}
      {openDialog ? (
        <OpenDialog workspace={workspace} onClose={() => setOpenDialog(false)} onOpen={(w) => {
          setOpenDialog(false);
          // the URL change loads it (asking first when there are unsaved changes)
          useRun.getState().clear();
          setPreview(null);
          setQuery({ workflow: w.id, run: null });
        }} />
      ) : null}
    </main>
  );
}

export default function EditorPage() {
  const loaded = usePalette((s) => s.loaded);
  void loaded;
  return (
    <ReactFlowProvider>
      <Editor />
    </ReactFlowProvider>
  );
}
