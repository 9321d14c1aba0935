import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunView } from '../../api/types';
import { runRequest, workflows } from '../../api/endpoints';
import { json, mockFetch } from '../../test/fetchMock';
import runFixture from '../../test/fixtures/run.json';
import { RunStatus } from './RunStatus';

const run = runFixture as unknown as RunView;

afterEach(() => vi.restoreAllMocks());

describe('run up to a node', () => {
  it('asks the server for a run up to the node', async () => {
    expect(runRequest(3, undefined, 'descriptors')).toEqual({ version: 3, upTo: 'descriptors' });
    expect(runRequest(3, { 'read.path': 'a.smi' })).toEqual({ version: 3, inputs: { 'read.path': 'a.smi' } });
    expect(runRequest(undefined, {}, undefined)).toEqual({});
    const fetch = mockFetch([[/POST \/api\/v1\/workflows\/w1\/runs$/, () => json({ ...run, status: 'QUEUED', upTo: 'descriptors' }, 201)]]);
    const answer = await workflows.run('w1', 2, undefined, 'descriptors');
    expect(answer.upTo).toBe('descriptors');
    const [, init] = fetch.mock.calls[0];
    expect(JSON.parse(init!.body as string)).toEqual({ version: 2, upTo: 'descriptors' });
  });

  it('shows in the status line that the run was partial', () => {
    render(<RunStatus run={{ ...run, upTo: 'descriptors' }} live={false} />);
    const status = screen.getByTestId('run-status');
    expect(status.getAttribute('data-status')).toBe('SUCCEEDED');
    expect(status.getAttribute('data-up-to')).toBe('descriptors');
    expect(screen.getByTestId('run-partial').textContent).toBe(' (run up to descriptors)');
    expect(status.textContent).toContain('succeeded (run up to descriptors)');
  });

  it('says nothing more for a whole run', () => {
    render(<RunStatus run={{ ...run, upTo: null }} live />);
    expect(screen.queryByTestId('run-partial')).toBeNull();
    expect(screen.getByTestId('run-status').textContent).toContain('succeeded (live)');
  });
});
