/**
 * The editor's state: the workflow document being edited, its layout and the canvas notes (the
 * document's `annotations`), with undo/redo (zundo) over exactly those three — selection, drag-in-progress positions, the clipboard
 * and what was last saved are not history. Every action is a plain function of the state, so tests
 * drive the store without a canvas.
 */
import { create } from 'zustand';
import { temporal } from 'zundo';
import type { NodeDescriptor } from '../../api/types';
import { checkConnection, type ConnectionCheck, type DescriptorIndex } from './connections';
import { FORMAT, MAX_ANNOTATION_TEXT, NODE_ID, parsePortRef, portRef, writeDocument, type Annotation, type ParameterValue, type Position, type WorkflowDocument, type WorkflowEdge, type WorkflowNode } from './document';
import { newNodeId } from './ids';

/** A comment on the canvas: one of the document's `annotations`, by its annotation id (`note-1`). */
export type Note = Annotation;

/**
 * On the canvas (React Flow ids, the selection, the clipboard) a note is `_note_<annotation id>`: node
 * ids start with a letter, so the two never collide.
 */
export const NOTE_PREFIX = '_note_';
export const isNoteId = (id: string) => id.startsWith(NOTE_PREFIX);
export const noteFlowId = (noteId: string) => NOTE_PREFIX + noteId;
export const noteIdOf = (flowId: string) => flowId.slice(NOTE_PREFIX.length);

/** A note id (`note-N`) not in `taken`. */
export function newNoteId(taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let i = 1; ; i++) if (!used.has(`note-${i}`)) return `note-${i}`;
}

/** The document without its layout and notes; they live beside it. */
export type Graph = Omit<WorkflowDocument, 'layout' | 'annotations'>;

export interface StoredRef {
  workflowId: string;
  workspaceId: string;
  name: string;
  version: number;
}

interface Clipboard {
  nodes: WorkflowNode[];
  edges: WorkflowEdge[];
  layout: Record<string, Position>;
  notes: Note[];
}

export interface EditorState {
  graph: Graph;
  layout: Record<string, Position>;
  notes: Note[];
  selection: string[];
  dragPositions: Record<string, Position>;
  clipboard: Clipboard | null;
  /** The document text last loaded or saved: the unsaved-changes marker compares with it. */
  savedText: string;
  stored: StoredRef | null;
  lastParameterEdit: { node: string; at: number } | null;

  /**
   * Shows a document (history cleared). `extraNotes` (notes kept in this browser before the format had
   * annotations) are added under fresh ids and count as an unsaved change.
   */
  load(doc: WorkflowDocument, stored?: StoredRef | null, extraNotes?: Note[]): void;
  markSaved(stored: StoredRef, doc?: WorkflowDocument): void;
  setMeta(meta: { id?: string; title?: string; description?: string }): void;
  addNode(descriptor: NodeDescriptor, at: Position): string;
  setDragPositions(positions: Record<string, Position>): void;
  moveNodes(positions: Record<string, Position>): void;
  /** Removes nodes and notes (with their edges) and the given edges, as one undo step. */
  remove(ids: string[], edges?: WorkflowEdge[]): void;
  connect(from: string, to: string, index: DescriptorIndex): ConnectionCheck;
  disconnect(edges: WorkflowEdge[]): void;
  setParameters(nodeId: string, parameters: Record<string, ParameterValue>): void;
  select(ids: string[]): void;
  copy(ids: string[]): void;
  paste(offset?: Position): string[];
  duplicate(ids: string[]): string[];
  /** Adds a note; answers its annotation id (selected as `noteFlowId(id)`). */
  addNote(at: Position, text?: string): string;
  setNoteText(noteId: string, text: string): void;
  resizeNote(noteId: string, size: { width: number; height: number }): void;
}

export const emptyDocument = (): WorkflowDocument => ({ format: FORMAT, id: 'untitled', title: 'Untitled workflow', nodes: [], edges: [] });

function splitDoc(doc: WorkflowDocument): { graph: Graph; layout: Record<string, Position>; notes: Note[] } {
  const { layout, annotations, ...graph } = doc;
  return { graph, layout: { ...(layout ?? {}) }, notes: (annotations ?? []).map((a) => ({ ...a })) };
}

/** The document to save or export: the graph with the layout of its nodes and the notes as `annotations`. */
export function documentOf(state: Pick<EditorState, 'graph' | 'layout'> & { notes?: Note[] }): WorkflowDocument {
  const layout: Record<string, Position> = {};
  for (const n of state.graph.nodes) {
    const p = state.layout[n.id];
    if (p) layout[n.id] = { x: Math.round(p.x), y: Math.round(p.y) };
  }
  const doc: WorkflowDocument = { ...state.graph, layout };
  if (state.notes && state.notes.length) doc.annotations = state.notes.map((n) => ({ ...n }));
  return doc;
}

export function isDirty(state: Pick<EditorState, 'graph' | 'layout' | 'notes' | 'savedText'>): boolean {
  return writeDocument(documentOf(state)) !== state.savedText;
}

const PARAMETER_COALESCE_MS = 1000;

