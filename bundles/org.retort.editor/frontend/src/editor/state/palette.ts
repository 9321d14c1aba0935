/**
 * The palette: every installed node type from GET /nodes, polled with If-None-Match every 5 s so a
 * deployed or removed plugin bundle appears or disappears without a reload.
 */
import { create } from 'zustand';
import { nodes as nodesApi } from '../../api/endpoints';
import type { NodeDescriptor } from '../../api/types';
import { indexDescriptors } from './connections';

export const PALETTE_POLL_MS = 5000;

interface PaletteState {
  descriptors: NodeDescriptor[];
  index: Map<string, NodeDescriptor>;
  etag: string | null;
  loaded: boolean;
  error: unknown;
  refresh(): Promise<void>;
}

export const usePalette = create<PaletteState>()((set, get) => ({
  descriptors: [],
  index: new Map(),
  etag: null,
  loaded: false,
  error: null,
  async refresh() {
    try {
      const answer = await nodesApi.palette(get().etag);
      if (answer.changed && answer.data) {
        set({ descriptors: answer.data, index: indexDescriptors(answer.data), etag: answer.etag, loaded: true, error: null });
      } else {
        set({ loaded: true, error: null });
      }
    } catch (e) {
      set({ error: e, loaded: true });
    }
  },
}));

/** Starts polling; returns the stop function. */
export function pollPalette(): () => void {
  void usePalette.getState().refresh();
  const timer = setInterval(() => {
    if (document.visibilityState !== 'hidden') void usePalette.getState().refresh();
  }, PALETTE_POLL_MS);
  return () => clearInterval(timer);
}

/** Node types grouped by category (sorted), filtered by a search over title, id, tags and category; newest version of each type only. */
export function groupPalette(descriptors: NodeDescriptor[], search: string): [string, NodeDescriptor[]][] {
  const newest = new Map<string, NodeDescriptor>();
  for (const d of descriptors) {
    const seen = newest.get(d.id);
    if (!seen || compareVersions(d.version, seen.version) > 0) newest.set(d.id, d);
  }
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const groups = new Map<string, NodeDescriptor[]>();
  for (const d of newest.values()) {
    const hay = [d.title, d.id, d.category, ...(d.tags ?? [])].join(' ').toLowerCase();
    if (!words.every((w) => hay.includes(w))) continue;
    const list = groups.get(d.category || 'Other') ?? [];
    list.push(d);
    groups.set(d.category || 'Other', list);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([c, l]) => [c, l.sort((x, y) => x.title.localeCompare(y.title))]);
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
