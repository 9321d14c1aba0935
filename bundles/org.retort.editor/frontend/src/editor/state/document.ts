/**
 * The workflow document (`retort.workflow/1`, docs/workflow-format.md) as the editor holds it, read
 * from a file or the server and written back exactly as the server writes it (WorkflowWriter: fixed
 * member order, parameters and layout sorted by key, two-space indent, `{ }` for an empty object,
 * layout and annotation coordinates as doubles, a final newline), so an exported file diffs cleanly
 * against the server's export of the same workflow.
 */

export const FORMAT = 'retort.workflow/1';
export const NODE_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;
const PORT_REF = /^([A-Za-z][A-Za-z0-9_-]*)\.([a-z][A-Za-z0-9_]*)$/;

export type ParameterValue = string | number | boolean;

export interface WorkflowNode {
  id: string;
  type: string;
  version: string;
  parameters: Record<string, ParameterValue>;
  /** The error policy, kept as it came (the server checks it). */
  onError?: Record<string, unknown>;
  concurrency?: number;
}

export interface WorkflowEdge {
  from: string;
  to: string;
}

export interface Position {
  x: number;
  y: number;
}

/** A note on the canvas (`annotations[]`): for people, the engine ignores it. */
export interface Annotation {
  /** Unique among the annotations, like a node id (letters, digits, '_' and '-', starting with a letter). */
  id: string;
  text: string;
  x: number;
  y: number;
  /** Positive, or absent for the editor's default. */
  width?: number;
  height?: number;
}

/** The longest note text the format takes. */
export const MAX_ANNOTATION_TEXT = 10_000;

export interface WorkflowDocument {
  format: typeof FORMAT;
  id: string;
  title?: string;
  description?: string;
  nodes: WorkflowNode[];
  edges: WorkflowEdge[];
  triggers?: Record<string, unknown>[];
  layout?: Record<string, Position>;
  annotations?: Annotation[];
}

export interface PortRef {
  node: string;
  port: string;
}

export function parsePortRef(ref: string): PortRef | null {
  const m = PORT_REF.exec(ref);
  return m ? { node: m[1], port: m[2] } : null;
}

export function portRef(node: string, port: string): string {
  return `${node}.${port}`;
}

export class DocumentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('; '));
    this.name = 'DocumentError';
    this.problems = problems;
  }
}

