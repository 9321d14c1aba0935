import { describe, expect, it } from 'vitest';
import descriptorsWorkflow from '../../test/fixtures/descriptors.json';
import { index } from '../../test/fixtures';
import { canFeed, checkConnection, compatibleConnections } from './connections';
import { readDocument, type WorkflowDocument } from './document';

const doc = () => readDocument(descriptorsWorkflow);

describe('connection rules', () => {
  it('lets an output feed an input of its type, and molecules feed a table', () => {
    expect(canFeed('MOLECULES', 'MOLECULES')).toBe(true);
    expect(canFeed('MOLECULES', 'TABLE')).toBe(true);
    expect(canFeed('TABLE', 'MOLECULES')).toBe(false);
    expect(canFeed('MODEL', 'TABLE')).toBe(false);
    expect(canFeed('FILE', 'FILE')).toBe(true);
  });

  it('refuses a type mismatch with the reason', () => {
    // standardize.failure is a TABLE; descriptors.in takes MOLECULES
    const d: WorkflowDocument = { ...doc(), edges: doc().edges.filter((e) => e.to !== 'descriptors.in') };
    const check = checkConnection(d, index, 'standardize.failure', 'descriptors.in');
    expect(check).toEqual({ ok: false, reason: 'Type mismatch: standardize.failure gives TABLE, descriptors.in takes MOLECULES.' });
  });

  it('refuses a second edge into an occupied input', () => {
    const check = checkConnection(doc(), index, 'read.out', 'write.in');
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toMatch(/already connected \(from descriptors\.out\)/);
  });

  it('refuses a cycle', () => {
    const d = doc();
    d.nodes.push({ id: 'std2', type: 'retort.chem.standardize', version: '1.0.0', parameters: {} });
    d.edges.push({ from: 'descriptors.out', to: 'std2.in' });
    // std2 → standardize would close standardize → descriptors → std2 → standardize
    d.edges = d.edges.filter((e) => e.to !== 'standardize.in');
    const check = checkConnection(d, index, 'std2.out', 'standardize.in');
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toMatch(/cycle/);
  });

  it('refuses a node feeding itself and unknown ports', () => {
    expect(checkConnection(doc(), index, 'descriptors.out', 'descriptors.in').ok).toBe(false);
    const unknown = checkConnection(doc(), index, 'read.nope', 'rejected.in');
    expect(!unknown.ok && unknown.reason).toMatch(/not an output port/);
  });

  it('accepts a valid connection', () => {
    const d: WorkflowDocument = { ...doc(), edges: doc().edges.filter((e) => e.to !== 'rejected.in') };
    expect(checkConnection(d, index, 'descriptors.out', 'rejected.in')).toEqual({ ok: true });
  });

  it('lists only compatible free ports for the connect dialog', () => {
    const d: WorkflowDocument = { ...doc(), edges: doc().edges.filter((e) => e.to !== 'rejected.in') };
    const { outgoing, incoming } = compatibleConnections(d, index, 'descriptors');
    // descriptors can feed the free rejected.in (write.in is taken; read has no input; standardize would cycle)
    expect(outgoing.map((c) => `${c.from}>${c.to}`)).toEqual(['descriptors.out>rejected.in', 'descriptors.failure>rejected.in']);
    expect(incoming).toEqual([]); // descriptors.in is occupied
    const forRejected = compatibleConnections(d, index, 'rejected').incoming.map((c) => c.from);
    expect(forRejected).toEqual(expect.arrayContaining(['read.out', 'read.failure', 'standardize.out', 'standardize.failure', 'descriptors.out']));
  });

  it('connects a MODEL output only to MODEL inputs', () => {
    const d: WorkflowDocument = {
      format: 'retort.workflow/1', id: 'm', nodes: [
        { id: 'train', type: 'retort.ml.train', version: '1.0.0', parameters: {} },
        { id: 'predict', type: 'retort.ml.predict', version: '1.0.0', parameters: {} },
        { id: 'register', type: 'retort.ml.register', version: '1.0.0', parameters: {} },
        { id: 'csv', type: 'retort.io.export-csv', version: '1.0.0', parameters: {} },
      ], edges: [],
    };
    const { outgoing } = compatibleConnections(d, index, 'train');
    expect(outgoing.filter((c) => c.from === 'train.model').map((c) => c.to)).toEqual(['predict.model', 'register.model']);
    const refused = checkConnection(d, index, 'train.model', 'csv.in');
    expect(!refused.ok && refused.reason).toBe('Type mismatch: train.model gives MODEL, csv.in takes TABLE.');
  });
});
