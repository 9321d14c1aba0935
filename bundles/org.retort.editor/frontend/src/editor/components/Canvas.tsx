import { useCallback, useMemo, useRef, useState } from 'react';
import {
  Background, Controls, MiniMap, ReactFlow, useReactFlow,
  type Connection, type Edge, type EdgeChange, type Node, type NodeChange, type NodeTypes, type OnDelete, type OnNodeDrag,
} from '@xyflow/react';
import type { ValidationProblem } from '../../api/types';
import { descriptorKey } from '../state/connections';
import { parsePortRef, portRef, type Position } from '../state/document';
import { usePalette } from '../state/palette';
import { nodeBadge, partialRunNodes, useRun } from '../state/run';
import { isNoteId, noteFlowId, noteIdOf, useEditor } from '../state/store';
import { NoteNode, type NoteFlowNode } from './NoteNode';
import { RetortNode, type RetortFlowNode } from './RetortNode';

const nodeTypes: NodeTypes = { retort: RetortNode, note: NoteNode };
export const DRAG_TYPE = 'application/x-retort-node';

interface CanvasProps {
  problems: ValidationProblem[];
  onPreview(node: string, port: string): void;
  onRefused(reason: string): void;
}

type Measured = Record<string, { width?: number; height?: number }>;

export function Canvas({ problems, onPreview, onRefused }: CanvasProps) {
  const graph = useEditor((s) => s.graph);
  const layout = useEditor((s) => s.layout);
  const notes = useEditor((s) => s.notes);
  const selection = useEditor((s) => s.selection);
  const dragPositions = useEditor((s) => s.dragPositions);
  const index = usePalette((s) => s.index);
  const run = useRun((s) => s.run);
  const stats = useRun((s) => s.stats);
  const [measured, setMeasured] = useState<Measured>({});
  const [selectedEdges, setSelectedEdges] = useState<string[]>([]);
  // A note's size while its resizer is dragged (the document gets it when the drag ends).
  const [resizing, setResizing] = useState<Record<string, { width: number; height: number }>>({});
  const rf = useReactFlow();
  const cache = useRef(new Map<string, { deps: unknown[]; node: Node }>());

  const problemsByNode = useMemo(() => {
    const map = new Map<string, ValidationProblem[]>();
    for (const p of problems) if (p.node) map.set(p.node, [...(map.get(p.node) ?? []), p]);
    return map;
  }, [problems]);

  const connectedInputs = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const e of graph.edges) {
      const to = parsePortRef(e.to);
      if (to) map.set(to.node, [...(map.get(to.node) ?? []), to.port]);
    }
    return map;
  }, [graph.edges]);

  // A run up to a node: the nodes outside it show `not run`.
  const partial = useMemo(() => (run?.upTo ? partialRunNodes(graph, run.upTo) : null), [graph, run?.upTo]);

  const nodes: Node[] = useMemo(() => {
    const selected = new Set(selection);
    const next = new Map<string, { deps: unknown[]; node: Node }>();
    const reuse = (id: string, deps: unknown[], make: () => Node) => {
      const old = cache.current.get(id);
      const entry = old && old.deps.length === deps.length && old.deps.every((d, i) => d === deps[i]) ? old : { deps, node: make() };
      next.set(id, entry);
      return entry.node;
    };
    const list: Node[] = graph.nodes.map((n) => {
      const position = dragPositions[n.id] ?? layout[n.id] ?? { x: 0, y: 0 };
      const descriptor = index.get(descriptorKey(n.type, n.version));
      const badge = nodeBadge(n, run, stats[n.id], partial);
      const nodeProblems = problemsByNode.get(n.id) ?? [];
      const inputs = connectedInputs.get(n.id) ?? [];
      const m = measured[n.id];
      return reuse(n.id, [n, position.x, position.y, descriptor, badge.text, badge.state, nodeProblems, inputs.join(','), selected.has(n.id), m, !!run],
        (): RetortFlowNode => ({
          id: n.id,
          type: 'retort',
          position,
          selected: selected.has(n.id),
          measured: m,
          ariaLabel: `Node ${n.id}: ${descriptor?.title ?? n.type}, ${badge.text}${nodeProblems.length ? `, ${nodeProblems.length} problem${nodeProblems.length > 1 ? 's' : ''}` : ''}`,
          data: { node: n, descriptor, badge, problems: nodeProblems, canPreview: !!run, connectedInputs: inputs, onPreview },
        }));
    });
    for (const note of notes) {
      const id = noteFlowId(note.id);
      const position = dragPositions[id] ?? { x: note.x, y: note.y };
      const m = measured[id];
      const size = resizing[id] ?? (note.width || note.height ? { width: note.width, height: note.height } : undefined);
      list.push(reuse(id, [note, position.x, position.y, selected.has(id), m, size?.width, size?.height], (): NoteFlowNode => ({
        id, type: 'note', position, selected: selected.has(id), measured: m,
        ...(size?.width ? { width: size.width } : {}), ...(size?.height ? { height: size.height } : {}),
        data: { noteId: note.id, text: note.text, sized: !!size },
        ariaLabel: `Note ${note.id}: ${note.text.slice(0, 60) || 'empty'}`,
      })));
    }
    cache.current = next;
    return list;
  }, [graph.nodes, layout, dragPositions, notes, resizing, selection, index, run, stats, partial, problemsByNode, connectedInputs, measured, onPreview]);

  const edges: Edge[] = useMemo(() => {
    const chosen = new Set(selectedEdges);
    return graph.edges.map((e) => {
      const a = parsePortRef(e.from)!;
      const b = parsePortRef(e.to)!;
      const id = `${e.from}>${e.to}`;
      return {
        id, source: a.node, sourceHandle: a.port, target: b.node, targetHandle: b.port, selected: chosen.has(id),
        ariaLabel: `connection from ${e.from} to ${e.to}`,
        className: a.port === 'failure' ? 'edge-failure' : undefined,
      };
    });
  }, [graph.edges, selectedEdges]);

  const onNodesChange = useCallback((changes: NodeChange[]) => {
    const store = useEditor.getState();
    const dims: Measured = {};
    const drag: Record<string, Position> = {};
    const moved: Record<string, Position> = {};
    const resized: Record<string, { width: number; height: number }> = {};
    const live: Record<string, { width: number; height: number }> = {};
    let selection: Set<string> | null = null;
    for (const c of changes) {
      if (c.type === 'dimensions' && c.dimensions) {
        dims[c.id] = { width: c.dimensions.width, height: c.dimensions.height };
        // the end of a note's resize (NodeResizer): its size goes into the document
        if (isNoteId(c.id) && c.resizing === true) live[c.id] = c.dimensions;
        else if (isNoteId(c.id) && c.resizing === false) resized[c.id] = c.dimensions;
      }
      else if (c.type === 'position' && c.position && c.dragging) drag[c.id] = c.position;
      // the end of a drag, or a move with the arrow keys
      else if (c.type === 'position' && c.position) moved[c.id] = c.position;
      // 'remove' changes are handled once, in onDelete
      else if (c.type === 'select') {
        selection ??= new Set(store.selection);
        if (c.selected) selection.add(c.id);
        else selection.delete(c.id);
      }
    }
    if (Object.keys(dims).length) setMeasured((m) => ({ ...m, ...dims }));
    if (Object.keys(drag).length) store.setDragPositions(drag);
    if (Object.keys(moved).length) store.moveNodes(moved);
    for (const [id, size] of Object.entries(resized)) store.resizeNote(noteIdOf(id), size);
    if (Object.keys(live).length || Object.keys(resized).length) {
      setResizing((r) => {
        const next = { ...r, ...live };
        for (const id of Object.keys(resized)) delete next[id];
        return next;
      });
    }
    if (selection) store.select([...selection]);
  }, []);

  const onNodeDragStop: OnNodeDrag = useCallback((_e, _node, dragged) => {
    const positions: Record<string, Position> = {};
    for (const n of dragged) positions[n.id] = n.position;
    useEditor.getState().moveNodes(positions);
  }, []);

  const onDelete: OnDelete = useCallback(({ nodes: gone, edges: goneEdges }) => {
    useEditor.getState().remove(gone.map((n) => n.id), goneEdges.map((e) => {
      const [from, to] = e.id.split('>');
      return { from, to };
    }));
    setSelectedEdges([]);
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const selects = changes.filter((c) => c.type === 'select');
    if (selects.length) {
      setSelectedEdges((current) => {
        const set = new Set(current);
        for (const c of selects) {
          if (c.type !== 'select') continue;
          if (c.selected) set.add(c.id);
          else set.delete(c.id);
        }
        return [...set];
      });
    }
  }, []);

  const onConnect = useCallback((c: Connection) => {
    if (!c.sourceHandle || !c.targetHandle) return;
    const check = useEditor.getState().connect(portRef(c.source, c.sourceHandle), portRef(c.target, c.targetHandle), usePalette.getState().index);
    if (!check.ok) onRefused(check.reason);
  }, [onRefused]);

  const onDrop = useCallback((e: React.DragEvent) => {
    const key = e.dataTransfer.getData(DRAG_TYPE);
    if (!key) return;
    e.preventDefault();
    const descriptor = usePalette.getState().index.get(key);
    if (!descriptor) return;
    const at = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    useEditor.getState().addNode(descriptor, at);
  }, [rf]);

  return (
    <div className="canvas" data-testid="canvas" onDrop={onDrop} onDragOver={(e) => {
      if (e.dataTransfer.types.includes(DRAG_TYPE)) {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }
    }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onDelete={onDelete}
        onConnect={onConnect}
        deleteKeyCode={['Delete', 'Backspace']}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        defaultViewport={{ x: 40, y: 40, zoom: 1 }}
        minZoom={0.1}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
        ariaLabelConfig={{ 'node.a11yDescription.default': 'Press Enter or Space to select the node, arrow keys to move it, Delete to remove it; use “Connect to…” to connect its ports.' }}
      >
        <Background gap={20} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable ariaLabel="Minimap of the workflow" nodeStrokeWidth={2} nodeClassName={(n) => (isNoteId(n.id) ? 'minimap-note' : 'minimap-node')} />
      </ReactFlow>
    </div>
  );
}
