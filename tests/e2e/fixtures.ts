/**
 * The shared Playwright fixture: every test fails if the page sends a request
 * outside 127.0.0.1, logs an error or throws an uncaught exception.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ offsiteRequests: string[]; pageErrors: string[] }>({
  offsiteRequests: async ({ page }, use) => {
    const offsite: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      const local = url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:';
      if (local) return route.continue();
      offsite.push(route.request().url());
      return route.abort();
    });
    await use(offsite);
    expect(offsite, 'requests that left 127.0.0.1').toEqual([]);
  },
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await use(errors);
    expect(errors, 'uncaught errors and console errors').toEqual([]);
  },
});

export { expect };
