/**
 * Upstream column names for column parameters (`x-retort-column-of`): taken from the preview schema
 * of the output that feeds the port, in the shown run or the workflow's last successful run.
 */
import { runs as runsApi } from '../../api/endpoints';
import { parsePortRef, type WorkflowEdge } from './document';

const cache = new Map<string, Promise<string[] | undefined>>();

export function upstreamOf(edges: WorkflowEdge[], node: string, port: string): { node: string; port: string } | null {
  const edge = edges.find((e) => e.to === `${node}.${port}`);
  return edge ? parsePortRef(edge.from) : null;
}

export function columnsOf(runId: string, node: string, port: string): Promise<string[] | undefined> {
  const key = `${runId}|${node}.${port}`;
  let found = cache.get(key);
  if (!found) {
    found = runsApi.preview(runId, node, port).then((p) => p.columns.map((c) => c.name), () => undefined);
    cache.set(key, found);
  }
  return found;
}

const lastRuns = new Map<string, Promise<string | undefined>>();

/** The id of the workflow's newest successful run, if any (asked once per workflow and session). */
export function lastSuccessfulRun(workflowId: string): Promise<string | undefined> {
  let found = lastRuns.get(workflowId);
  if (!found) {
    found = runsApi.list({ workflow: workflowId, status: ['SUCCEEDED'], limit: 1 }).then((p) => p.items[0]?.id, () => undefined);
    lastRuns.set(workflowId, found);
  }
  return found;
}

export function forgetLastRun(workflowId: string): void {
  lastRuns.delete(workflowId);
}
