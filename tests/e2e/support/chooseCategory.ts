import type { Page } from '@playwright/test';

/**
 * Sets the header's category filter the way a user does: type the name into the
 * combobox and click the match (类 are listed before 款 and 项, so the first match
 * of a 类's full name is that 类).
 */
export async function chooseCategory(page: Page, name: string) {
  const combobox = page.getByRole('combobox', { name: /^(支出类别|Expense category)$/ });
  await combobox.fill(name);
  await page.getByRole('listbox', { name: /^(支出类别|Expense category)$/ }).getByRole('option', { name }).first().click();
}
