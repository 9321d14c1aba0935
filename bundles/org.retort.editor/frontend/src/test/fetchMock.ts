import { vi } from 'vitest';

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers } });

/** Answers fetch by the first route whose pattern matches "METHOD path"; anything else is a 404 problem. */
export function mockFetch(routes: [RegExp, Handler][]) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    const key = `${(init.method ?? 'GET').toUpperCase()} ${url}`;
    for (const [pattern, handler] of routes) if (pattern.test(key)) return handler(url, init);
    return json({ title: 'Not Found', status: 404, detail: `no mock for ${key}` }, 404);
  });
}
