/**
 * The parse worker fetches budget files, and a page's <meta> policy does not govern
 * its workers: a worker's policy is the one its own script is served with. `vite
 * preview` sends the app's policy with every file, the worker script included
 * (README, "Deploy it", asks hosts to do the same).
 */
import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures';

test('the parse worker script is served with a policy that keeps its requests on the origin', async ({ request }) => {
  const worker = readdirSync('dist/assets').find((name) => /^parseWorker-.*\.js$/.test(name));
  expect(worker, 'the build has a parse worker').toBeDefined();
  const response = await request.get(`./assets/${worker}`);
  expect(response.ok()).toBe(true);
  const policy = response.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("connect-src 'self'");
  expect(policy).toContain("default-src 'self'");
});
