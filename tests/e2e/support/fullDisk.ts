import type { Page } from '@playwright/test';

/** Makes every IndexedDB write in the page fail as a full disk does (QuotaExceededError). */
export async function fillTheDisk(page: Page): Promise<void> {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}
