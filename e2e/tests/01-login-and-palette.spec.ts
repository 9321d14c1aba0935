import { expect, test } from '@playwright/test';
import { expectAccessible, login, screenshot } from './helpers';

test('an anonymous visitor gets the login page, and a wrong password a readable message', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('login-form')).toBeVisible();
  await expectAccessible(page, 'the login page');
  await screenshot(page, '01-login');
  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-password').fill('not the password at all');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toContainText('Wrong username or password');
});

test('after logging in, the palette lists the installed node types by category and searches them', async ({ page }) => {
  await login(page);
  const palette = page.getByTestId('palette');
  await expect(palette.getByTestId('palette-item-retort.chem.descriptors')).toBeVisible();
  await expect(palette).toContainText('Chemistry');
  await expect(palette).toContainText('Machine learning');
  await page.getByTestId('palette-search').fill('pains');
  await expect(palette.getByTestId('palette-item-retort.chem.pains')).toBeVisible();
  await expect(palette.getByTestId('palette-item-retort.io.import-smiles')).toHaveCount(0);
  await page.getByTestId('palette-search').fill('');
  await expectAccessible(page, 'the editor');
  await screenshot(page, '02-editor-empty');
});

test('an application route survives a reload', async ({ page }) => {
  await login(page);
  await page.getByTestId('nav-runs').click();
  await expect(page).toHaveURL(/\/runs/);
  await page.reload();
  await expect(page.getByTestId('runs-table')).toBeVisible();
});
