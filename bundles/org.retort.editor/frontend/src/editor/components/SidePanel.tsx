import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { nodes as nodesApi } from '../../api/endpoints';
import type { NodeDescriptor, ValidationProblem } from '../../api/types';
import { useAuth } from '../../ui/auth';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Markdown } from '../../ui/Markdown';
import { Modal } from '../../ui/Modal';
import { descriptorKey } from '../state/connections';
import { columnsOf, lastSuccessfulRun, upstreamOf } from '../state/columns';
import type { ParameterValue } from '../state/document';
import { usePalette } from '../state/palette';
import { columnOf } from '../state/parameters';
import { nodeBadge, partialRunNodes, useRun } from '../state/run';
import { isNoteId, useEditor } from '../state/store';
import { PortTypeLabel } from './ports';

const ParameterForm = lazy(() => import('./ParameterForm'));

export function DocsDialog({ descriptor, onClose }: { descriptor: NodeDescriptor; onClose(): void }) {
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    nodesApi.docs(descriptor.id, descriptor.version).then(setText, setError);
  }, [descriptor.id, descriptor.version]);
  return (
    <Modal title={`${descriptor.title} — documentation`} onClose={onClose} testId="docs-dialog" wide>
      <ErrorMessage error={error} />
      {text === null && !error ? <p role="status">Loading…</p> : null}
      {text !== null ? <Markdown source={text} /> : null}
    </Modal>
  );
}

function useUpstreamColumns(nodeId: string, descriptor: NodeDescriptor | undefined): Record<string, string[] | undefined> {
  const edges = useEditor((s) => s.graph.edges);
  const stored = useEditor((s) => s.stored);
  const shownRun = useRun((s) => s.run);
  const [columns, setColumns] = useState<Record<string, string[] | undefined>>({});
  const ports = useMemo(() => {
    const set = new Set<string>();
    for (const p of Object.values(descriptor?.parameters.properties ?? {})) {
      const port = columnOf(p);
      if (port) set.add(port);
    }
    return [...set];
  }, [descriptor]);
  useEffect(() => {
    let live = true;
    setColumns({});
    if (!ports.length) return;
    (async () => {
      const runId = shownRun?.id ?? (stored ? await lastSuccessfulRun(stored.workflowId) : undefined);
      if (!runId) return;
      const found: Record<string, string[] | undefined> = {};
      for (const port of ports) {
        const up = upstreamOf(edges, nodeId, port);
        if (up) found[port] = await columnsOf(runId, up.node, up.port);
      }
      if (live) setColumns(found);
    })();
    return () => {
      live = false;
    };
  }, [nodeId, ports, edges, shownRun?.id, stored]);
  return columns;
}

interface NodeConfigProps {
  nodeId: string;
  problems: ValidationProblem[];
  onPreview(node: string, port: string): void;
  onConnect(): void;
  /** Runs this node and what it depends on; absent when the user may not run workflows. */
  onRunToHere?(nodeId: string): void;
  runBusy?: boolean;
}

function NodeConfig({ nodeId, problems, onPreview, onConnect, onRunToHere, runBusy }: NodeConfigProps) {
  const node = useEditor((s) => s.graph.nodes.find((n) => n.id === nodeId));
  const graph = useEditor((s) => s.graph);
  const index = usePalette((s) => s.index);
  const run = useRun((s) => s.run);
  const stats = useRun((s) => s.stats[nodeId]);
  const [docs, setDocs] = useState(false);
  const canWrite = useAuth().can('workflows:write');
  const descriptor = node ? index.get(descriptorKey(node.type, node.version)) : undefined;
  const columns = useUpstreamColumns(nodeId, descriptor);
  if (!node) return null;
  const badge = nodeBadge(node, run, stats, run?.upTo ? partialRunNodes(graph, run.upTo) : null);
  const mine = problems.filter((p) => p.node === nodeId);
  return (
    <div className="stack">
      <h2 className="panel-title">{descriptor?.title ?? node.type}</h2>
      <p className="muted">
        <code data-testid="config-node-id">{node.id}</code> · {node.type} v{node.version}
        {descriptor ? <> · {descriptor.kind.toLowerCase()}</> : null}
      </p>
      <p className={`badge badge-${badge.state}`}>{badge.text}</p>
      {descriptor?.description ? <p>{descriptor.description}</p> : null}
      <div className="row">
        {descriptor ? <button type="button" onClick={() => setDocs(true)} data-testid="config-docs">Docs</button> : null}
        <button type="button" onClick={onConnect} data-testid="config-connect">Connect to…</button>
        {onRunToHere ? (
          <button type="button" onClick={() => onRunToHere(node.id)} disabled={runBusy} data-testid="config-run-to-here"
            title={`Run ${node.id} and the nodes it depends on (saves first)`}>
            ▶ Run to here
          </button>
        ) : null}
      </div>
      {mine.length > 0 && (
        <div className="problems" role="alert" data-testid="config-problems">
          <h3>Problems</h3>
          <ul>{mine.map((p, i) => <li key={i}>{p.parameter ? <code>{p.parameter}</code> : null} {p.message}</li>)}</ul>
        </div>
      )}
      {descriptor ? (
        <>
          <section aria-label="Ports" className="ports-list">
            <h3>Ports</h3>
            <ul>
              {descriptor.inputs.map((p) => <li key={`i${p.name}`}>in <code>{p.name}</code> <PortTypeLabel type={p.type} />{p.required ? ' (required)' : ''}</li>)}
              {descriptor.outputs.map((p) => (
                <li key={`o${p.name}`}>
                  out <code>{p.name}</code> <PortTypeLabel type={p.type} />{' '}
                  {run ? <button type="button" onClick={() => onPreview(node.id, p.name)} data-testid={`config-preview-${p.name}`}>Preview</button> : null}
                </li>
              ))}
            </ul>
          </section>
          <section aria-label="Parameters">
            <h3>Parameters</h3>
            <UnknownParameters nodeId={node.id} known={Object.keys(descriptor.parameters.properties ?? {})} parameters={node.parameters} />
            <Suspense fallback={<p role="status">Loading the form…</p>}>
              <ParameterForm
                nodeId={node.id}
                schema={descriptor.parameters}
                parameters={node.parameters}
                columnsByPort={columns}
                onChange={(p: Record<string, ParameterValue>) => useEditor.getState().setParameters(node.id, p)}
                readOnly={!canWrite}
              />
            </Suspense>
          </section>
        </>
      ) : (
        <ErrorMessage error={new Error(`${node.type} v${node.version} is not installed, so its parameters cannot be edited here. Deploy its plugin, or replace the node.`)} />
      )}
      {docs && descriptor ? <DocsDialog descriptor={descriptor} onClose={() => setDocs(false)} /> : null}
    </div>
  );
}

