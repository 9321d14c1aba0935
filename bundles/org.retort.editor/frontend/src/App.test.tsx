import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import meFixture from './test/fixtures/me.json';
import { json, mockFetch } from './test/fetchMock';
import { App } from './App';

const viewer = { ...meFixture, permissions: ['account:self', 'nodes:read', 'workflows:read', 'runs:read', 'datasets:read', 'models:read'], user: { ...meFixture.user, username: 'vera', roles: ['VIEWER'] } };
const common: [RegExp, (u: string, i: RequestInit) => Response][] = [
  [/GET \/api\/v1\/workspaces$/, () => json([{ id: 'ws1', name: 'vera', createdBy: 'u', createdAt: '2026-01-01T00:00:00Z', role: 'OWNER' }])],
  [/GET \/api\/v1\/runs\?/, () => json({ items: [], total: 0, offset: 0, limit: 25 })],
  [/GET \/api\/v1\/workspaces\/ws1\/workflows/, () => json({ items: [], total: 0, offset: 0, limit: 500 })],
];

beforeEach(() => history.replaceState(null, '', '/'));
afterEach(() => vi.restoreAllMocks());

describe('app shell', () => {
  it('sends a visitor to the login page and logs in with the CSRF token kept', async () => {
    history.replaceState(null, '', '/runs');
    let loggedIn = false;
    const fetch = mockFetch([
      [/GET \/api\/v1\/auth\/me/, () => (loggedIn ? json(viewer) : json({ title: 'Unauthorized', status: 401 }, 401))],
      [/POST \/api\/v1\/auth\/login/, (_u, init) => {
        const body = JSON.parse(init.body as string);
        if (body.password !== 'right-password-1') return json({ title: 'Unauthorized', status: 401, detail: 'Wrong username or password.' }, 401);
        loggedIn = true;
        return json(viewer);
      }],
      [/POST \/api\/v1\/auth\/logout/, () => new Response(null, { status: 204 })],
      ...common,
    ]);
    render(<App />);
    await screen.findByTestId('login-form');
    expect(location.pathname + location.search).toBe('/login?next=%2Fruns');
    fireEvent.change(screen.getByTestId('login-username'), { target: { value: 'vera' } });
    fireEvent.change(screen.getByTestId('login-password'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByTestId('login-submit'));
    expect((await screen.findByTestId('login-error')).textContent).toContain('Unauthorized: Wrong username or password.');
    fireEvent.change(screen.getByTestId('login-password'), { target: { value: 'right-password-1' } });
    fireEvent.click(screen.getByTestId('login-submit'));
    await screen.findByRole('heading', { name: 'Runs' });
    expect(location.pathname).toBe('/runs');
    // Admin is not offered to a viewer
    expect(screen.queryByTestId('nav-admin')).toBeNull();
    expect(screen.getByTestId('nav-runs').getAttribute('aria-current')).toBe('page');
    // a later unsafe request carries the token
    fetch.mockClear();
    await act(async () => {
      fireEvent.click(screen.getByTestId('logout'));
    });
    const logout = fetch.mock.calls.find(([u]) => String(u).endsWith('/auth/logout'));
    expect((logout![1]!.headers as Record<string, string>)['X-CSRF-Token']).toBe('test-csrf-token');
  });

  it('shows Admin to an administrator', async () => {
    mockFetch([[/GET \/api\/v1\/auth\/me/, () => json(meFixture)], ...common]);
    history.replaceState(null, '', '/runs');
    render(<App />);
    await screen.findByTestId('nav-admin');
  });

  it('registers and then asks to check the email', async () => {
    history.replaceState(null, '', '/register');
    mockFetch([
      [/GET \/api\/v1\/auth\/me/, () => json({ title: 'Unauthorized', status: 401 }, 401)],
      [/POST \/api\/v1\/auth\/register/, () => json({ message: 'Account created. Follow the link sent to n@x.org within 24 h to verify it, then log in.' }, 202)],
    ]);
    render(<App />);
    fireEvent.change(await screen.findByTestId('register-username'), { target: { value: 'newton' } });
    fireEvent.change(screen.getByTestId('register-email'), { target: { value: 'n@x.org' } });
    fireEvent.change(screen.getByTestId('register-password'), { target: { value: 'a long enough passphrase' } });
    fireEvent.click(screen.getByTestId('register-submit'));
    expect((await screen.findByTestId('register-check-email')).textContent).toContain('Follow the link sent to n@x.org');
  });

  it('reads the reset token from the URL', async () => {
    history.replaceState(null, '', '/reset-password?token=abc123');
    const fetch = mockFetch([
      [/GET \/api\/v1\/auth\/me/, () => json({ title: 'Unauthorized', status: 401 }, 401)],
      [/POST \/api\/v1\/auth\/reset-password/, () => json({ message: 'ok' })],
    ]);
    render(<App />);
    expect(((await screen.findByTestId('reset-token')) as HTMLInputElement).value).toBe('abc123');
    fireEvent.change(screen.getByTestId('reset-password'), { target: { value: 'another good passphrase' } });
    fireEvent.change(screen.getByTestId('reset-password-repeat'), { target: { value: 'another good passphrase' } });
    fireEvent.click(screen.getByTestId('reset-submit'));
    await screen.findByTestId('reset-done');
    const call = fetch.mock.calls.find(([u]) => String(u).endsWith('/auth/reset-password'))!;
    expect(JSON.parse(call[1]!.body as string)).toEqual({ token: 'abc123', password: 'another good passphrase' });
  });

  it('shows a problem as title and detail', async () => {
    history.replaceState(null, '', '/register');
    mockFetch([
      [/GET \/api\/v1\/auth\/me/, () => json({ title: 'Unauthorized', status: 401 }, 401)],
      [/POST \/api\/v1\/auth\/register/, () => json({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'password: the password must have at least 12 characters', field: 'password' }, 400)],
    ]);
    render(<App />);
    fireEvent.change(await screen.findByTestId('register-username'), { target: { value: 'x' } });
    fireEvent.change(screen.getByTestId('register-email'), { target: { value: 'x@x.org' } });
    fireEvent.change(screen.getByTestId('register-password'), { target: { value: 'short' } });
    fireEvent.submit(screen.getByTestId('register-form'));
    await waitFor(() => expect(screen.getByTestId('register-error').textContent).toBe('⚠ Bad Request: password: the password must have at least 12 characters'));
  });
});
