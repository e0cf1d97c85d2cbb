/**
 * A same-origin address that redirects to another host (issue 14), on a host that
 * sends no CSP header (the page's <meta> policy does not govern its parse worker):
 * `?data=` and `?compare=url:` must not follow it. The other host is a real server
 * here, on 127.0.0.2, that counts what it is asked; the static server's --redirects
 * rule answers /redirect?to=… with a 302 (Playwright's routes do not see a worker's
 * requests, so they cannot stand in for either).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures';

let elsewhere: Server;
let asked = 0;
const otherBudget = (() => {
  const budget = JSON.parse(readFileSync('public/data/lushan-shebao-2021.json', 'utf8')) as { department: { name: string } };
  budget.department.name = '另一站点的单位';
  return JSON.stringify(budget);
})();

test.beforeAll(async () => {
  elsewhere = createServer((_request, response) => {
    asked += 1;
    response.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' }).end(otherBudget);
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.2', resolve));
});

test.afterAll(() => new Promise<void>((resolve) => elsewhere.close(() => resolve())));

const redirectTo = () => `/redirect?to=http://127.0.0.2:${(elsewhere.address() as AddressInfo).port}/x.json`;

test('?data= that redirects to another host is not followed: a message, and the seed stays', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto(`./?${new URLSearchParams({ data: redirectTo() })}`);
  await expect(page.getByRole('alert').filter({ hasText: '重定向' })).toContainText('服务器把这个地址重定向到了别处，未跟随');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('芦山县社会保险事务中心');
  expect(asked, 'requests that reached the other host').toBe(0);
});

test('?compare=url: that redirects to another host is not followed either', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto(`./?${new URLSearchParams({ compare: `url:${redirectTo()}` })}`);
  await page.getByRole('navigation', { name: '章节' }).getByRole('link', { name: '对比' }).click();
  await expect(page.locator('#compare').getByRole('alert')).toContainText('服务器把这个地址重定向到了别处，未跟随');
  expect(asked, 'requests that reached the other host').toBe(0);
});
