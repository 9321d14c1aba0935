/** Shapes of Retort's REST answers (see docs/api.md and the rest bundle's resources). */

export type PortType = 'MOLECULES' | 'TABLE' | 'MODEL' | 'FILE';

export interface PortDescriptor {
  name: string;
  type: PortType;
  required: boolean;
  description?: string;
}

export interface JsonSchemaProperty {
  type?: string | string[];
  title?: string;
  description?: string;
  default?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  'x-retort-advanced'?: boolean;
  'x-retort-column-of'?: string;
  'x-retort-secret'?: boolean;
  [key: string]: unknown;
}

export interface ParameterSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  type: 'object';
  properties: Record<string, JsonSchemaProperty>;
  required?: string[];
  additionalProperties?: boolean;
  [key: string]: unknown;
}

export interface NodeDescriptor {
  id: string;
  version: string;
  title: string;
  category: string;
  tags?: string[];
  kind: string;
  description?: string;
  inputs: PortDescriptor[];
  outputs: PortDescriptor[];
  parameters: ParameterSchema;
  docsUrl?: string;
}

export interface User {
  id: string;
  username: string;
  email: string;
  roles: string[];
  verified: boolean;
  lockedUntil: string | null;
  createdAt: string;
}

export interface Me {
  csrfToken: string;
  permissions: string[];
  user: User;
  via: string;
}

export interface Workspace {
  id: string;
  name: string;
  createdBy: string;
  createdAt: string;
  role: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export interface WorkflowView {
  id: string;
  workspaceId: string;
  name: string;
  createdBy: string;
  createdAt: string;
  latestVersion: number;
}

export interface WorkflowVersionView {
  version: number;
  sha256: string;
  createdBy: string;
  createdAt: string;
  comment: string | null;
}

export interface WorkflowDetail<D = unknown> {
  workflow: WorkflowView;
  version: WorkflowVersionView | null;
  document: D | null;
}

export interface ValidationProblem {
  location: string;
  node: string | null;
  port: string | null;
  parameter: string | null;
  message: string;
}

export interface ValidationReport {
  valid: boolean;
  problems: ValidationProblem[];
}

export type RunStatus = 'QUEUED' | 'WAITING' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
export type NodeStatus = 'WAITING' | 'RUNNING' | 'SUCCEEDED' | 'CACHED' | 'FAILED' | 'CANCELLED';

export interface NodeStats {
  nodeId: string;
  status: NodeStatus;
  rowsIn: number;
  rowsOut: number;
  rowsFailed: number;
  millis: number;
  counters: Record<string, number>;
}

export interface RunOutput {
  name: string;
  node: string;
  sha256: string;
  size: number;
  mediaType: string;
}

export interface RunView {
  id: string;
  workspaceId: string;
  workflowId: string;
  workflowVersion: number;
  submittedBy: string;
  status: RunStatus;
  failureMessage: string | null;
  inputs: Record<string, string>;
  retryOf: string | null;
  /** A partial run: the node it ran up to (with everything that node depends on); null for the whole workflow. */
  upTo?: string | null;
  createdAt: string;
  startedAt: string | null;
  endedAt: string | null;
  nodes?: NodeStats[];
  outputs?: RunOutput[];
}

export interface PreviewColumn {
  name: string;
  type: string;
}

export interface Preview {
  node: string;
  port: string;
  columns: PreviewColumn[];
  rows: unknown[][];
  errors: Record<string, string>;
}

export interface Dataset {
  id: string;
  workspaceId: string;
  name: string;
  createdBy: string;
  createdAt: string;
  latestVersion: number;
}

export interface DatasetVersion {
  version: number;
  sha256: string;
  size: number;
  fileName: string;
  format: string;
  rowCount: number;
  createdBy: string;
  createdAt: string;
  note: string | null;
}

export interface DiffEntry {
  inchikey: string;
  id: string;
  row: number;
  fromRow?: number;
  changes?: Record<string, [unknown, unknown]>;
}

export interface DatasetDiff {
  from: number;
  to: number;
  added: DiffEntry[];
  removed: DiffEntry[];
  changed: DiffEntry[];
  unchanged: number;
  unparsed: { version: number; record: number; error: string }[];
  totals: Record<string, number>;
  truncated: boolean;
}

export interface ModelView {
  id: string;
  workspaceId: string;
  name: string;
  createdBy: string;
  createdAt: string;
  latestVersion: number;
  activeVersion: number | null;
}

export interface ModelVersion {
  version: number;
  active: boolean;
  sha256: string;
  task: string;
  algorithm: string;
  target: string;
  features: unknown;
  metrics: Record<string, number> | null;
  trainingRows: number;
  trainingHash: string;
  createdBy: string;
  createdAt: string;
  provenance?: unknown;
}

export interface ModelPromotion {
  version: number;
  previousVersion: number | null;
  promotedBy: string;
  promotedAt: string;
  rolledBackBy: string | null;
  rolledBackAt: string | null;
}

export interface ModelDetail {
  model: ModelView;
  active: ModelVersion | null;
  versions: ModelVersion[];
  promotions: ModelPromotion[];
}

export interface ModelComparison {
  model: ModelView;
  a: ModelVersion;
  b: ModelVersion;
  metrics: { name: string; a: number | null; b: number | null; difference: number | null }[];
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: string | null;
  action: string;
  target: string | null;
  detail: string | null;
  ip: string | null;
}

export interface PluginView {
  id: number;
  symbolicName: string;
  version: string;
  state: string;
  deployed: boolean;
  file: string | null;
  nodeTypes: string[];
}
