/** One function per REST call the editor makes (paths relative to /api/v1). */
import { del, getJson, getWithEtag, post, put, request, sendJson } from './client';
import type {
  ApiKey, AuditEntry, Dataset, DatasetDiff, DatasetVersion, Me, ModelComparison, ModelDetail, ModelView, NodeDescriptor,
  Page, PluginView, Preview, RunOutput, RunStatus, RunView, User, ValidationReport, WorkflowDetail, WorkflowVersionView,
  WorkflowView, Workspace,
} from './types';
import type { WorkflowDocument } from '../editor/state/document';

const e = encodeURIComponent;

export const auth = {
  me: () => getJson<Me>('/auth/me', { quiet401: true }),
  login: (username: string, password: string) => post<Me>('/auth/login', { username, password }, { quiet401: true }),
  logout: () => post<void>('/auth/logout', {}),
  register: (username: string, email: string, password: string) =>
    post<{ message: string }>('/auth/register', { username, email, password }),
  verify: (token: string) => post<{ message?: string }>('/auth/verify', { token }),
  resendVerification: (email: string) => post<{ message?: string }>('/auth/resend-verification', { email }),
  forgotPassword: (email: string) => post<{ message?: string }>('/auth/forgot-password', { email }),
  resetPassword: (token: string, password: string) => post<{ message?: string }>('/auth/reset-password', { token, password }),
  changePassword: (currentPassword: string, newPassword: string) =>
    post<{ message?: string }>('/auth/change-password', { currentPassword, newPassword }),
  apiKeys: () => getJson<ApiKey[]>('/auth/api-keys'),
  createApiKey: (name: string) => post<{ key: string; apiKey: ApiKey; message: string }>('/auth/api-keys', { name }),
  revokeApiKey: (id: string) => del<void>(`/auth/api-keys/${e(id)}`),
};

export const nodes = {
  palette: (etag: string | null) => getWithEtag<NodeDescriptor[]>('/nodes', etag),
  docs: async (id: string, version: string) =>
    (await request(`/nodes/${e(id)}/versions/${e(version)}/docs`, { headers: { Accept: 'text/markdown, application/problem+json' } })).text(),
};

export const workspaces = {
  list: () => getJson<Workspace[]>('/workspaces'),
  create: (name: string) => post<Workspace>('/workspaces', { name }),
  workflows: (ws: string, name = '', offset = 0, limit = 100) =>
    getJson<Page<WorkflowView>>(`/workspaces/${e(ws)}/workflows?name=${e(name)}&offset=${offset}&limit=${limit}`),
  datasets: (ws: string, name = '', offset = 0, limit = 100) =>
    getJson<Page<Dataset>>(`/workspaces/${e(ws)}/datasets?name=${e(name)}&offset=${offset}&limit=${limit}`),
  createDataset: (ws: string, name: string) => post<Dataset>(`/workspaces/${e(ws)}/datasets`, { name }),
  models: (ws: string, offset = 0, limit = 100) => getJson<Page<ModelView>>(`/workspaces/${e(ws)}/models?offset=${offset}&limit=${limit}`),
};

/** The body of POST /workflows/{id}/runs (members left out when not given). */
export function runRequest(version?: number, inputs?: Record<string, string>, upTo?: string): Record<string, unknown> {
  return { ...(version ? { version } : {}), ...(inputs && Object.keys(inputs).length ? { inputs } : {}), ...(upTo ? { upTo } : {}) };
}

export const workflows = {
  create: (ws: string, name: string, document: WorkflowDocument) =>
    post<WorkflowDetail<WorkflowDocument>>(`/workspaces/${e(ws)}/workflows?name=${e(name)}`, document),
  update: (id: string, document: WorkflowDocument, comment = '') =>
    put<WorkflowDetail<WorkflowDocument>>(`/workflows/${e(id)}?comment=${e(comment)}`, document),
  get: (id: string) => getJson<WorkflowDetail<WorkflowDocument>>(`/workflows/${e(id)}`),
  versions: (id: string) => getJson<WorkflowVersionView[]>(`/workflows/${e(id)}/versions`),
  version: (id: string, n: number) => getJson<WorkflowDocument>(`/workflows/${e(id)}/versions/${n}`),
  validate: (document: unknown) => post<ValidationReport>('/workflows/validate', document),
  /** Starts a run; with `upTo`, only that node and what it depends on. */
  run: (id: string, version?: number, inputs?: Record<string, string>, upTo?: string) =>
    post<RunView>(`/workflows/${e(id)}/runs`, runRequest(version, inputs, upTo)),
};

