/**
 * Notes kept in this browser by earlier editors (localStorage `retort.notes.<workflow id>`, ids
 * `_note_N`), from before the workflow format had `annotations`. Opening a stored workflow moves them
 * into its document once, as an unsaved change; the browser's copy is dropped when that workflow is
 * saved. Nothing writes this storage any more.
 */
import { MAX_ANNOTATION_TEXT, NODE_ID } from './document';
import type { Note } from './store';

const key = (workflowId: string) => `retort.notes.${workflowId}`;

/** The notes this browser kept for a stored workflow, as annotations (`_note_3` → `note-3`). */
export function legacyNotes(workflowId: string): Note[] {
  try {
    const raw = localStorage.getItem(key(workflowId));
    const list: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(list)) return [];
    const notes: Note[] = [];
    for (const n of list as Record<string, unknown>[]) {
      if (!n || typeof n.id !== 'string' || typeof n.text !== 'string') continue;
      const x = typeof n.x === 'number' && Number.isFinite(n.x) ? Math.round(n.x) : 0;
      const y = typeof n.y === 'number' && Number.isFinite(n.y) ? Math.round(n.y) : 0;
      let id = n.id.replace(/^_note_/, 'note-');
      if (!NODE_ID.test(id)) id = `note-${notes.length + 1}`;
      notes.push({ id, text: n.text.slice(0, MAX_ANNOTATION_TEXT), x, y });
    }
    return notes;
  } catch {
    return [];
  }
}

/** Drops the browser's copy once the workflow (with the notes in its document) is saved. */
export function forgetLegacyNotes(workflowId: string): void {
  try {
    localStorage.removeItem(key(workflowId));
  } catch {
    // storage disabled: nothing kept either
  }
}
