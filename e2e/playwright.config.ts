import { defineConfig } from '@playwright/test';

// Debian's Chromium, headless, with the flags this kind of machine needs (no background networking: the
// network is closed and Chromium's own connections would be refused by the dozen).
export default defineConfig({
  testDir: './tests',
  outputDir: './target/test-results',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['junit', { outputFile: 'target/playwright-junit.xml' }]],
  use: {
    baseURL: process.env.RETORT_BASE_URL ?? 'http://127.0.0.1:8181',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