export const runs = {
  list: (params: { workspace?: string; workflow?: string; status?: RunStatus[]; offset?: number; limit?: number }) => {
    const q = new URLSearchParams();
    if (params.workspace) q.set('workspace', params.workspace);
    if (params.workflow) q.set('workflow', params.workflow);
    if (params.status && params.status.length) q.set('status', params.status.join(','));
    q.set('offset', String(params.offset ?? 0));
    q.set('limit', String(params.limit ?? 50));
    return getJson<Page<RunView>>(`/runs?${q.toString()}`);
  },
  get: (id: string) => getJson<RunView>(`/runs/${e(id)}`),
  cancel: (id: string) => post<RunView>(`/runs/${e(id)}/cancel`),
  retry: (id: string) => post<RunView>(`/runs/${e(id)}/retry`),
  outputs: (id: string) => getJson<RunOutput[]>(`/runs/${e(id)}/outputs`),
  outputUrl: (id: string, name: string) => `/api/v1/runs/${e(id)}/outputs/${e(name)}`,
  preview: (id: string, node: string, port = 'out') => getJson<Preview>(`/runs/${e(id)}/nodes/${e(node)}/preview?port=${e(port)}`),
  eventsUrl: (id: string) => `/api/v1/runs/${e(id)}/events`,
};

export const artifacts = {
  upload: (file: File) =>
    sendJson<{ sha256: string; size: number; mediaType: string; name: string }>('POST', `/artifacts?name=${e(file.name)}`, file, { contentType: 'application/octet-stream' }),
};

export const datasets = {
  get: (id: string) => getJson<Dataset & { latest?: DatasetVersion }>(`/datasets/${e(id)}`),
  versions: (id: string) => getJson<DatasetVersion[]>(`/datasets/${e(id)}/versions`),
  upload: (id: string, file: File, note = '', format = '') =>
    sendJson<{ dataset: Dataset; version: DatasetVersion }>('POST',
      `/datasets/${e(id)}/versions?name=${e(file.name)}${format ? `&format=${e(format)}` : ''}${note ? `&note=${e(note)}` : ''}`,
      file, { contentType: 'application/octet-stream' }),
  fileUrl: (id: string, n: number) => `/api/v1/datasets/${e(id)}/versions/${n}/file`,
  diff: (id: string, from?: number, to?: number) =>
    getJson<DatasetDiff>(`/datasets/${e(id)}/diff${from && to ? `?from=${from}&to=${to}` : ''}`),
};

export const models = {
  get: (id: string) => getJson<ModelDetail>(`/models/${e(id)}`),
  compare: (id: string, a: number, b: number) => getJson<ModelComparison>(`/models/${e(id)}/compare?a=${a}&b=${b}`),
  promote: (id: string, version: number) => post<ModelDetail>(`/models/${e(id)}/promote`, { version }),
  rollback: (id: string) => post<ModelDetail>(`/models/${e(id)}/rollback`),
};

export const admin = {
  users: (offset = 0, limit = 50) => getJson<Page<User>>(`/admin/users?offset=${offset}&limit=${limit}`),
  createUser: (u: { username: string; email: string; password: string; roles: string[] }) => post<User>('/admin/users', u),
  setRoles: (id: string, roles: string[]) => put<User>(`/admin/users/${e(id)}/roles`, { roles }),
  unlock: (id: string) => post<User>(`/admin/users/${e(id)}/unlock`),
  verify: (id: string) => post<User>(`/admin/users/${e(id)}/verify`),
  deleteUser: (id: string) => del<void>(`/admin/users/${e(id)}`),
  audit: (params: { actor?: string; action?: string; since?: string; offset?: number; limit?: number }) => {
    const q = new URLSearchParams();
    Object.entries(params).forEach(([k, v]) => {
      if (v !== undefined && v !== '') q.set(k, String(v));
    });
    return getJson<Page<AuditEntry>>(`/admin/audit?${q.toString()}`);
  },
  plugins: () => getJson<PluginView[]>('/admin/plugins'),
  deployPlugin: (file: File) =>
    sendJson<{ symbolicName: string; version: string; file: string; message: string }>('POST',
      `/admin/plugins?name=${e(file.name)}`, file, { contentType: 'application/java-archive' }),
  removePlugin: (symbolicName: string) => del<void>(`/admin/plugins/${e(symbolicName)}`),
};

/** The server's molecule picture (image/svg+xml). */
export function depictUrl(smiles: string, w = 200, h = 150, highlight?: string): string {
  return `/api/v1/depict?smiles=${e(smiles)}&w=${w}&h=${h}${highlight ? `&highlight=${e(highlight)}` : ''}`;
}
