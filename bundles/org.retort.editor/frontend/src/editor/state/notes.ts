/**
 * Canvas notes are not part of the workflow format: `retort.workflow/1` has no member for them, its
 * reader refuses unknown members and the layout section takes only positions of existing nodes
 * (docs/workflow-format.md). Until the format gains one, notes are kept in this browser, per stored
 * workflow, and are neither saved on the server nor exported.
 */
import type { Note } from './store';

const key = (workflowId: string) => `retort.notes.${workflowId}`;

export function loadNotes(workflowId: string): Note[] {
  try {
    const raw = localStorage.getItem(key(workflowId));
    const list = raw ? (JSON.parse(raw) as Note[]) : [];
    return Array.isArray(list) ? list.filter((n) => typeof n.id === 'string' && typeof n.text === 'string') : [];
  } catch {
    return [];
  }
}

export function saveNotes(workflowId: string, notes: Note[]): void {
  try {
    if (notes.length) localStorage.setItem(key(workflowId), JSON.stringify(notes));
    else localStorage.removeItem(key(workflowId));
  } catch {
    // storage full or disabled: notes stay for this session only
  }
}
