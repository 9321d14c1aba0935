import { expect, test } from '@playwright/test';
import { login, screenshot } from './helpers';

const PLUGIN = process.env.RETORT_EXAMPLE_PLUGIN!;

test('IT deploys a plugin bundle from the admin page and its node types appear in the palette, then go again', async ({ page }) => {
  test.skip(!PLUGIN, 'RETORT_EXAMPLE_PLUGIN names the example plugin jar');
  await login(page);
  await expect(page.getByTestId('palette-item-retort.chem.descriptors')).toBeVisible();
  await expect(page.locator('[data-testid^="palette-item-example."]')).toHaveCount(0);

  await page.getByTestId('nav-admin').click();
  await page.getByTestId('admin-tab-plugins').click();
  await page.getByTestId('plugin-upload-file').setInputFiles(PLUGIN);
  await page.getByTestId('plugin-upload').click();
  await expect(page.getByTestId('plugin-row-org.retort.example.plugin')).toContainText(/active/i, { timeout: 60_000 });
  await screenshot(page, '06-admin-plugins');

  await page.getByTestId('nav-editor').click();
  // the palette refreshes by itself (conditional GET every few seconds)
  await expect(page.locator('[data-testid^="palette-item-example."]').first()).toBeVisible({ timeout: 30_000 });

  await page.getByTestId('nav-admin').click();
  await page.getByTestId('admin-tab-plugins').click();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByTestId('plugin-remove-org.retort.example.plugin').click();
  await page.getByTestId('nav-editor').click();
  await expect(page.locator('[data-testid^="palette-item-example."]')).toHaveCount(0, { timeout: 30_000 });
});
