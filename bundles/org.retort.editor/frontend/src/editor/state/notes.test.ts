import { beforeEach, describe, expect, it } from 'vitest';
import { forgetLegacyNotes, legacyNotes } from './notes';

describe('notes kept in the browser by earlier editors', () => {
  beforeEach(() => localStorage.clear());

  it('reads them as annotations with valid ids, once', () => {
    localStorage.setItem('retort.notes.w1', JSON.stringify([
      { id: '_note_1', text: 'check the SMILES', x: 10.4, y: 20 },
      { id: '_note_3', text: 'x'.repeat(12_000), x: 0, y: 0 },
      { id: 7, text: 'broken' },
    ]));
    const notes = legacyNotes('w1');
    expect(notes.map((n) => n.id)).toEqual(['note-1', 'note-3']);
    expect(notes[0]).toEqual({ id: 'note-1', text: 'check the SMILES', x: 10, y: 20 });
    expect(notes[1].text.length).toBe(10_000);
    expect(legacyNotes('other')).toEqual([]);
    forgetLegacyNotes('w1');
    expect(legacyNotes('w1')).toEqual([]);
  });

  it('ignores storage that is not a list', () => {
    localStorage.setItem('retort.notes.w2', '{"a":1}');
    expect(legacyNotes('w2')).toEqual([]);
    localStorage.setItem('retort.notes.w2', 'not json');
    expect(legacyNotes('w2')).toEqual([]);
  });
});