const TOP = ['format', 'id', 'title', 'description', 'nodes', 'edges', 'triggers', 'layout', 'annotations'];
const ANNOTATION_MEMBERS = ['id', 'text', 'x', 'y', 'width', 'height'];
const NODE_MEMBERS = ['id', 'type', 'version', 'parameters', 'onError', 'concurrency'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads a workflow document, checking its shape the way the server's reader does (it is strict);
 * every problem is reported with its location. Meaning (node types, ports, cycles) is left to
 * `POST /workflows/validate`.
 */
export function readDocument(input: string | unknown): WorkflowDocument {
  let json: unknown = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (e) {
      throw new DocumentError([`the file is not JSON: ${(e as Error).message}`]);
    }
  }
  const problems: string[] = [];
  if (!isObject(json)) throw new DocumentError(['a workflow document is a JSON object']);
  for (const key of Object.keys(json)) {
    if (!TOP.includes(key)) problems.push(`$: unknown member '${key}' (allowed: ${TOP.join(', ')})`);
  }
  if (json.format !== FORMAT) problems.push(`format: must be '${FORMAT}'`);
  if (typeof json.id !== 'string' || json.id.length === 0) problems.push("id: 'id' is required");
  if (json.title !== undefined && typeof json.title !== 'string') problems.push('title: must be a string');
  if (json.description !== undefined && typeof json.description !== 'string') problems.push('description: must be a string');
  const nodes: WorkflowNode[] = [];
  if (!Array.isArray(json.nodes)) problems.push("nodes: 'nodes' is required (an array)");
  else
    json.nodes.forEach((n, i) => {
      const at = `nodes[${i}]`;
      if (!isObject(n)) {
        problems.push(`${at}: must be an object`);
        return;
      }
      for (const key of Object.keys(n)) if (!NODE_MEMBERS.includes(key)) problems.push(`${at}: unknown member '${key}'`);
      if (typeof n.id !== 'string' || !NODE_ID.test(n.id)) problems.push(`${at}.id: letters, digits, '_' and '-', starting with a letter`);
      if (typeof n.type !== 'string') problems.push(`${at}.type: 'type' must be a string`);
      if (typeof n.version !== 'string' || !/^\d+\.\d+\.\d+$/.test(n.version)) problems.push(`${at}.version: like 1.0.0`);
      const parameters: Record<string, ParameterValue> = {};
      if (n.parameters !== undefined) {
        if (!isObject(n.parameters)) problems.push(`${at}.parameters: must be an object`);
        else
          for (const [k, v] of Object.entries(n.parameters)) {
            if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') parameters[k] = v;
            else problems.push(`${at}.parameters.${k}: a string, number or boolean`);
          }
      }
      const node: WorkflowNode = { id: String(n.id), type: String(n.type), version: String(n.version), parameters };
      if (n.onError !== undefined) {
        if (isObject(n.onError)) node.onError = n.onError;
        else problems.push(`${at}.onError: must be an object`);
      }
      if (n.concurrency !== undefined) {
        if (Number.isInteger(n.concurrency) && (n.concurrency as number) >= 0) node.concurrency = n.concurrency as number;
        else problems.push(`${at}.concurrency: a whole number, 0 or more`);
      }
      nodes.push(node);
    });
  const ids = new Set<string>();
  nodes.forEach((n) => {
    if (ids.has(n.id)) problems.push(`nodes[${n.id}]: the id '${n.id}' is used twice`);
    ids.add(n.id);
  });
  const edges: WorkflowEdge[] = [];
  if (!Array.isArray(json.edges)) problems.push("edges: 'edges' is required (an array)");
  else
    json.edges.forEach((e, i) => {
      if (!isObject(e) || typeof e.from !== 'string' || typeof e.to !== 'string') {
        problems.push(`edges[${i}]: {"from": "node.port", "to": "node.port"}`);
        return;
      }
      if (!parsePortRef(e.from)) problems.push(`edges[${i}].from: 'node.port'`);
      if (!parsePortRef(e.to)) problems.push(`edges[${i}].to: 'node.port'`);
      edges.push({ from: e.from, to: e.to });
    });
  let triggers: Record<string, unknown>[] | undefined;
  if (json.triggers !== undefined) {
    if (!Array.isArray(json.triggers) || !json.triggers.every(isObject)) problems.push('triggers: an array of objects');
    else triggers = json.triggers as Record<string, unknown>[];
  }
  let layout: Record<string, Position> | undefined;
  if (json.layout !== undefined) {
    if (!isObject(json.layout)) problems.push('layout: must be an object');
    else {
      layout = {};
      for (const [k, p] of Object.entries(json.layout)) {
        if (isObject(p) && typeof p.x === 'number' && typeof p.y === 'number') layout[k] = { x: p.x, y: p.y };
        else problems.push(`layout.${k}: {"x": number, "y": number}`);
      }
    }
  }
  let annotations: Annotation[] | undefined;
  if (json.annotations !== undefined && json.annotations !== null) {
    if (!Array.isArray(json.annotations)) problems.push('annotations: must be an array');
    else {
      annotations = [];
      const seen = new Set<string>();
      json.annotations.forEach((a, i) => {
        const at = `annotations[${i}]`;
        if (!isObject(a)) {
          problems.push(`${at}: must be an object`);
          return;
        }
        for (const key of Object.keys(a)) if (!ANNOTATION_MEMBERS.includes(key)) problems.push(`${at}: unknown member '${key}'`);
        if (typeof a.id !== 'string' || !NODE_ID.test(a.id)) problems.push(`${at}.id: letters, digits, '_' and '-', starting with a letter`);
        else if (seen.has(a.id)) problems.push(`${at}.id: the id '${a.id}' is used twice`);
        else seen.add(a.id);
        if (typeof a.text !== 'string') problems.push(`${at}.text: 'text' is required (a string)`);
        else if (a.text.length > MAX_ANNOTATION_TEXT) problems.push(`${at}.text: at most ${MAX_ANNOTATION_TEXT} characters`);
        if (typeof a.x !== 'number' || typeof a.y !== 'number') problems.push(`${at}: numbers x and y`);
        const note: Annotation = { id: String(a.id), text: String(a.text ?? ''), x: Number(a.x), y: Number(a.y) };
        for (const size of ['width', 'height'] as const) {
          const v = a[size];
          if (v === undefined || v === null) continue;
          if (typeof v === 'number' && v > 0) note[size] = v;
          else problems.push(`${at}.${size}: a positive number`);
        }
        annotations!.push(note);
      });
    }
  }
  if (problems.length) throw new DocumentError(problems);
  const doc: WorkflowDocument = { format: FORMAT, id: json.id as string, nodes, edges };
  if (typeof json.title === 'string') doc.title = json.title;
  if (typeof json.description === 'string') doc.description = json.description;
  if (triggers) doc.triggers = triggers;
  if (layout) doc.layout = layout;
  if (annotations && annotations.length) doc.annotations = annotations;
  return doc;
}

