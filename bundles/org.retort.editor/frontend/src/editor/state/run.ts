/**
 * The run shown on the canvas: its record (GET /runs/{id}) kept live from its Server-Sent Events
 * (`state`, `progress`, `end`), and what each node's badge says.
 */
import { create } from 'zustand';
import { runs as runsApi } from '../../api/endpoints';
import type { NodeStats, RunView } from '../../api/types';
import { parsePortRef, type WorkflowEdge, type WorkflowNode } from './document';

export type NodeDisplayState = 'idle' | 'queued' | 'running' | 'done' | 'failed' | 'cancelled' | 'waiting-plugin' | 'not-run';

export interface NodeBadge {
  state: NodeDisplayState;
  /** The text shown (and read out): the state, progress counts, a failure message. */
  text: string;
  detail?: string;
}

const TERMINAL = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED']);
export const isTerminal = (run: RunView | null) => !!run && TERMINAL.has(run.status);

/**
 * The nodes a run "up to" `upTo` runs, as the server chooses them: `upTo` and every node it depends
 * on, upstream through the edges, plus the fallback nodes (`onError.fallback`) of those — and what
 * those depend on in turn.
 */
export function partialRunNodes(graph: { nodes: WorkflowNode[]; edges: WorkflowEdge[] }, upTo: string): Set<string> {
  const feeding = new Map<string, string[]>();
  for (const e of graph.edges) {
    const from = parsePortRef(e.from)?.node;
    const to = parsePortRef(e.to)?.node;
    if (from && to) feeding.set(to, [...(feeding.get(to) ?? []), from]);
  }
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const included = new Set<string>();
  const todo = [upTo];
  while (todo.length) {
    const id = todo.pop()!;
    if (included.has(id)) continue;
    included.add(id);
    todo.push(...(feeding.get(id) ?? []));
    const fallback = byId.get(id)?.onError?.fallback;
    if (typeof fallback === 'string' && fallback) todo.push(fallback);
  }
  return included;
}

/** The status line's words for a partial run (`run up to descriptors`), or null for a whole run. */
export function partialRunText(run: Pick<RunView, 'upTo'> | null): string | null {
  return run?.upTo ? `run up to ${run.upTo}` : null;
}

/**
 * What a node's badge says for the run (pure: tested without a server). `partial` is the set of
 * nodes a run up to a node covers (`partialRunNodes`); the others were not run.
 */
export function nodeBadge(node: WorkflowNode, run: RunView | null, stats: NodeStats | undefined, partial?: Set<string> | null): NodeBadge {
  if (!run) return { state: 'idle', text: 'idle' };
  if (run.upTo && partial && !partial.has(node.id) && (!stats || stats.status === 'WAITING')) {
    return { state: 'not-run', text: 'not run', detail: `outside the run up to ${run.upTo}` };
  }
  if (run.status === 'WAITING') {
    const message = run.failureMessage ?? '';
    if (message.includes(`node type ${node.type} `) || message.includes(`node type ${node.type}`)) {
      return { state: 'waiting-plugin', text: 'waiting for plugin', detail: `${node.type} v${node.version} is not installed` };
    }
    return { state: 'queued', text: 'queued', detail: 'the run waits for a plugin of another node' };
  }
  if (run.status === 'QUEUED') return { state: 'queued', text: 'queued' };
  if (!stats) return run.status === 'RUNNING' ? { state: 'queued', text: 'queued' } : { state: 'not-run', text: 'not run' };
  const counts = `${stats.rowsIn.toLocaleString('en')} in · ${stats.rowsOut.toLocaleString('en')} out${stats.rowsFailed ? ` · ${stats.rowsFailed.toLocaleString('en')} failed` : ''}`;
  switch (stats.status) {
    case 'RUNNING':
      return { state: 'running', text: `running: ${counts}` };
    case 'SUCCEEDED':
      return { state: 'done', text: `done: ${counts}`, detail: `${stats.millis} ms` };
    case 'CACHED':
      return { state: 'done', text: `done (cached): ${counts}` };
    case 'FAILED': {
      const message = run.failureMessage ?? 'failed';
      return { state: 'failed', text: `failed: ${message}` };
    }
    case 'CANCELLED':
      return { state: 'cancelled', text: 'cancelled' };
    case 'WAITING':
    default:
      if (run.status === 'RUNNING') return { state: 'queued', text: 'queued' };
      if (run.status === 'CANCELLED') return { state: 'cancelled', text: 'cancelled' };
      return { state: 'not-run', text: 'not run' };
  }
}

interface RunState {
  run: RunView | null;
  stats: Record<string, NodeStats>;
  live: boolean;
  error: unknown;
  /** Shows a run (from its id): loads it, then follows its events until it ends. */
  follow(id: string): Promise<void>;
  clear(): void;
  /** Applies one SSE event (exported for tests). */
  apply(event: string, data: unknown): void;
}

let source: EventSource | null = null;

function close() {
  source?.close();
  source = null;
}

function statsOf(run: RunView): Record<string, NodeStats> {
  const map: Record<string, NodeStats> = {};
  for (const s of run.nodes ?? []) map[s.nodeId] = s;
  return map;
}

export const useRun = create<RunState>()((set, get) => ({
  run: null,
  stats: {},
  live: false,
  error: null,
  async follow(id) {
    close();
    set({ error: null });
    let run: RunView;
    try {
      run = await runsApi.get(id);
    } catch (e) {
      set({ error: e, run: null, stats: {}, live: false });
      return;
    }
    set({ run, stats: statsOf(run), live: false });
    if (isTerminal(run) || typeof EventSource === 'undefined') return;
    const es = new EventSource(runsApi.eventsUrl(id), { withCredentials: true });
    source = es;
    set({ live: true });
    for (const name of ['state', 'progress', 'end']) {
      es.addEventListener(name, (ev) => {
        if (source !== es) return;
        try {
          get().apply(name, JSON.parse((ev as MessageEvent).data as string));
        } catch {
          // a malformed event: the next state event corrects the picture
        }
      });
    }
    es.onerror = () => {
      if (source !== es) return;
      // The stream closes after `end`; if it broke earlier, read the run once more.
      close();
      set({ live: false });
      if (!isTerminal(get().run)) {
        setTimeout(() => {
          const current = get().run;
          if (current && current.id === id && !isTerminal(current)) void get().follow(id);
        }, 2000);
      }
    };
  },
  clear() {
    close();
    set({ run: null, stats: {}, live: false, error: null });
  },
  apply(event, data) {
    if (event === 'state' || event === 'end') {
      const run = data as RunView;
      set({ run, stats: { ...get().stats, ...statsOf(run) } });
      if (event === 'end') {
        close();
        set({ live: false });
      }
    } else if (event === 'progress') {
      const s = data as NodeStats;
      set({ stats: { ...get().stats, [s.nodeId]: s } });
    }
  },
}));
