import { afterEach, describe, expect, it, vi } from 'vitest';
import { descriptors } from '../../test/fixtures';
import { compareVersions, groupPalette, usePalette } from './palette';

afterEach(() => vi.restoreAllMocks());

describe('palette', () => {
  it('groups node types by category, sorted', () => {
    const groups = groupPalette(descriptors, '');
    expect(groups.map(([c]) => c)).toEqual(['Chemistry', 'Input/Output', 'Machine learning', 'Table']);
    expect(groups.flatMap(([, l]) => l).length).toBe(descriptors.length);
  });

  it('searches titles, ids, tags and categories', () => {
    expect(groupPalette(descriptors, 'inchikey').flatMap(([, l]) => l.map((d) => d.id))).toContain('retort.chem.deduplicate');
    expect(groupPalette(descriptors, 'export csv').flatMap(([, l]) => l.map((d) => d.id))).toEqual(['retort.io.export-csv']);
    expect(groupPalette(descriptors, 'no such node')).toEqual([]);
  });

  it('shows the newest version of a type once', () => {
    const d = descriptors[0];
    const two = [d, { ...d, version: '1.10.0' }, { ...d, version: '1.2.0' }];
    expect(groupPalette(two, '')[0][1].map((x) => x.version)).toEqual(['1.10.0']);
    expect(compareVersions('1.10.0', '1.9.3')).toBeGreaterThan(0);
  });

  it('re-fetches with If-None-Match and keeps the list on 304; a removed plugin disappears', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(new Response(JSON.stringify(descriptors), { status: 200, headers: { 'Content-Type': 'application/json', ETag: '"v1"' } }))
      .mockResolvedValueOnce(new Response(null, { status: 304 }))
      .mockResolvedValueOnce(new Response(JSON.stringify(descriptors.slice(1)), { status: 200, headers: { 'Content-Type': 'application/json', ETag: '"v2"' } }));
    await usePalette.getState().refresh();
    expect(usePalette.getState().descriptors.length).toBe(descriptors.length);
    await usePalette.getState().refresh();
    expect((fetch.mock.calls[1][1]!.headers as Record<string, string>)['If-None-Match']).toBe('"v1"');
    expect(usePalette.getState().descriptors.length).toBe(descriptors.length);
    await usePalette.getState().refresh();
    expect(usePalette.getState().descriptors.length).toBe(descriptors.length - 1);
    expect(usePalette.getState().index.has(`${descriptors[0].id}@${descriptors[0].version}`)).toBe(false);
  });
});
