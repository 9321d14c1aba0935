import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, CSRF_HEADER, describeError, getJson, getWithEtag, onUnauthorized, post, setCsrfToken } from './client';

function respond(status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(status === 304 ? null : text, { status, headers });
}

afterEach(() => {
  vi.restoreAllMocks();
  setCsrfToken(null);
});

describe('api client', () => {
  it('calls relative /api/v1 URLs with the session cookie', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(respond(200, { ok: true }, { 'Content-Type': 'application/json' }));
    await getJson('/nodes');
    expect(fetch.mock.calls[0][0]).toBe('/api/v1/nodes');
    expect(fetch.mock.calls[0][1]).toMatchObject({ method: 'GET', credentials: 'same-origin' });
    expect((fetch.mock.calls[0][1]!.headers as Record<string, string>)[CSRF_HEADER]).toBeUndefined();
  });

  it('sends the CSRF token on unsafe methods', async () => {
    setCsrfToken('tok-1');
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(respond(201, { id: 'x' }, { 'Content-Type': 'application/json' }));
    await post('/workspaces', { name: 'team' });
    const init = fetch.mock.calls[0][1]!;
    expect((init.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok-1');
    expect(init.body).toBe('{"name":"team"}');
  });

  it('turns problem+json into a readable error', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(respond(400, {
      type: 'about:blank', title: 'Bad Request', status: 400, detail: 'password: the password must have at least 12 characters', field: 'password',
    }, { 'Content-Type': 'application/problem+json' }));
    const error = await post('/auth/register', {}).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(describeError(error)).toEqual({ title: 'Bad Request', detail: 'password: the password must have at least 12 characters' });
  });

  it('never shows an HTML error page, and names the incident of a 500', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(respond(502, '<html><body><pre>java.lang.Exception at …</pre></body></html>', { 'Content-Type': 'text/html' }));
    const e1 = await getJson('/x').catch((e) => e);
    expect(describeError(e1).detail ?? '').not.toContain('<');
    vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(respond(500, { title: 'Internal Server Error', status: 500, detail: 'Something failed.', incident: 'inc-42' }, { 'Content-Type': 'application/problem+json' }));
    const e2 = await getJson('/x').catch((e) => e);
    expect(describeError(e2)).toEqual({ title: 'Internal Server Error', detail: 'Something failed. (incident inc-42)' });
  });

  it('says when to try again after a 429', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(respond(429, { title: 'Too Many Requests', status: 429, detail: 'The account is locked.' }, { 'Content-Type': 'application/problem+json', 'Retry-After': '900' }));
    const e = await post('/auth/login', {}).catch((x) => x);
    expect(describeError(e).detail).toBe('The account is locked. Try again in 900 s.');
  });

  it('tells the app when the session is gone', async () => {
    const listener = vi.fn();
    const stop = onUnauthorized(listener);
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(respond(401, { title: 'Unauthorized', status: 401 }, { 'Content-Type': 'application/problem+json' }));
    await getJson('/runs').catch(() => undefined);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('uses the entity tag: a 304 means unchanged', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(respond(200, [{ id: 'a' }], { 'Content-Type': 'application/json', ETag: '"e1"' }))
      .mockResolvedValueOnce(respond(304, ''));
    const first = await getWithEtag<{ id: string }[]>('/nodes', null);
    expect(first).toEqual({ changed: true, etag: '"e1"', data: [{ id: 'a' }] });
    const second = await getWithEtag('/nodes', first.etag);
    expect(second.changed).toBe(false);
    expect((fetch.mock.calls[1][1]!.headers as Record<string, string>)['If-None-Match']).toBe('"e1"');
  });
});
