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
