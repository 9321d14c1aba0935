import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import meFixture from '../test/fixtures/me.json';
import runFixture from '../test/fixtures/run.json';
import { json, mockFetch } from '../test/fetchMock';
import { setCsrfToken } from '../api/client';
import { AuthProvider } from '../ui/auth';
import RunsPage from './RunsPage';

afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

const running = { ...runFixture, id: 'run-live', status: 'RUNNING', endedAt: null };
const done = { ...runFixture, id: 'run-done' };

describe('runs page', () => {
  it('lists runs with status text, filters by status, cancels with the CSRF token and lists outputs', async () => {
    const fetch = mockFetch([
      [/GET \/api\/v1\/auth\/me/, () => json(meFixture)],
      [/GET \/api\/v1\/workspaces$/, () => json([{ id: 'ws1', name: 'admin', createdBy: 'u', createdAt: '2026-01-01T00:00:00Z', role: 'OWNER' }])],
      [/GET \/api\/v1\/workspaces\/ws1\/workflows/, () => json({ items: [{ id: runFixture.workflowId, name: 'descriptors', workspaceId: 'ws1', createdBy: 'u', createdAt: '', latestVersion: 1 }], total: 1, offset: 0, limit: 500 })],
      [/GET \/api\/v1\/runs\?.*status=FAILED/, () => json({ items: [], total: 0, offset: 0, limit: 25 })],
      [/GET \/api\/v1\/runs\?/, () => json({ items: [running, done], total: 2, offset: 0, limit: 25 })],
      [/POST \/api\/v1\/runs\/run-live\/cancel/, () => json({ ...running, status: 'CANCELLED' }, 202)],
      [/GET \/api\/v1\/runs\/run-done\/outputs/, () => json(runFixture.outputs)],
    ]);
    setCsrfToken('test-csrf-token');
    render(<AuthProvider><RunsPage /></AuthProvider>);
    const live = await screen.findByTestId('run-row-run-live');
    expect(live.textContent).toContain('running');
    expect(screen.getByTestId('run-row-run-done').textContent).toContain('succeeded');
    expect(screen.getByTestId('run-open-run-done').getAttribute('href')).toBe(`/?workflow=${runFixture.workflowId}&run=run-done`);
    await waitFor(() => expect(screen.getByTestId('run-open-run-done').textContent).toBe('descriptors v1'));
    expect(screen.queryByTestId('run-cancel-run-done')).toBeNull();
    expect(screen.queryByTestId('run-retry-run-live')).toBeNull();

    fireEvent.click(screen.getByTestId('run-cancel-run-live'));
    await waitFor(() => expect(fetch.mock.calls.some(([u]) => String(u).endsWith('/runs/run-live/cancel'))).toBe(true));
    const cancel = fetch.mock.calls.find(([u]) => String(u).endsWith('/runs/run-live/cancel'))!;
    expect((cancel[1]!.headers as Record<string, string>)['X-CSRF-Token']).toBe('test-csrf-token');

    fireEvent.click(screen.getByTestId('run-outputs-run-done'));
    const link = await screen.findByTestId('download-descriptors.csv');
    expect(link.getAttribute('href')).toBe('/api/v1/runs/run-done/outputs/descriptors.csv');

    fireEvent.change(screen.getByTestId('runs-status-filter'), { target: { value: 'FAILED' } });
    await screen.findByText('No runs.');
    expect(fetch.mock.calls.some(([u]) => /status=FAILED/.test(String(u)) && /workspace=ws1/.test(String(u)))).toBe(true);
  });
});