export const useEditor = create<EditorState>()(
  temporal(
    (set, get) => {
      const pasteClipboard = (clip: Clipboard, offset: Position): string[] => {
        const state = get();
        const taken = new Set(state.graph.nodes.map((n) => n.id));
        const rename = new Map<string, string>();
        const nodes = clip.nodes.map((n) => {
          const id = newNodeId(n.id.replace(/-\d+$/, ''), taken);
          taken.add(id);
          rename.set(n.id, id);
          return { ...n, id, parameters: { ...n.parameters } };
        });
        const edges = clip.edges
          .map((e) => {
            const a = parsePortRef(e.from)!;
            const b = parsePortRef(e.to)!;
            return { from: portRef(rename.get(a.node)!, a.port), to: portRef(rename.get(b.node)!, b.port) };
          });
        const layout = { ...state.layout };
        for (const [old, id] of rename) {
          const p = clip.layout[old] ?? { x: 0, y: 0 };
          layout[id] = { x: p.x + offset.x, y: p.y + offset.y };
        }
        const noteIds = state.notes.map((n) => n.id);
        const notes = clip.notes.map((n) => {
          const id = newNoteId(noteIds);
          noteIds.push(id);
          return { ...n, id, x: n.x + offset.x, y: n.y + offset.y };
        });
        set({
          graph: { ...state.graph, nodes: [...state.graph.nodes, ...nodes], edges: [...state.graph.edges, ...edges] },
          layout,
          notes: [...state.notes, ...notes],
          selection: [...nodes.map((n) => n.id), ...notes.map((n) => noteFlowId(n.id))],
        });
        return nodes.map((n) => n.id);
      };

      const clipboardOf = (ids: string[]): Clipboard => {
        const state = get();
        const chosen = new Set(ids);
        const nodes = state.graph.nodes.filter((n) => chosen.has(n.id)).map((n) => structuredClone(n));
        const edges = state.graph.edges.filter((e) => chosen.has(parsePortRef(e.from)!.node) && chosen.has(parsePortRef(e.to)!.node));
        const layout: Record<string, Position> = {};
        nodes.forEach((n) => (layout[n.id] = state.layout[n.id] ?? { x: 0, y: 0 }));
        const notes = state.notes.filter((n) => chosen.has(noteFlowId(n.id))).map((n) => ({ ...n }));
        return { nodes, edges: edges.map((e) => ({ ...e })), layout, notes };
      };

      const initial = splitDoc(emptyDocument());
      return {
        graph: initial.graph,
        layout: initial.layout,
        notes: initial.notes,
        selection: [],
        dragPositions: {},
        clipboard: null,
        savedText: writeDocument(emptyDocument()),
        stored: null,
        lastParameterEdit: null,

        load(doc, stored = null, extraNotes = []) {
          const { graph, layout, notes } = splitDoc(doc);
          const savedText = writeDocument(documentOf({ graph, layout, notes }));
          const same = (a: Note, b: Note) => a.text === b.text && a.x === b.x && a.y === b.y;
          for (const extra of extraNotes) {
            if (notes.some((n) => same(n, extra))) continue;
            const id = NODE_ID.test(extra.id) && !notes.some((n) => n.id === extra.id) ? extra.id : newNoteId(notes.map((n) => n.id));
            notes.push({ ...extra, id, text: extra.text.slice(0, MAX_ANNOTATION_TEXT) });
          }
          set({ graph, layout, notes, selection: [], dragPositions: {}, stored, savedText, lastParameterEdit: null });
          useEditor.temporal.getState().clear();
        },

        markSaved(stored, doc) {
          const text = writeDocument(doc ?? documentOf(get()));
          useEditor.temporal.getState().pause();
          set({ stored, savedText: text });
          useEditor.temporal.getState().resume();
        },

        setMeta(meta) {
          set({ graph: { ...get().graph, ...meta } });
        },

        addNode(descriptor, at) {
          const state = get();
          const id = newNodeId(descriptor.id, state.graph.nodes.map((n) => n.id));
          const node: WorkflowNode = { id, type: descriptor.id, version: descriptor.version, parameters: {} };
          set({
            graph: { ...state.graph, nodes: [...state.graph.nodes, node] },
            layout: { ...state.layout, [id]: { x: Math.round(at.x), y: Math.round(at.y) } },
            selection: [id],
          });
          return id;
        },

        setDragPositions(positions) {
          set({ dragPositions: { ...get().dragPositions, ...positions } });
        },

        moveNodes(positions) {
          const state = get();
          const moved = Object.entries(positions).some(([id, p]) => {
            const now = isNoteId(id) ? state.notes.find((n) => n.id === noteIdOf(id)) : state.layout[id];
            return !now || now.x !== Math.round(p.x) || now.y !== Math.round(p.y);
          });
          if (!moved) {
            if (Object.keys(state.dragPositions).length) set({ dragPositions: {} });
            return;
          }
          const layout = { ...state.layout };
          let notes = state.notes;
          for (const [id, p] of Object.entries(positions)) {
            if (isNoteId(id)) notes = notes.map((n) => (n.id === noteIdOf(id) ? { ...n, x: Math.round(p.x), y: Math.round(p.y) } : n));
            else layout[id] = { x: Math.round(p.x), y: Math.round(p.y) };
          }
          set({ layout, notes, dragPositions: {} });
        },

        remove(ids, edges = []) {
          const state = get();
          const gone = new Set(ids);
          const goneEdges = new Set(edges.map((e) => `${e.from}>${e.to}`));
          const anyNode = [...gone].some((id) => state.graph.nodes.some((n) => n.id === id) || state.notes.some((n) => noteFlowId(n.id) === id));
          const anyEdge = state.graph.edges.some((e) => goneEdges.has(`${e.from}>${e.to}`));
          if (!anyNode && !anyEdge) return;
          const layout = { ...state.layout };
          ids.forEach((id) => delete layout[id]);
          set({
            graph: {
              ...state.graph,
              nodes: state.graph.nodes.filter((n) => !gone.has(n.id)),
              edges: state.graph.edges.filter((e) => !goneEdges.has(`${e.from}>${e.to}`) && !gone.has(parsePortRef(e.from)!.node) && !gone.has(parsePortRef(e.to)!.node)),
            },
            layout,
            notes: state.notes.filter((n) => !gone.has(noteFlowId(n.id))),
            selection: state.selection.filter((id) => !gone.has(id)),
          });
        },

        connect(from, to, index) {
          const state = get();
          const check = checkConnection(documentOf(state), index, from, to);
          if (check.ok) set({ graph: { ...state.graph, edges: [...state.graph.edges, { from, to }] } });
          return check;
        },

        disconnect(edges) {
          const state = get();
          const gone = new Set(edges.map((e) => `${e.from}>${e.to}`));
          const kept = state.graph.edges.filter((e) => !gone.has(`${e.from}>${e.to}`));
          if (kept.length !== state.graph.edges.length) set({ graph: { ...state.graph, edges: kept } });
        },

        setParameters(nodeId, parameters) {
          const state = get();
          const node = state.graph.nodes.find((n) => n.id === nodeId);
          if (!node || JSON.stringify(node.parameters) === JSON.stringify(parameters)) return;
          const now = Date.now();
          const last = state.lastParameterEdit;
          // Typing in one field gives one undo step, not one per key.
          const coalesce = last !== null && last.node === nodeId && now - last.at < PARAMETER_COALESCE_MS;
          const temporalState = useEditor.temporal.getState();
          if (coalesce) temporalState.pause();
          set({
            graph: { ...state.graph, nodes: state.graph.nodes.map((n) => (n.id === nodeId ? { ...n, parameters: { ...parameters } } : n)) },
            lastParameterEdit: { node: nodeId, at: now },
          });
          if (coalesce) temporalState.resume();
        },

        select(ids) {
          set({ selection: ids });
        },

        copy(ids) {
          set({ clipboard: clipboardOf(ids) });
        },

        paste(offset = { x: 40, y: 40 }) {
          const clip = get().clipboard;
          return clip ? pasteClipboard(clip, offset) : [];
        },

        duplicate(ids) {
          return pasteClipboard(clipboardOf(ids), { x: 40, y: 40 });
        },

        addNote(at, text = '') {
          const state = get();
          const id = newNoteId(state.notes.map((n) => n.id));
          set({ notes: [...state.notes, { id, text: text.slice(0, MAX_ANNOTATION_TEXT), x: Math.round(at.x), y: Math.round(at.y) }], selection: [noteFlowId(id)] });
          return id;
        },

        setNoteText(noteId, text) {
          const state = get();
          const note = state.notes.find((n) => n.id === noteId);
          const clipped = text.slice(0, MAX_ANNOTATION_TEXT);
          if (!note || note.text === clipped) return;
          const now = Date.now();
          const last = state.lastParameterEdit;
          // Typing in a note gives one undo step per burst, like a parameter field.
          const key = noteFlowId(noteId);
          const coalesce = last !== null && last.node === key && now - last.at < PARAMETER_COALESCE_MS;
          const temporalState = useEditor.temporal.getState();
          if (coalesce) temporalState.pause();
          set({ notes: state.notes.map((n) => (n.id === noteId ? { ...n, text: clipped } : n)), lastParameterEdit: { node: key, at: now } });
          if (coalesce) temporalState.resume();
        },

        resizeNote(noteId, size) {
          const state = get();
          const width = Math.round(size.width);
          const height = Math.round(size.height);
          const note = state.notes.find((n) => n.id === noteId);
          if (!note || width <= 0 || height <= 0 || (note.width === width && note.height === height)) return;
          set({ notes: state.notes.map((n) => (n.id === noteId ? { ...n, width, height } : n)) });
        },
      };
    },
    {
      partialize: (state) => ({ graph: state.graph, layout: state.layout, notes: state.notes }),
      equality: (a, b) => a.graph === b.graph && a.layout === b.layout && a.notes === b.notes,
      limit: 200,
    },
  ),
);

export const undo = () => useEditor.temporal.getState().undo();
export const redo = () => useEditor.temporal.getState().redo();
