/**
 * Where a node or note inserted without a mouse position (Enter on a palette item, "Add note") goes:
 * the first free cell of a grid that starts at the viewport centre and fills rows to the right, then
 * the next row below. "Free" means its box, with a gap, overlaps no node or note already on the
 * canvas, so consecutive inserts line up side by side instead of hiding each other. Pure and
 * deterministic: the same canvas and centre give the same place.
 */
import type { Position } from './document';
import { noteFlowId, type EditorState } from './store';

export interface Size {
  width: number;
  height: number;
}

export interface Box extends Position, Size {}

/** What a node takes on the canvas before React Flow has measured it (`.rnode` is at least 200 px wide). */
export const NODE_SIZE: Size = { width: 220, height: 120 };
/** A note's default box (`.note` is 220 px wide, its text area four rows). */
export const NOTE_SIZE: Size = { width: 220, height: 130 };
export const GAP = 24;
/** Cells per row before the next row starts. */
export const COLUMNS = 4;

function overlaps(a: Box, b: Box, gap: number): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** The first cell from `origin` (top-left corner of the first cell) where a box of `size` overlaps nothing in `taken`. */
export function freeSpot(origin: Position, taken: Box[], size: Size = NODE_SIZE, gap = GAP): Position {
  const stepX = size.width + gap;
  const stepY = size.height + gap;
  for (let i = 0; i < 10_000; i++) {
    const p = { x: Math.round(origin.x + (i % COLUMNS) * stepX), y: Math.round(origin.y + Math.floor(i / COLUMNS) * stepY) };
    if (!taken.some((b) => overlaps({ ...p, ...size }, b, gap))) return p;
  }
  // Unreachable in practice (10,000 cells); below everything as a last resort.
  const bottom = Math.max(origin.y, ...taken.map((b) => b.y + b.height));
  return { x: Math.round(origin.x), y: Math.round(bottom + gap) };
}

/**
 * The boxes of the nodes and notes on the canvas. `measured` answers the drawn size of a canvas id
 * (node id, or `_note_<id>` for a note) when React Flow knows it.
 */
export function occupied(state: Pick<EditorState, 'graph' | 'layout' | 'notes'>, measured: (canvasId: string) => Partial<Size> | undefined = () => undefined): Box[] {
  const boxes: Box[] = [];
  for (const n of state.graph.nodes) {
    const p = state.layout[n.id];
    if (!p) continue;
    const m = measured(n.id);
    boxes.push({ x: p.x, y: p.y, width: Math.max(m?.width ?? 0, NODE_SIZE.width), height: Math.max(m?.height ?? 0, NODE_SIZE.height) });
  }
  for (const note of state.notes) {
    const m = measured(noteFlowId(note.id));
    boxes.push({ x: note.x, y: note.y, width: m?.width ?? note.width ?? NOTE_SIZE.width, height: m?.height ?? note.height ?? NOTE_SIZE.height });
  }
  return boxes;
}

/** Where to insert a box of `size` around the viewport centre `centre` (flow coordinates). */
export function insertionPoint(state: Pick<EditorState, 'graph' | 'layout' | 'notes'>, centre: Position, size: Size = NODE_SIZE, measured?: (canvasId: string) => Partial<Size> | undefined): Position {
  return freeSpot({ x: centre.x - size.width / 2, y: centre.y - size.height / 2 }, occupied(state, measured), size);
}