/** Parameters the node type does not know (a typo in a file, or a parameter removed in this version) can be removed here. */
function UnknownParameters({ nodeId, known, parameters }: { nodeId: string; known: string[]; parameters: Record<string, ParameterValue> }) {
  const unknown = Object.keys(parameters).filter((k) => !known.includes(k));
  if (!unknown.length) return null;
  return (
    <div className="problems" data-testid="unknown-parameters">
      <p>Parameters this node type does not know:</p>
      <ul>
        {unknown.map((k) => (
          <li key={k}>
            <code>{k}</code> = <code>{String(parameters[k])}</code>{' '}
            <button type="button" onClick={() => {
              const next = { ...parameters };
              delete next[k];
              useEditor.getState().setParameters(nodeId, next);
            }} data-testid={`remove-parameter-${k}`}>Remove</button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function WorkflowSettings({ problems, onFocusNode }: { problems: ValidationProblem[]; onFocusNode(id: string): void }) {
  const graph = useEditor((s) => s.graph);
  const setMeta = useEditor((s) => s.setMeta);
  return (
    <div className="stack">
      <h2 className="panel-title">Workflow</h2>
      <label>
        Id
        <input value={graph.id} pattern="[A-Za-z0-9._-]+" onChange={(e) => setMeta({ id: e.target.value })} data-testid="workflow-id" />
      </label>
      <label>
        Title
        <input value={graph.title ?? ''} onChange={(e) => setMeta({ title: e.target.value })} data-testid="workflow-title" />
      </label>
      <label>
        Description
        <textarea rows={4} value={graph.description ?? ''} onChange={(e) => setMeta({ description: e.target.value })} />
      </label>
      <p className="muted">{graph.nodes.length} nodes, {graph.edges.length} connections. Select a node to configure it.</p>
      <ProblemList problems={problems} onFocusNode={onFocusNode} />
    </div>
  );
}

export function ProblemList({ problems, onFocusNode }: { problems: ValidationProblem[]; onFocusNode(id: string): void }) {
  if (!problems.length) return null;
  return (
    <div className="problems" data-testid="validation-problems">
      <h3>
        <span aria-hidden="true">⚠</span> {problems.length} problem{problems.length > 1 ? 's' : ''}
      </h3>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            {p.node ? (
              <button type="button" className="link" onClick={() => onFocusNode(p.node!)} data-testid={`problem-node-${p.node}`}>
                {p.node}
                {p.port ? `.${p.port}` : ''}
                {p.parameter ? ` (${p.parameter})` : ''}
              </button>
            ) : (
              <code>{p.location}</code>
            )}
            : {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SidePanel(props: {
  problems: ValidationProblem[];
  onPreview(node: string, port: string): void;
  onConnect(): void;
  onFocusNode(id: string): void;
  onRunToHere?(nodeId: string): void;
  runBusy?: boolean;
}) {
  const selection = useEditor((s) => s.selection);
  const nodeIds = selection.filter((id) => !isNoteId(id));
  return (
    <aside className="side-panel" aria-label="Configuration" data-testid="config-panel">
      {nodeIds.length === 1 ? (
        <NodeConfig nodeId={nodeIds[0]} problems={props.problems} onPreview={props.onPreview} onConnect={props.onConnect} onRunToHere={props.onRunToHere} runBusy={props.runBusy} />
      ) : nodeIds.length > 1 ? (
        <div className="stack">
          <h2 className="panel-title">{nodeIds.length} nodes selected</h2>
          <p>Copy (Ctrl+C), duplicate (Ctrl+D) or delete (Delete) them together.</p>
          <ProblemList problems={props.problems} onFocusNode={props.onFocusNode} />
        </div>
      ) : (
        <WorkflowSettings problems={props.problems} onFocusNode={props.onFocusNode} />
      )}
    </aside>
  );
}
