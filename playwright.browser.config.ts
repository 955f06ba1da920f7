import { defineConfig } from '@playwright/test';

/**
 * Browser checks against the preview host (preview/server.mjs): the built dist/ in
 * Debian's Chromium, no Grafana and no browser download. Run after `npm run build`:
 *   npx playwright test -c playwright.browser.config.ts
 * The scaffold's specs in tests/*.spec.ts need a real Grafana and stay with playwright.config.ts.
 */
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD ??= '1';

const port = Number(process.env.PREVIEW_PORT ?? 3001);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './tests/browser',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/browser',
  // One worker: specs share the preview host's in-memory plugin settings (some change them and put them
  // back), and a 2-core machine also runs Chromium, the host and Prometheus.
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'preview-chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'node preview/server.mjs',
    url: `${baseURL}/preview/healthz`,
    env: { PORT: String(port) },
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'pipe',
  },
});
