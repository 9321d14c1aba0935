/** Auto-layout with ELK's layered algorithm, left to right; elkjs is loaded only when asked for. */
import type { Position, WorkflowDocument } from '../state/document';
import { parsePortRef } from '../state/document';

export async function autoLayout(doc: WorkflowDocument, sizes: (id: string) => { width: number; height: number }): Promise<Record<string, Position>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const graph = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
    children: doc.nodes.map((n) => ({ id: n.id, ...sizes(n.id) })),
    edges: doc.edges.map((e, i) => ({ id: `e${i}`, sources: [parsePortRef(e.from)!.node], targets: [parsePortRef(e.to)!.node] })),
  };
  const result = await elk.layout(graph);
  const positions: Record<string, Position> = {};
  for (const child of result.children ?? []) positions[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
  return positions;
}
