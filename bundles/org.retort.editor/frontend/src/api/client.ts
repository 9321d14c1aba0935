/**
 * The one place that talks HTTP to Retort: relative `/api/v1/…` URLs, the session cookie
 * (`credentials: 'same-origin'`), the CSRF header on unsafe methods, and problem+json errors turned
 * into {@link ApiError}s that carry a readable title and detail (never a stack).
 */

export const API_BASE = '/api/v1';
export const CSRF_HEADER = 'X-CSRF-Token';

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

/** A problem+json body (RFC 9457) as Retort sends it; extra members kept. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  field?: string;
  instance?: string;
  incident?: string;
  problems?: { location: string; node: string | null; port: string | null; parameter: string | null; message: string }[];
  [key: string]: unknown;
}

export class ApiError extends Error {
  readonly problem: Problem;
  readonly retryAfter: string | null;

  constructor(problem: Problem, retryAfter: string | null = null) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiError';
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  get status(): number {
    return this.problem.status;
  }
}

/** Listeners told when a request answers 401 (the session ended): the app shows the login page. */
const unauthorizedListeners = new Set<() => void>();
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RequestOptions {
  method?: string;
  /** A JSON value (sent as application/json), or a Blob/File/string sent as it is. */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Do not tell the unauthorized listeners (login, /auth/me at start). */
  quiet401?: boolean;
}

export function url(path: string): string {
  return path.startsWith('/api/') ? path : API_BASE + (path.startsWith('/') ? path : '/' + path);
}

/** Reads a problem out of a failed response, whatever it carries. */
export async function problemOf(response: Response): Promise<Problem> {
  const text = await response.text().catch(() => '');
  const type = response.headers.get('Content-Type') ?? '';
  if (text && (type.includes('json'))) {
    try {
      const body = JSON.parse(text) as Partial<Problem>;
      if (body && typeof body === 'object') {
        return { ...body, title: body.title ?? response.statusText ?? 'Error', status: body.status ?? response.status } as Problem;
      }
    } catch {
      // not JSON after all
    }
  }
  // A proxy's HTML page or an empty body: say what we know without dumping markup.
  const plain = text && !type.includes('html') && text.length < 500 ? text : undefined;
  return { title: response.statusText || `HTTP ${response.status}`, status: response.status, detail: plain };
}

export async function request(path: string, options: RequestOptions = {}): Promise<Response> {
  const method = (options.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json;q=0.9, */*;q=0.5', ...options.headers };
  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    if (options.body instanceof Blob || typeof options.body === 'string' || options.body instanceof ArrayBuffer) {
      body = options.body as BodyInit;
      headers['Content-Type'] = options.contentType ?? (options.body instanceof Blob && options.body.type ? options.body.type : 'application/octet-stream');
    } else {
      body = JSON.stringify(options.body);
      headers['Content-Type'] = 'application/json';
    }
  }
  if (UNSAFE.has(method) && csrfToken) {
    headers[CSRF_HEADER] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(url(path), { method, headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError({ title: 'Retort cannot be reached', status: 0, detail: 'The server did not answer; check your connection and try again.' });
  }
  if (!response.ok && response.status !== 304) {
    const problem = await problemOf(response);
    if (response.status === 401 && !options.quiet401) {
      unauthorizedListeners.forEach((l) => l());
    }
    throw new ApiError(problem, response.headers.get('Retry-After'));
  }
  return response;
}

export async function getJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await request(path, options);
  return (await response.json()) as T;
}

export async function sendJson<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const response = await request(path, { ...options, method, body });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const post = <T>(path: string, body?: unknown, options?: RequestOptions) => sendJson<T>('POST', path, body ?? {}, options);
export const put = <T>(path: string, body?: unknown, options?: RequestOptions) => sendJson<T>('PUT', path, body ?? {}, options);
export const del = <T>(path: string, options?: RequestOptions) => sendJson<T>('DELETE', path, undefined, options);

/** A GET that remembers the entity tag: `changed` false means the server answered 304. */
export async function getWithEtag<T>(path: string, etag: string | null): Promise<{ changed: boolean; etag: string | null; data?: T }> {
  const response = await request(path, { headers: etag ? { 'If-None-Match': etag } : {}, quiet401: false });
  if (response.status === 304) {
    return { changed: false, etag };
  }
  return { changed: true, etag: response.headers.get('ETag'), data: (await response.json()) as T };
}

/** A readable message for any error: title and detail of a problem, or the error's message. */
export function describeError(error: unknown): { title: string; detail?: string } {
  if (error instanceof ApiError) {
    const p = error.problem;
    let detail = p.detail;
    if (p.status === 429 && error.retryAfter) detail = `${detail ?? 'Too many attempts.'} Try again in ${error.retryAfter} s.`;
    if (p.incident) detail = `${detail ?? ''} (incident ${p.incident})`.trim();
    return { title: p.title, detail };
  }
  if (error instanceof Error) return { title: 'Something went wrong', detail: error.message };
  return { title: 'Something went wrong', detail: String(error) };
}
