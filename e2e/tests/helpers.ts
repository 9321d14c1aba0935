import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const ADMIN = { username: 'admin', password: process.env.RETORT_ADMIN_PASSWORD ?? 'e2e-Retort-admin-2026' };

/** Logs in through the login page, as a scientist would. */
export async function login(page: Page, user = ADMIN): Promise<void> {
  await page.goto('/');
  await page.getByTestId('login-username').fill(user.username);
  await page.getByTestId('login-password').fill(user.password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('nav-editor')).toBeVisible();
}

/** An API session (its own cookie jar) for set-up steps that are not what a test is about; its CSRF token. */
export async function apiLogin(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/v1/auth/login', { data: ADMIN });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).csrfToken as string;
}

/** The id of the workspace named `name`, created when missing (logs the context in unless given its CSRF token). */
export async function workspace(request: APIRequestContext, name: string, csrfToken?: string): Promise<string> {
  const csrf = csrfToken ?? await apiLogin(request);
  const list = await (await request.get('/api/v1/workspaces')).json();
  const found = (list.items ?? list).find((w: { name: string }) => w.name === name);
  if (found) return found.id;
  const created = await request.post('/api/v1/workspaces', { data: { name }, headers: { 'X-CSRF-Token': csrf } });
  expect(created.status(), await created.text()).toBe(201);
  return (await created.json()).id;
}

/** Saves a screenshot of a key screen as a test artifact (e2e/target/screenshots). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `target/screenshots/${name}.png` });
}

/** Runs axe on the page as it is now and expects no violations (WCAG 2.1 A and AA rules). */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `accessibility violations on ${what}`).toEqual([]);
}

/** Presses a key on an element the way a keyboard user gets there: focus it, then the key. */
export async function pressOn(locator: Locator, key: string): Promise<void> {
  await locator.focus();
  await locator.page().keyboard.press(key);
}
