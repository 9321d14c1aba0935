import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { apiLogin, login, workspace } from './helpers';

/**
 * Editor responsiveness, measured in the real browser (docs/benchmarks.md, "Editor"): a 200-node workflow
 * (import → render), frame times while dragging a node on it, and a 100,000-row preview (open → first rows,
 * frame times while scrolling). Figures go to target/editor-performance.json; nothing here asserts a time.
 */

const CHAINS = 40; // 40 chains of 5 nodes: 200 nodes, 160 edges
const PREVIEW_ROWS = 100_000;

function bigWorkflow(): object {
  const nodes: object[] = [];
  const edges: object[] = [];
  for (let c = 0; c < CHAINS; c++) {
    const id = (name: string) => `${name}_${c}`;
    nodes.push({ id: id('read'), type: 'retort.io.import-smiles', version: '1.0.0', parameters: { path: 'data/nci-500.smi' } });
    nodes.push({ id: id('standardize'), type: 'retort.chem.standardize', version: '1.0.0', parameters: {} });
    nodes.push({ id: id('descriptors'), type: 'retort.chem.descriptors', version: '1.0.0', parameters: {} });
    nodes.push({ id: id('pains'), type: 'retort.chem.pains', version: '1.0.0', parameters: {} });
    nodes.push({ id: id('write'), type: 'retort.io.export-csv', version: '1.0.0', parameters: { path: `chain-${c}.csv`, overwrite: true } });
    edges.push({ from: `${id('read')}.out`, to: `${id('standardize')}.in` });
    edges.push({ from: `${id('standardize')}.out`, to: `${id('descriptors')}.in` });
    edges.push({ from: `${id('descriptors')}.out`, to: `${id('pains')}.in` });
    edges.push({ from: `${id('pains')}.out`, to: `${id('write')}.in` });
  }
  return { format: 'retort.workflow/1', id: 'two-hundred-nodes', title: '200 nodes', nodes, edges };
}

/** Starts recording the time between animation frames. */
async function recordFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Stops recording; the frame times (ms) in order. */
async function frames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice(1);
  });
}

function summary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { frames: values.length, medianMs: +at(0.5).toFixed(1), p95Ms: +at(0.95).toFixed(1), maxMs: +sorted[sorted.length - 1].toFixed(1) };
}

test('editor responsiveness: a 200-node workflow and a 100,000-row preview', async ({ page, request }) => {
  test.setTimeout(240_000);
  const figures: Record<string, unknown> = { browser: 'Debian chromium, headless, 1440×900', date: new Date().toISOString() };

  // time to interactive: from navigation to a usable editor (palette loaded)
  await login(page);
  const started = Date.now();
  await page.goto('/');
  await expect(page.getByTestId('palette-item-retort.chem.descriptors')).toBeVisible();
  figures.editorLoadMs = Date.now() - started;

  // a 200-node workflow: import the file, wait until every node is drawn
  const t0 = Date.now();
  await page.getByTestId('import-file').setInputFiles({ name: 'two-hundred-nodes.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bigWorkflow())) });
  await expect(page.locator('.react-flow__node')).toHaveCount(CHAINS * 5, { timeout: 60_000 });
  figures.import200NodesMs = Date.now() - t0;
  await page.getByTestId('zoom-fit').click();

  // drag one node across the canvas in 60 mouse moves
  const node = page.locator('.react-flow__node[data-id="descriptors_20"]');
  const box = (await node.boundingBox())!;
  await recordFrames(page);
  await page.mouse.move(box.x + box.width / 2, box.y + 8);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(box.x + box.width / 2 + i * 4, box.y + 8 + i * 2);
  }
  await page.mouse.up();
  figures.drag200Nodes = summary(await frames(page));

  // a 100,000-row preview: a real run's preview answered with its rows repeated (the grid's work, not the server's)
  const csrf = await apiLogin(request);
  const ws = await workspace(request, 'E2E lab', csrf);
  const document = await readFile('../workflows/descriptors.json', 'utf8');
  const created = await request.post(`/api/v1/workspaces/${ws}/workflows?name=perf-descriptors`, { data: JSON.parse(document), headers: { 'X-CSRF-Token': csrf } });
  expect(created.status(), await created.text()).toBe(201);
  const workflowId = (await created.json()).workflow.id;
  const submitted = await request.post(`/api/v1/workflows/${workflowId}/runs`, { data: {}, headers: { 'X-CSRF-Token': csrf } });
  expect(submitted.status(), await submitted.text()).toBe(202);
  const runId = (await submitted.json()).id;
  await expect.poll(async () => (await (await request.get(`/api/v1/runs/${runId}`)).json()).status, { timeout: 90_000 }).toBe('SUCCEEDED');
  const real = await (await request.get(`/api/v1/runs/${runId}/nodes/descriptors/preview?port=out`)).json();
  const rows = Array.from({ length: PREVIEW_ROWS }, (_, i) => real.rows[i % real.rows.length]);
  const big = JSON.stringify({ ...real, rows, totalRows: PREVIEW_ROWS });
  figures.previewJsonMB = +(big.length / 1e6).toFixed(1);
  await page.route(/\/api\/v1\/runs\/[^/]+\/nodes\/descriptors\/preview/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: big }));

  await page.goto(`/?workflow=${workflowId}&run=${runId}`);
  await expect(page.getByTestId('node-state-descriptors')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  const t1 = Date.now();
  await page.getByTestId('port-preview-descriptors-out').click();
  await expect(page.getByTestId('preview-grid').locator('.ag-row').first()).toBeVisible({ timeout: 60_000 });
  figures.preview100kRowsOpenMs = Date.now() - t1;

  // scroll the grid from top to bottom in 40 steps (its vertical scroller: the tallest scrollable element inside it)
  const grid = page.getByTestId('preview-grid');
  const scroll = (step: number) => grid.evaluate((root, at) => {
    const scrollers = [...root.querySelectorAll<HTMLElement>('*')].filter((el) => el.scrollHeight > el.clientHeight + 100);
    const el = scrollers.sort((a, b) => b.scrollHeight - a.scrollHeight)[0];
    if (!el) throw new Error('the grid has nothing to scroll');
    el.scrollTop = (el.scrollHeight * at) / 40;
    return el.scrollHeight;
  }, step);
  await recordFrames(page);
  for (let i = 1; i <= 40; i++) {
    figures.previewScrollHeightPx = await scroll(i);
    await page.waitForTimeout(25);
  }
  figures.scroll100kRows = summary(await frames(page));
  await expect(page.getByTestId('preview-grid').locator('.ag-row').first()).toBeVisible();

  await writeFile('target/editor-performance.json', JSON.stringify(figures, null, 2));
  console.log('EDITOR PERFORMANCE', JSON.stringify(figures));
});
