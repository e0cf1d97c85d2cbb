import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

/** Opens the address, then the import dialog from the header button (in either language); returns the dialog once shown. */
export async function openImportDialog(page: Page, address: string): Promise<Locator> {
  await page.goto(address);
  await page.getByRole('button', { name: /^(导入说明|Import explanation)$/ }).click();
  const dialog = page.getByRole('dialog', { name: /^(导入部门预算编制说明|Import a budget explanation)$/ });
  await expect(dialog).toBeVisible();
  return dialog;
}
