/**
 * Connection rules, as the engine's validator applies them (docs/workflow-format.md, PortType.canFeed):
 * an output feeds an input of the same type, and a MOLECULES output may also feed a TABLE input (a
 * molecule table is a table); an input takes one edge; no cycles; no edge to the node itself. Pure
 * functions, so the canvas, the "connect to…" dialog and the tests share them.
 */
import type { NodeDescriptor, PortDescriptor, PortType } from '../../api/types';
import { parsePortRef, portRef, type WorkflowDocument } from './document';

export function canFeed(output: PortType, input: PortType): boolean {
  return output === input || (output === 'MOLECULES' && input === 'TABLE');
}

/** Descriptors by `type@version`. */
export type DescriptorIndex = ReadonlyMap<string, NodeDescriptor>;

export function descriptorKey(type: string, version: string): string {
  return `${type}@${version}`;
}

export function indexDescriptors(list: NodeDescriptor[]): Map<string, NodeDescriptor> {
  return new Map(list.map((d) => [descriptorKey(d.id, d.version), d]));
}

export function descriptorOf(doc: WorkflowDocument, index: DescriptorIndex, nodeId: string): NodeDescriptor | undefined {
  const node = doc.nodes.find((n) => n.id === nodeId);
  return node ? index.get(descriptorKey(node.type, node.version)) : undefined;
}

export function outputPort(doc: WorkflowDocument, index: DescriptorIndex, nodeId: string, port: string): PortDescriptor | undefined {
  return descriptorOf(doc, index, nodeId)?.outputs.find((p) => p.name === port);
}

export function inputPort(doc: WorkflowDocument, index: DescriptorIndex, nodeId: string, port: string): PortDescriptor | undefined {
  return descriptorOf(doc, index, nodeId)?.inputs.find((p) => p.name === port);
}

/** Whether `to` can be reached from `from` following edges downstream. */
export function reaches(doc: WorkflowDocument, from: string, to: string): boolean {
  const next = new Map<string, string[]>();
  for (const e of doc.edges) {
    const a = parsePortRef(e.from)?.node;
    const b = parsePortRef(e.to)?.node;
    if (a && b) next.set(a, [...(next.get(a) ?? []), b]);
  }
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === to) return true;
    if (seen.has(n)) continue;
    seen.add(n);
    stack.push(...(next.get(n) ?? []));
  }
  return false;
}

export type ConnectionCheck = { ok: true } | { ok: false; reason: string };

/** Whether the edge `from` (node.port, an output) → `to` (node.port, an input) may be added. */
export function checkConnection(doc: WorkflowDocument, index: DescriptorIndex, from: string, to: string): ConnectionCheck {
  const a = parsePortRef(from);
  const b = parsePortRef(to);
  if (!a || !b) return { ok: false, reason: 'A connection goes from an output port to an input port.' };
  if (a.node === b.node) return { ok: false, reason: `A node cannot feed itself (${a.node}).` };
  const out = outputPort(doc, index, a.node, a.port);
  const inp = inputPort(doc, index, b.node, b.port);
  if (!out) return { ok: false, reason: `${from} is not an output port of an installed node type.` };
  if (!inp) return { ok: false, reason: `${to} is not an input port of an installed node type.` };
  if (!canFeed(out.type, inp.type)) {
    return { ok: false, reason: `Type mismatch: ${from} gives ${out.type}, ${to} takes ${inp.type}.` };
  }
  const existing = doc.edges.find((e) => e.to === to);
  if (existing) {
    if (existing.from === from) return { ok: false, reason: `${from} is already connected to ${to}.` };
    return { ok: false, reason: `Input ${to} is already connected (from ${existing.from}); an input takes one connection.` };
  }
  if (reaches(doc, b.node, a.node)) {
    return { ok: false, reason: `Connecting ${from} to ${to} would make a cycle (${b.node} already feeds ${a.node}).` };
  }
  return { ok: true };
}

export interface PortChoice {
  from: string;
  to: string;
  fromType: PortType;
  toType: PortType;
  label: string;
}

/**
 * Every connection that can be made from an output of `nodeId` to another node's input, and from
 * another node's output into an input of `nodeId`: what the keyboard "connect to…" dialog lists.
 */
export function compatibleConnections(doc: WorkflowDocument, index: DescriptorIndex, nodeId: string): { outgoing: PortChoice[]; incoming: PortChoice[] } {
  const outgoing: PortChoice[] = [];
  const incoming: PortChoice[] = [];
  const self = descriptorOf(doc, index, nodeId);
  if (!self) return { outgoing, incoming };
  for (const other of doc.nodes) {
    if (other.id === nodeId) continue;
    const d = index.get(descriptorKey(other.type, other.version));
    if (!d) continue;
    for (const out of self.outputs) {
      for (const inp of d.inputs) {
        const from = portRef(nodeId, out.name);
        const to = portRef(other.id, inp.name);
        if (checkConnection(doc, index, from, to).ok) {
          outgoing.push({ from, to, fromType: out.type, toType: inp.type, label: `${from} (${out.type}) → ${to} (${inp.type})` });
        }
      }
    }
    for (const out of d.outputs) {
      for (const inp of self.inputs) {
        const from = portRef(other.id, out.name);
        const to = portRef(nodeId, inp.name);
        if (checkConnection(doc, index, from, to).ok) {
          incoming.push({ from, to, fromType: out.type, toType: inp.type, label: `${from} (${out.type}) → ${to} (${inp.type})` });
        }
      }
    }
  }
  return { outgoing, incoming };
}
