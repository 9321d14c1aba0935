import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentError, readDocument, writeDocument } from './document';
import { documentOf, useEditor } from './store';

// The repository's example workflows, written by the server's WorkflowJson.write.
const WORKFLOWS = join(__dirname, '../../../../../../workflows');
const files = readdirSync(WORKFLOWS).filter((f) => f.endsWith('.json'));

describe('workflow document', () => {
  it('finds the example workflows', () => {
    expect(files).toContain('descriptors.json');
  });

  it.each(files)('exports %s byte for byte as it was imported', (file) => {
    const text = readFileSync(join(WORKFLOWS, file), 'utf8');
    expect(writeDocument(readDocument(text))).toBe(text);
  });

  it.each(files)('round-trips %s through the editor store', (file) => {
    const text = readFileSync(join(WORKFLOWS, file), 'utf8');
    useEditor.getState().load(readDocument(text));
    expect(writeDocument(documentOf(useEditor.getState()))).toBe(text);
    expect(JSON.parse(writeDocument(documentOf(useEditor.getState())))).toEqual(JSON.parse(text));
  });

  it('reports every shape problem with its location', () => {
    try {
      readDocument({ format: 'retort.workflow/1', nodes: [{ id: '1x', type: 'a', version: '1', extra: 1 }], edges: [{ from: 'a', to: 'b.in' }], layout: { a: { x: 'no' } } });
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(DocumentError);
      const problems = (e as DocumentError).problems;
      expect(problems).toEqual(expect.arrayContaining([
        "id: 'id' is required",
        "nodes[0]: unknown member 'extra'",
        "nodes[0].id: letters, digits, '_' and '-', starting with a letter",
        'nodes[0].version: like 1.0.0',
        "edges[0].from: 'node.port'",
        'layout.a: {"x": number, "y": number}',
      ]));
    }
  });

  it('refuses a file that is not JSON', () => {
    expect(() => readDocument('{nope')).toThrow(/not JSON/);
  });
});

describe('workflow document: annotations', () => {
  const descriptorsText = readFileSync(join(WORKFLOWS, 'descriptors.json'), 'utf8');
  const withNotes = () => ({
    ...JSON.parse(descriptorsText),
    annotations: [
      { id: 'note-1', text: 'Standardize first:\n"salts" go', x: 10, y: 20.5 },
      { id: 'n_2', text: 'sized', x: -40, y: 300, width: 240, height: 120 },
    ],
  });

  it('writes them after the layout, members in the server order, numbers as doubles', () => {
    const text = writeDocument(readDocument(withNotes()));
    expect(text.endsWith(`  },
  "annotations": [
    {
      "id": "note-1",
      "text": "Standardize first:\\n\\"salts\\" go",
      "x": 10.0,
      "y": 20.5
    },
    {
      "id": "n_2",
      "text": "sized",
      "x": -40.0,
      "y": 300.0,
      "width": 240.0,
      "height": 120.0
    }
  ]
}
`)).toBe(true);
    // the part before is the example as the server wrote it
    expect(text.startsWith(descriptorsText.slice(0, -3))).toBe(true);
  });

  it('round-trips a document with annotations byte for byte, through the file and the store', () => {
    const text = writeDocument(readDocument(withNotes()));
    expect(writeDocument(readDocument(text))).toBe(text);
    useEditor.getState().load(readDocument(text));
    expect(useEditor.getState().notes.map((n) => n.id)).toEqual(['note-1', 'n_2']);
    expect(writeDocument(documentOf(useEditor.getState()))).toBe(text);
  });

  it('writes annotations without a layout, and leaves an empty list out', () => {
    const doc = { format: 'retort.workflow/1', id: 'w', title: 'W', nodes: [], edges: [], annotations: [{ id: 'a', text: '', x: 0, y: 0 }] };
    expect(writeDocument(readDocument(doc))).toBe('{\n  "format": "retort.workflow/1",\n  "id": "w",\n  "title": "W",\n  "nodes": [ ],\n  "edges": [ ],\n  "annotations": [\n    {\n      "id": "a",\n      "text": "",\n      "x": 0.0,\n      "y": 0.0\n    }\n  ]\n}\n');
    expect(writeDocument(readDocument({ ...doc, annotations: [] }))).not.toContain('annotations');
  });

  it('checks annotations as the server reader does', () => {
    const base = JSON.parse(descriptorsText);
    try {
      readDocument({ ...base, annotations: [
        { id: '_note_1', text: 'a', x: 0, y: 0 },
        { id: 'a', text: 'x'.repeat(10_001), x: 0, y: 'no', colour: 'red' },
        { id: 'a', text: 'b', x: 0, y: 0, width: 0, height: -1 },
        { id: 'b', x: 0, y: 0 },
      ] });
      expect.fail('should throw');
    } catch (e) {
      expect((e as DocumentError).problems).toEqual([
        "annotations[0].id: letters, digits, '_' and '-', starting with a letter",
        "annotations[1]: unknown member 'colour'",
        'annotations[1].text: at most 10000 characters',
        'annotations[1]: numbers x and y',
        "annotations[2].id: the id 'a' is used twice",
        'annotations[2].width: a positive number',
        'annotations[2].height: a positive number',
        "annotations[3].text: 'text' is required (a string)",
      ]);
    }
    expect(() => readDocument({ ...base, annotations: {} })).toThrow(/annotations: must be an array/);
    expect(readDocument({ ...base, annotations: [{ id: 'a', text: 'x'.repeat(10_000), x: 1, y: 2 }] }).annotations![0].text.length).toBe(10_000);
  });
});
