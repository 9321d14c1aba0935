import { describe, expect, it } from 'vitest';
import type { Preview } from '../../api/types';
import previewFixture from '../../test/fixtures/preview.json';
import { defaultScatter, histogram, isMolecule, numericColumns, pairs, values } from './preview';

const preview = previewFixture as unknown as Preview;

describe('preview helpers (a real descriptors preview)', () => {
  it('finds the numeric and molecule columns', () => {
    expect(numericColumns(preview)).toEqual(expect.arrayContaining(['mw', 'xlogp', 'tpsa', 'heavy_atoms']));
    expect(preview.columns.filter((c) => isMolecule(c.type)).map((c) => c.name)).toEqual(['smiles', 'original']);
  });

  it('bins a column into a histogram that counts every value', () => {
    const mw = values(preview, 'mw');
    const h = histogram(mw);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(mw.length);
    expect(h.labels.length).toBe(h.counts.length);
    expect(histogram([3, 3, 3])).toEqual({ labels: ['3'], counts: [3] });
  });

  it('pairs two columns for a scatter, predicted against actual first', () => {
    expect(pairs(preview, 'mw', 'exact_mass').length).toBe(preview.rows.length);
    expect(defaultScatter(preview)).toEqual(['mw', 'exact_mass']);
    // retort.ml.evaluate's predictions port: set, record, actual, predicted
    const model: Preview = { node: 'e', port: 'predictions', columns: [{ name: 'set', type: 'STRING' }, { name: 'record', type: 'INTEGER' }, { name: 'actual', type: 'DOUBLE' }, { name: 'predicted', type: 'DOUBLE' }], rows: [['test', 1, 1, 1.1]], errors: {} };
    expect(defaultScatter(model)).toEqual(['actual', 'predicted']);
  });
});
