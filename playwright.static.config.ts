import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config.ts';

/**
 * The smoke pass against a plain static server (scripts/static-server.ts): missing
 * files are 404s and there is no CSP header, as on an ordinary host. `vite preview`
 * answers a missing file with index.html, which hid a lazy chunk asking for the
 * inlined stylesheet (issue 14). Port: PW_STATIC_PORT, else PW_PORT + 10.
 */
const port = Number(process.env.PW_STATIC_PORT ?? Number(process.env.PW_PORT ?? 4173) + 10);

export default defineConfig({
  ...baseConfig,
  testDir: 'tests/e2e/static-host',
  testIgnore: [],
  use: { ...baseConfig.use, baseURL: `http://127.0.0.1:${port}/` },
  webServer: {
    command: `npx tsx scripts/static-server.ts dist ${port} --redirects`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