function sortedKeys<T>(o: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k];
  return out;
}

/** The document in the server's member order (what is sent and exported). */
export function canonical(doc: WorkflowDocument): WorkflowDocument {
  const out: WorkflowDocument = { format: FORMAT, id: doc.id, title: doc.title ?? '' } as WorkflowDocument;
  if (doc.description) out.description = doc.description;
  out.nodes = doc.nodes.map((n) => {
    const node: WorkflowNode = { id: n.id, type: n.type, version: n.version, parameters: sortedKeys(n.parameters ?? {}) };
    if (n.onError !== undefined) node.onError = n.onError;
    if (n.concurrency) node.concurrency = n.concurrency;
    return node;
  });
  out.edges = doc.edges.map((e) => ({ from: e.from, to: e.to }));
  if (doc.triggers && doc.triggers.length) out.triggers = doc.triggers;
  if (doc.layout && Object.keys(doc.layout).length) {
    const layout: Record<string, Position> = {};
    for (const k of Object.keys(doc.layout).sort()) layout[k] = { x: doc.layout[k].x, y: doc.layout[k].y };
    out.layout = layout;
  }
  if (doc.annotations && doc.annotations.length) {
    out.annotations = doc.annotations.map((a) => {
      const note: Annotation = { id: a.id, text: a.text, x: a.x, y: a.y };
      if (a.width && a.width > 0) note.width = a.width;
      if (a.height && a.height > 0) note.height = a.height;
      return note;
    });
  }
  return out;
}

/** Writes like Jackson's pretty printer as the server configures it. */
function write(value: unknown, indent: string, double: boolean): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'null';
    return double && Number.isInteger(value) ? value.toFixed(1) : String(value);
  }
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[ ]';
    return '[\n' + value.map((v) => inner + write(v, inner, false)).join(',\n') + '\n' + indent + ']';
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{ }';
  return '{\n' + entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner, false)}`).join(',\n') + '\n' + indent + '}';
}

/** The file's text: the canonical document, written as the server writes it. */
export function writeDocument(doc: WorkflowDocument): string {
  const c = canonical(doc);
  const { layout, annotations, ...rest } = c;
  let text = write(rest, '', false);
  // Coordinates and sizes are doubles on the server (10.0, not 10).
  if (layout) {
    const positions = Object.entries(layout)
      .map(([k, p]) => `    ${JSON.stringify(k)}: {\n      "x": ${write(p.x, '', true)},\n      "y": ${write(p.y, '', true)}\n    }`)
      .join(',\n');
    text = text.slice(0, -2) + `,\n  "layout": {\n${positions}\n  }\n}`;
  }
  if (annotations) {
    const notes = annotations
      .map((a) => {
        const members = [`"id": ${JSON.stringify(a.id)}`, `"text": ${JSON.stringify(a.text)}`, `"x": ${write(a.x, '', true)}`, `"y": ${write(a.y, '', true)}`];
        if (a.width !== undefined) members.push(`"width": ${write(a.width, '', true)}`);
        if (a.height !== undefined) members.push(`"height": ${write(a.height, '', true)}`);
        return `    {\n${members.map((m) => `      ${m}`).join(',\n')}\n    }`;
      })
      .join(',\n');
    text = text.slice(0, -2) + `,\n  "annotations": [\n${notes}\n  ]\n}`;
  }
  return text + '\n';
}
