import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectAccessible, login, pressOn, screenshot, workspace } from './helpers';

/** Inserts a node type from the palette with the keyboard: search, focus the item, Enter. Focus stays on the item. */
async function insertByKeyboard(page: Page, type: string, id: string): Promise<Locator> {
  const search = page.getByTestId('palette-search');
  await search.focus();
  await search.fill(type.split('.').pop()!);
  const item = page.getByTestId(`palette-item-${type}`);
  await pressOn(item, 'Enter');
  await expect(page.getByTestId(`node-${id}`)).toBeVisible();
  await expect(page.getByTestId('editor-message')).toContainText(new RegExp(`Added .+ as ${id}\\.`));
  await expect(item).toBeFocused();
  return item;
}

/** The React Flow node (the focusable element) of a workflow node. */
const flowNode = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/** Selects a node from the keyboard: focus it on the canvas and press Enter. */
async function selectByKeyboard(page: Page, id: string) {
  await pressOn(flowNode(page, id), 'Enter');
  await expect(page.getByTestId('config-node-id')).toHaveText(id);
}

/** Connects from the keyboard: the toolbar's "Connect to…" for the selected node, then the choice. */
async function connectByKeyboard(page: Page, from: string, to: string) {
  await pressOn(page.getByTestId('connect'), 'Enter');
  const dialog = page.getByTestId('connect-dialog');
  await expect(dialog).toBeVisible();
  await pressOn(dialog.getByTestId(`connect-choice-${from}-${to}`), 'Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('editor-message')).toContainText(`Connected ${from} to ${to}.`);
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('keyboard only: nodes side by side, a note saved with the workflow, a run up to a node', async ({ page, request }) => {
  await workspace(request, 'E2E lab');
  await login(page);
  const workflowId = `notes-e2e-${Date.now().toString(36)}`;
  await page.getByTestId('workflow-id').fill(workflowId);

  // four nodes inserted with Enter, connected as they come (a new node is selected)
  await insertByKeyboard(page, 'retort.io.import-smiles', 'import-smiles');
  await insertByKeyboard(page, 'retort.chem.standardize', 'standardize');
  await connectByKeyboard(page, 'import-smiles.out', 'standardize.in');
  await insertByKeyboard(page, 'retort.chem.descriptors', 'descriptors');
  await connectByKeyboard(page, 'standardize.out', 'descriptors.in');
  await insertByKeyboard(page, 'retort.io.export-csv', 'export-csv');
  await connectByKeyboard(page, 'descriptors.out', 'export-csv.in');
  await page.getByTestId('palette-search').fill('');

  // keyboard inserts no longer stack on each other
  const ids = ['import-smiles', 'standardize', 'descriptors', 'export-csv'];
  const boxes = await Promise.all(ids.map(async (id) => (await flowNode(page, id).boundingBox())!));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j]), `${ids[i]} and ${ids[j]} overlap`).toBe(false);
  }

  // parameters, through the generated form
  await selectByKeyboard(page, 'import-smiles');
  await page.getByTestId('config-panel').getByRole('textbox', { name: /^File\b/ }).fill('data/nci-500.smi');
  await selectByKeyboard(page, 'export-csv');
  await page.getByTestId('config-panel').getByRole('textbox', { name: /^File\b/ }).fill(`${workflowId}.csv`);

  // a note: "Add note" focuses its text
  await pressOn(page.getByTestId('add-note'), 'Enter');
  const noteText = page.getByTestId('note-text-note-1');
  await expect(noteText).toBeFocused();
  await page.keyboard.type('Check the SMILES file first');
  await expect(noteText).toHaveValue('Check the SMILES file first');
  // (the canvas may have panned to show the note: measure again)
  const noteBox = (await flowNode(page, '_note_note-1').boundingBox())!;
  for (const id of ids) expect(overlaps(noteBox, (await flowNode(page, id).boundingBox())!), `the note overlaps ${id}`).toBe(false);
  await expectAccessible(page, 'the editor with a note');
  await screenshot(page, '20-keyboard-built-with-note');

  // the exported file carries the note
  const download = page.waitForEvent('download');
  await pressOn(page.getByTestId('export'), 'Enter');
  const exported = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(exported.annotations).toEqual([expect.objectContaining({ id: 'note-1', text: 'Check the SMILES file first' })]);

  // save, reload: the note comes back from the server's document
  await pressOn(page.getByTestId('save'), 'Enter');
  await expect(page.getByTestId('editor-message')).toContainText('as version 1');
  await expect(page).toHaveURL(/workflow=/);
  const storedId = new URL(page.url()).searchParams.get('workflow')!;
  const stored = await (await page.request.get(`/api/v1/workflows/${storedId}`)).json();
  expect(stored.document.annotations).toEqual([expect.objectContaining({ id: 'note-1', text: 'Check the SMILES file first' })]);
  await page.reload();
  await expect(page.getByTestId('note-text-note-1')).toHaveValue('Check the SMILES file first');
  await expect(page.getByTestId('workflow-version')).toHaveText(' · version 1');
  await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);

  // run up to standardize: it and the import run, the rest shows "not run"
  await selectByKeyboard(page, 'standardize');
  await pressOn(page.getByTestId('run-to-here'), 'Enter');
  const status = page.getByTestId('run-status');
  await expect(status).toHaveAttribute('data-status', 'SUCCEEDED', { timeout: 90_000 });
  await expect(page.getByTestId('run-partial')).toHaveText(' (run up to standardize)');
  await expect(page.getByTestId('node-state-import-smiles')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('node-state-standardize')).toHaveAttribute('data-state', 'done');
  for (const id of ['descriptors', 'export-csv']) {
    await expect(page.getByTestId(`node-state-${id}`)).toHaveAttribute('data-state', 'not-run');
    await expect(page.getByTestId(`node-state-${id}`)).toContainText('not run');
  }
  const runId = new URL(page.url()).searchParams.get('run')!;
  const runJson = await (await page.request.get(`/api/v1/runs/${runId}`)).json();
  expect(runJson.upTo).toBe('standardize');
  expect(runJson.outputs ?? []).toEqual([]);
  await screenshot(page, '21-run-up-to-a-node');

  // after a reload the run is still shown as partial
  await page.reload();
  await expect(page.getByTestId('run-partial')).toHaveText(' (run up to standardize)');
  await expect(page.getByTestId('node-state-descriptors')).toHaveAttribute('data-state', 'not-run');
});
