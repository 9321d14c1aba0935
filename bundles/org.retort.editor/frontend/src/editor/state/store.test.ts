import { beforeEach, describe, expect, it, vi } from 'vitest';
import descriptorsWorkflow from '../../test/fixtures/descriptors.json';
import { descriptor, index } from '../../test/fixtures';
import { readDocument, writeDocument } from './document';
import { documentOf, isDirty, noteFlowId, redo, undo, useEditor } from './store';

const state = () => useEditor.getState();
const ids = () => state().graph.nodes.map((n) => n.id);

beforeEach(() => {
  vi.useRealTimers();
  useEditor.setState({ clipboard: null });
  state().load(readDocument(descriptorsWorkflow), { workflowId: 'w', workspaceId: 'ws', name: 'descriptors', version: 1 });
});

describe('editor state', () => {
  it('starts clean after loading, and marks unsaved changes', () => {
    expect(isDirty(state())).toBe(false);
    state().addNode(descriptor('retort.chem.pains'), { x: 10, y: 20 });
    expect(isDirty(state())).toBe(true);
    undo();
    expect(isDirty(state())).toBe(false);
  });

  it('adds nodes with unique ids, undoes and redoes them', () => {
    const a = state().addNode(descriptor('retort.chem.descriptors'), { x: 0, y: 0 });
    const b = state().addNode(descriptor('retort.chem.descriptors'), { x: 0, y: 0 });
    expect([a, b]).toEqual(['descriptors-2', 'descriptors-3']);
    expect(state().layout[a]).toEqual({ x: 0, y: 0 });
    undo();
    expect(ids()).not.toContain(b);
    undo();
    expect(ids()).not.toContain(a);
    redo();
    redo();
    expect(ids()).toEqual(expect.arrayContaining([a, b]));
  });

  it('undoes parameter edits, one step per field burst', () => {
    vi.useFakeTimers();
    vi.setSystemTime(1_000_000);
    state().setParameters('standardize', { neutralize: false });
    vi.setSystemTime(1_000_200);
    state().setParameters('standardize', { neutralize: false, column: 's' });
    vi.setSystemTime(1_000_400);
    state().setParameters('standardize', { neutralize: false, column: 'sm' });
    vi.setSystemTime(1_005_000); // a pause: a new step
    state().setParameters('write', { overwrite: false, path: 'descriptors.csv' });
    const params = (id: string) => state().graph.nodes.find((n) => n.id === id)!.parameters;
    expect(params('write')).toEqual({ overwrite: false, path: 'descriptors.csv' });
    undo();
    expect(params('write')).toEqual({ overwrite: true, path: 'descriptors.csv' });
    expect(params('standardize')).toEqual({ neutralize: false, column: 'sm' });
    undo();
    expect(params('standardize')).toEqual({});
    redo();
    expect(params('standardize')).toEqual({ neutralize: false, column: 'sm' });
  });

  it('deletes nodes with their edges and layout, and undoes the delete', () => {
    const before = writeDocument(documentOf(state()));
    state().remove(['standardize']);
    expect(ids()).not.toContain('standardize');
    expect(state().graph.edges.some((e) => e.from.startsWith('standardize.') || e.to.startsWith('standardize.'))).toBe(false);
    expect(state().layout.standardize).toBeUndefined();
    expect(state().graph.edges).toEqual([{ from: 'descriptors.out', to: 'write.in' }]);
    undo();
    expect(writeDocument(documentOf(state()))).toBe(before);
  });

  it('copies and pastes nodes under new ids, keeping the edges between them', () => {
    state().copy(['standardize', 'descriptors']);
    const pasted = state().paste({ x: 0, y: 300 });
    expect(pasted).toEqual(['standardize-2', 'descriptors-2']);
    expect(state().graph.edges).toContainEqual({ from: 'standardize-2.out', to: 'descriptors-2.in' });
    // edges leaving the copied set are not copied
    expect(state().graph.edges.filter((e) => e.from.startsWith('descriptors-2.'))).toEqual([]);
    expect(state().layout['descriptors-2']).toEqual({ x: 440, y: 400 });
    expect(state().graph.nodes.find((n) => n.id === 'descriptors-2')!.concurrency).toBe(2);
    expect(state().selection).toEqual(pasted);
    // a second paste gives fresh ids again
    expect(state().paste()).toEqual(['standardize-3', 'descriptors-3']);
    undo();
    undo();
    expect(ids()).toEqual(['read', 'standardize', 'descriptors', 'write', 'rejected']);
  });

  it('duplicates without touching the clipboard', () => {
    expect(state().clipboard).toBeNull();
    expect(state().duplicate(['write'])).toEqual(['write-2']);
    expect(state().clipboard).toBeNull();
  });

  it('connects through the rules and refuses with the reason', () => {
    state().disconnect([{ from: 'standardize.failure', to: 'rejected.in' }]);
    expect(state().connect('standardize.failure', 'descriptors.in', index)).toMatchObject({ ok: false });
    const ok = state().connect('descriptors.out', 'rejected.in', index);
    expect(ok).toEqual({ ok: true });
    expect(state().graph.edges).toContainEqual({ from: 'descriptors.out', to: 'rejected.in' });
    undo();
    expect(state().graph.edges).not.toContainEqual({ from: 'descriptors.out', to: 'rejected.in' });
  });

  it('moves nodes as one undo step and keeps drag positions out of history', () => {
    state().setDragPositions({ read: { x: 5, y: 5 } });
    state().setDragPositions({ read: { x: 9, y: 9 } });
    state().moveNodes({ read: { x: 10, y: 12 } });
    expect(state().layout.read).toEqual({ x: 10, y: 12 });
    expect(state().dragPositions).toEqual({});
    undo();
    expect(state().layout.read).toEqual({ x: 0, y: 100 });
  });

  it('keeps notes in the document as annotations, and in the history', () => {
    const note = state().addNote({ x: 1.4, y: 2 }, 'check the SMILES');
    expect(note).toBe('note-1');
    expect(state().selection).toEqual([noteFlowId('note-1')]);
    expect(isDirty(state())).toBe(true);
    expect(documentOf(state()).annotations).toEqual([{ id: 'note-1', text: 'check the SMILES', x: 1, y: 2 }]);
    expect(writeDocument(documentOf(state()))).toContain('"annotations": [\n    {\n      "id": "note-1",\n      "text": "check the SMILES",\n      "x": 1.0,\n      "y": 2.0\n    }\n  ]\n}\n');
    undo();
    expect(state().notes).toEqual([]);
    expect(isDirty(state())).toBe(false);
  });

  it('undoes a note edit, one step per typing burst', () => {
    vi.useFakeTimers();
    vi.setSystemTime(2_000_000);
    const note = state().addNote({ x: 0, y: 0 }, 'first');
    vi.setSystemTime(2_005_000);
    state().setNoteText(note, 'first d');
    vi.setSystemTime(2_005_200);
    state().setNoteText(note, 'first draft');
    vi.setSystemTime(2_010_000);
    state().setNoteText(note, 'second thoughts');
    expect(state().notes[0].text).toBe('second thoughts');
    undo();
    expect(state().notes[0].text).toBe('first draft');
    undo();
    expect(state().notes[0].text).toBe('first');
    redo();
    expect(documentOf(state()).annotations![0].text).toBe('first draft');
  });

  it('moves, resizes, copies and deletes notes by their canvas id', () => {
    const note = state().addNote({ x: 0, y: 0 }, 'a note');
    const flowId = noteFlowId(note);
    state().moveNodes({ [flowId]: { x: 50.2, y: 60.7 } });
    expect(state().notes[0]).toMatchObject({ x: 50, y: 61 });
    state().resizeNote(note, { width: 300, height: 180.4 });
    expect(documentOf(state()).annotations![0]).toEqual({ id: 'note-1', text: 'a note', x: 50, y: 61, width: 300, height: 180 });
    expect(state().duplicate([flowId, 'read'])).toEqual(['read-2']);
    expect(state().notes.map((n) => n.id)).toEqual(['note-1', 'note-2']);
    expect(state().selection).toEqual(['read-2', noteFlowId('note-2')]);
    state().remove([flowId]);
    expect(state().notes.map((n) => n.id)).toEqual(['note-2']);
    undo();
    expect(state().notes.map((n) => n.id)).toEqual(['note-1', 'note-2']);
  });

  it('loads the annotations of a document, and notes from the browser as an unsaved change', () => {
    const doc = readDocument({ ...descriptorsWorkflow, annotations: [{ id: 'note-1', text: 'kept', x: 10, y: 20, width: 240, height: 120 }] });
    state().load(doc, null, [
      { id: 'note-1', text: 'from the browser', x: 5, y: 5 },
      { id: 'note-9', text: 'kept', x: 10, y: 20 }, // already in the document
    ]);
    expect(state().notes).toEqual([
      { id: 'note-1', text: 'kept', x: 10, y: 20, width: 240, height: 120 },
      { id: 'note-2', text: 'from the browser', x: 5, y: 5 },
    ]);
    expect(isDirty(state())).toBe(true);
    expect(useEditor.temporal.getState().pastStates.length).toBe(0);
    state().load(doc);
    expect(isDirty(state())).toBe(false);
    expect(writeDocument(documentOf(state()))).toBe(writeDocument(doc));
  });

  it('does not record selection changes', () => {
    state().select(['read']);
    state().select(['write']);
    expect(useEditor.temporal.getState().pastStates.length).toBe(0);
  });
});

describe('editor state: deleting from the canvas', () => {
  it('removes selected nodes and edges as one undo step', () => {
    useEditor.getState().remove(['rejected'], [{ from: 'read.out', to: 'standardize.in' }]);
    expect(useEditor.getState().graph.edges).toEqual([
      { from: 'standardize.out', to: 'descriptors.in' },
      { from: 'descriptors.out', to: 'write.in' },
    ]);
    undo();
    expect(useEditor.getState().graph.edges.length).toBe(4);
    expect(useEditor.getState().graph.nodes.map((n) => n.id)).toContain('rejected');
  });

  it('records nothing when a move does not move', () => {
    const before = useEditor.temporal.getState().pastStates.length;
    useEditor.getState().moveNodes({ read: { x: 0, y: 100 } });
    expect(useEditor.temporal.getState().pastStates.length).toBe(before);
  });
});
