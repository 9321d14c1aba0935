import { beforeEach, describe, expect, it } from 'vitest';
import descriptorsWorkflow from '../../test/fixtures/descriptors.json';
import { descriptor } from '../../test/fixtures';
import { emptyDocument, useEditor } from './store';
import { readDocument } from './document';
import { freeSpot, insertionPoint, NODE_SIZE, NOTE_SIZE, occupied, type Box } from './placement';

const state = () => useEditor.getState();

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function expectNoOverlap(boxes: Box[]) {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j]), `${JSON.stringify(boxes[i])} / ${JSON.stringify(boxes[j])}`).toBe(false);
}

/** Inserts like Enter on a palette item: at the insertion point around the (unchanged) viewport centre. */
function insertAtCentre(type: string, centre = { x: 400, y: 300 }): string {
  return state().addNode(descriptor(type), insertionPoint(state(), centre));
}

describe('keyboard insertion places nodes side by side', () => {
  beforeEach(() => state().load(emptyDocument()));

  it('never overlaps in 10 consecutive inserts at the same centre', () => {
    const types = ['retort.io.import-smiles', 'retort.chem.standardize', 'retort.chem.descriptors', 'retort.io.export-csv'];
    const ids = Array.from({ length: 10 }, (_, i) => insertAtCentre(types[i % types.length]));
    expect(new Set(ids).size).toBe(10);
    const boxes = ids.map((id) => ({ ...state().layout[id], ...NODE_SIZE }));
    expectNoOverlap(boxes);
    // the first lands centred on the viewport, the next to its right, a row fills then wraps below
    expect(state().layout[ids[0]]).toEqual({ x: 400 - NODE_SIZE.width / 2, y: 300 - NODE_SIZE.height / 2 });
    expect(state().layout[ids[1]].y).toBe(state().layout[ids[0]].y);
    expect(state().layout[ids[1]].x).toBeGreaterThan(state().layout[ids[0]].x + NODE_SIZE.width);
    expect(state().layout[ids[4]].x).toBe(state().layout[ids[0]].x);
    expect(state().layout[ids[4]].y).toBeGreaterThan(state().layout[ids[0]].y + NODE_SIZE.height);
  });

  it('is deterministic: the same canvas gives the same places', () => {
    const run = () => {
      state().load(emptyDocument());
      return Array.from({ length: 10 }, () => insertAtCentre('retort.chem.descriptors')).map((id) => state().layout[id]);
    };
    expect(run()).toEqual(run());
  });

  it('goes around nodes and notes already there, including measured sizes', () => {
    state().load(readDocument(descriptorsWorkflow));
    state().addNote({ x: 0, y: 260 }, 'a note');
    const centre = { x: 330, y: 160 }; // in the middle of the descriptors workflow
    const tall = (id: string) => (id === 'descriptors' ? { width: 210, height: 400 } : undefined);
    const placed: string[] = [];
    for (let i = 0; i < 10; i++) {
      placed.push(state().addNode(descriptor('retort.chem.descriptors'), insertionPoint(state(), centre, NODE_SIZE, tall)));
    }
    const all = occupied(state(), tall);
    const before = all.slice(0, 5).concat(all.slice(-1)); // the workflow's five nodes and the note
    const mine = all.slice(5, -1);
    expect(mine.length).toBe(10);
    expectNoOverlap(mine);
    for (const box of mine) for (const other of before) expect(overlap(box, other)).toBe(false);
  });

  it('places notes the same way', () => {
    state().load(emptyDocument());
    insertAtCentre('retort.chem.descriptors');
    const a = state().addNote(insertionPoint(state(), { x: 400, y: 300 }, NOTE_SIZE), 'a');
    const b = state().addNote(insertionPoint(state(), { x: 400, y: 300 }, NOTE_SIZE), 'b');
    expect([a, b]).toEqual(['note-1', 'note-2']);
    expectNoOverlap(occupied(state()));
  });

  it('leaves a gap between neighbours', () => {
    const p = freeSpot({ x: 0, y: 0 }, [{ x: 0, y: 0, width: 220, height: 120 }]);
    expect(p).toEqual({ x: 244, y: 0 });
  });
});
