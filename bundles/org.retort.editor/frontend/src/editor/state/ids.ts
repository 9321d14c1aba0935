import { NODE_ID } from './document';

/** A node id for a new node of `type`: its last name part, made valid and unique (`descriptors`, `descriptors-2`, …). */
export function newNodeId(type: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let base = (type.split('.').pop() ?? 'node').replace(/[^A-Za-z0-9_-]/g, '-');
  if (!/^[A-Za-z]/.test(base)) base = 'n' + base;
  if (!NODE_ID.test(base)) base = 'node';
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) {
    const id = `${base}-${i}`;
    if (!used.has(id)) return id;
  }
}
