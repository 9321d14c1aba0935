import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RunView } from '../../api/types';
import runFixture from '../../test/fixtures/run.json';
import { nodeBadge, partialRunNodes, partialRunText, useRun } from './run';
import type { WorkflowNode } from './document';

const node = (id: string, type = 'retort.chem.descriptors'): WorkflowNode => ({ id, type, version: '1.0.0', parameters: {} });
const run = runFixture as unknown as RunView;

/** The SSE stream of a real run (GET /runs/{id}/events), parsed into events. */
function events(): { event: string; data: unknown }[] {
  const text = readFileSync(join(__dirname, '../../test/fixtures/events.txt'), 'utf8');
  return text.split('\n\n').filter((b) => b.trim()).map((block) => {
    const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
    const data = block.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
    return { event, data: JSON.parse(data) };
  });
}

describe('node badges', () => {
  it('is idle without a run', () => {
    expect(nodeBadge(node('a'), null, undefined)).toEqual({ state: 'idle', text: 'idle' });
  });

  it('shows done with the row counts of a finished run', () => {
    const stats = run.nodes!.find((s) => s.nodeId === 'descriptors');
    expect(nodeBadge(node('descriptors'), run, stats)).toMatchObject({ state: 'done', text: 'done: 500 in · 500 out' });
  });

  it('shows running with progress, queued while waiting for input', () => {
    const live: RunView = { ...run, status: 'RUNNING' };
    expect(nodeBadge(node('d'), live, { nodeId: 'd', status: 'RUNNING', rowsIn: 250, rowsOut: 0, rowsFailed: 3, millis: 5, counters: {} }).text)
      .toBe('running: 250 in · 0 out · 3 failed');
    expect(nodeBadge(node('d'), live, { nodeId: 'd', status: 'WAITING', rowsIn: 0, rowsOut: 0, rowsFailed: 0, millis: 0, counters: {} }).state).toBe('queued');
  });

  it('shows the failure message on a failed node', () => {
    const failed: RunView = { ...run, status: 'FAILED', failureMessage: "node 'd' (retort.chem.descriptors@1.0.0) failed: boom" };
    const badge = nodeBadge(node('d'), failed, { nodeId: 'd', status: 'FAILED', rowsIn: 1, rowsOut: 0, rowsFailed: 0, millis: 1, counters: {} });
    expect(badge).toMatchObject({ state: 'failed', text: "failed: node 'd' (retort.chem.descriptors@1.0.0) failed: boom" });
  });

  it('marks the nodes whose plugin is missing while the run waits', () => {
    const waiting: RunView = { ...run, status: 'WAITING', failureMessage: 'waiting for node type acme.chem.smiles-length v1.0.0' };
    expect(nodeBadge(node('len', 'acme.chem.smiles-length'), waiting, undefined)).toMatchObject({ state: 'waiting-plugin', text: 'waiting for plugin' });
    expect(nodeBadge(node('other'), waiting, undefined).state).toBe('queued');
  });
});

describe('run events', () => {
  beforeEach(() => useRun.setState({ run: null, stats: {}, live: true }));

  it('follows a real event stream to the end', () => {
    const stream = events();
    expect(stream[0].event).toBe('state');
    expect(stream.at(-1)!.event).toBe('end');
    const { apply } = useRun.getState();
    apply(stream[0].event, stream[0].data);
    expect(useRun.getState().run!.status).toBe('RUNNING');
    const progress = stream.find((e) => e.event === 'progress' && (e.data as { nodeId: string }).nodeId === 'standardize');
    apply('progress', progress!.data);
    expect(useRun.getState().stats.standardize.status).toBe('RUNNING');
    for (const e of stream.slice(1)) apply(e.event, e.data);
    const state = useRun.getState();
    expect(state.run!.status).toBe('SUCCEEDED');
    expect(state.live).toBe(false);
    expect(Object.values(state.stats).every((s) => s.status === 'SUCCEEDED')).toBe(true);
    expect(state.run!.outputs!.map((o) => o.name)).toEqual(['descriptors.csv', 'rejected.csv']);
  });
});

describe('runs up to a node', () => {
  // the descriptors workflow: read → standardize → descriptors → write, standardize.failure → rejected
  const graph = {
    nodes: ['read', 'standardize', 'descriptors', 'write', 'rejected', 'estimate', 'lonely'].map((id) => node(id)),
    edges: [
      { from: 'read.out', to: 'standardize.in' },
      { from: 'standardize.out', to: 'descriptors.in' },
      { from: 'descriptors.out', to: 'write.in' },
      { from: 'standardize.failure', to: 'rejected.in' },
    ],
  };
  graph.nodes[2] = { ...graph.nodes[2], onError: { retries: 0, then: 'fallback', fallback: 'estimate' } };

  it('covers the node, what it depends on and their fallback nodes', () => {
    expect([...partialRunNodes(graph, 'descriptors')].sort()).toEqual(['descriptors', 'estimate', 'read', 'standardize']);
    expect([...partialRunNodes(graph, 'rejected')].sort()).toEqual(['read', 'rejected', 'standardize']);
    expect([...partialRunNodes(graph, 'read')]).toEqual(['read']);
  });

  it('shows the nodes outside the run as not run, even while it runs', () => {
    const partial: RunView = { ...run, upTo: 'standardize', nodes: run.nodes!.filter((s) => ['read', 'standardize'].includes(s.nodeId)) };
    const included = partialRunNodes(graph, 'standardize');
    const stats = (id: string) => partial.nodes!.find((s) => s.nodeId === id);
    expect(nodeBadge(node('standardize'), partial, stats('standardize'), included)).toMatchObject({ state: 'done', text: 'done: 500 in · 500 out' });
    expect(nodeBadge(node('descriptors'), partial, undefined, included)).toMatchObject({ state: 'not-run', text: 'not run' });
    const running: RunView = { ...partial, status: 'RUNNING' };
    expect(nodeBadge(node('write'), running, undefined, included).text).toBe('not run');
    expect(nodeBadge(node('write'), running, { nodeId: 'write', status: 'WAITING', rowsIn: 0, rowsOut: 0, rowsFailed: 0, millis: 0, counters: {} }, included).text).toBe('not run');
    expect(nodeBadge(node('read'), running, undefined, included).text).toBe('queued');
    // a whole run is unchanged
    expect(nodeBadge(node('write'), { ...run, status: 'RUNNING', upTo: null }, undefined, null).text).toBe('queued');
  });

  it('says so in the status line words', () => {
    expect(partialRunText({ upTo: 'descriptors' })).toBe('run up to descriptors');
    expect(partialRunText({ upTo: null })).toBeNull();
    expect(partialRunText(run)).toBeNull();
  });
});
