import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectAccessible, login, screenshot, workspace } from './helpers';

/** Finds a node type in the palette by searching for it. */
async function findInPalette(page: Page, type: string) {
  await page.getByTestId('palette-search').fill(type.split('.').pop()!);
  const item = page.getByTestId(`palette-item-${type}`);
  await expect(item).toBeVisible();
  return item;
}

/** Selects a node on the canvas and opens the keyboard "Connect to…" dialog, then picks a connection. */
async function connect(page: Page, from: string, to: string) {
  await page.getByTestId(`node-${from.split('.')[0]}`).click();
  await page.getByTestId('connect').click();
  const dialog = page.getByTestId('connect-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId(`connect-choice-${from}-${to}`).click();
  await expect(dialog).toBeHidden();
}

/** Selects a node and fills a text parameter through the generated form, found by its label (the parameter's title). */
async function setText(page: Page, node: string, label: string, value: string) {
  await page.getByTestId(`node-${node}`).click();
  const panel = page.getByTestId('config-panel');
  await panel.getByRole('textbox', { name: new RegExp(`^${label}\\b`) }).fill(value);
}

test('a scientist builds the descriptors workflow from the palette, runs it, previews molecules and downloads the CSV', async ({ page, request }) => {
  await workspace(request, 'E2E lab');
  await login(page);
  const canvas = page.getByTestId('canvas');

  // by mouse: drag the SMILES import onto the canvas
  await (await findInPalette(page, 'retort.io.import-smiles')).dragTo(canvas, { targetPosition: { x: 160, y: 140 } });
  await expect(page.getByTestId('node-import-smiles')).toBeVisible();
  // by keyboard: focus a palette item and press Enter
  for (const type of ['retort.chem.standardize', 'retort.chem.descriptors', 'retort.io.export-csv']) {
    await (await findInPalette(page, type)).focus();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('node-export-csv')).toBeVisible();
  await page.getByTestId('palette-search').fill('');
  // lay the graph out (ELK) and fit it in view
  await page.getByTestId('auto-layout').click();
  await page.getByTestId('zoom-fit').click();

  await connect(page, 'import-smiles.out', 'standardize.in');
  await connect(page, 'standardize.out', 'descriptors.in');
  await connect(page, 'descriptors.out', 'export-csv.in');

  await setText(page, 'import-smiles', 'File', 'data/nci-500.smi');
  await setText(page, 'export-csv', 'File', 'descriptors.csv');
  await page.getByTestId('config-panel').getByRole('checkbox', { name: /^Overwrite/ }).check();
  await screenshot(page, '03-editor-built');
  await expectAccessible(page, 'the editor with a workflow');

  // run (saves first), watch progress to the end
  await page.getByTestId('run').click();
  const inputs = page.getByTestId('run-inputs-submit');
  if (await inputs.isVisible().catch(() => false)) {
    await inputs.click();
  }
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'SUCCEEDED', { timeout: 90_000 });
  await expect(page.getByTestId('node-state-descriptors')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('node-state-descriptors')).toContainText('done');
  await screenshot(page, '04-run-done');

  // the preview shows molecules as pictures drawn by the server
  await page.getByTestId('port-preview-descriptors-out').click();
  await expect(page.getByTestId('preview-grid')).toBeVisible();
  const picture = page.getByTestId('molecule-img').first();
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await screenshot(page, '05-preview');

  // download the CSV the run wrote
  const download = page.waitForEvent('download');
  await page.getByTestId('download-descriptors.csv').click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const lines = csv.trim().split('\n');
  expect(lines.length).toBeGreaterThan(400);
  expect(lines[0]).toMatch(/MW|molecular_weight|mw/i);
});
