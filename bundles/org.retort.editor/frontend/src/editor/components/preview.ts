/** Pure helpers for the preview table and charts (tested without a grid). */
import type { Preview } from '../../api/types';

export const NUMERIC_TYPES = new Set(['DOUBLE', 'INTEGER', 'LONG', 'FLOAT', 'NUMBER']);
export const isMolecule = (type: string) => type === 'MOLECULE';

export function numericColumns(preview: Preview): string[] {
  return preview.columns.filter((c) => NUMERIC_TYPES.has(c.type)).map((c) => c.name);
}

/** The column's numbers (nulls and non-numbers skipped). */
export function values(preview: Preview, column: string): number[] {
  const i = preview.columns.findIndex((c) => c.name === column);
  if (i < 0) return [];
  return preview.rows.map((r) => r[i]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

/** Equal-width bins (Sturges' rule, at least 5): labels and counts. */
export function histogram(data: number[], binCount?: number): { labels: string[]; counts: number[] } {
  if (!data.length) return { labels: [], counts: [] };
  const min = Math.min(...data);
  const max = Math.max(...data);
  const bins = binCount ?? Math.max(5, Math.ceil(Math.log2(data.length) + 1));
  if (min === max) return { labels: [String(min)], counts: [data.length] };
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const v of data) counts[Math.min(bins - 1, Math.floor((v - min) / width))]++;
  const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(2));
  const labels = counts.map((_, i) => `${fmt(min + i * width)}–${fmt(min + (i + 1) * width)}`);
  return { labels, counts };
}

/** Pairs of (x, y) where both are numbers. */
export function pairs(preview: Preview, x: string, y: string): [number, number][] {
  const i = preview.columns.findIndex((c) => c.name === x);
  const j = preview.columns.findIndex((c) => c.name === y);
  if (i < 0 || j < 0) return [];
  const out: [number, number][] = [];
  for (const r of preview.rows) {
    const a = r[i];
    const b = r[j];
    if (typeof a === 'number' && typeof b === 'number') out.push([a, b]);
  }
  return out;
}

/** A sensible first scatter: predicted against actual when a model's predictions are shown, else the first two numeric columns. */
export function defaultScatter(preview: Preview): [string, string] | null {
  const numeric = numericColumns(preview);
  const predicted = numeric.find((c) => /^(prediction|predicted)$/i.test(c) || /predict/i.test(c));
  const actual = numeric.find((c) => /^(actual|target|observed|y)$/i.test(c));
  if (predicted && actual) return [actual, predicted];
  return numeric.length >= 2 ? [numeric[0], numeric[1]] : null;
}
