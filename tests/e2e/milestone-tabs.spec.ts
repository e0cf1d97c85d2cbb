/**
 * Two tabs on the same dataset, in Chromium's real IndexedDB and BroadcastChannel:
 * an edit in one never undoes the other's, both end showing what is stored, and a
 * database deleted from another tab is not called "saved" any more.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const APRIL = /^预计 4 月兑现 2018-2019 年退休“中人”待遇/;

/** A tab on the key-work section; a second tab's errors join the fixture's list (it fails the test on any). */
async function openTab(context: BrowserContext, errors: string[], page?: Page): Promise<Page> {
  const tab = page ?? (await context.newPage());
  if (!page) {
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
  }
  await tab.goto('./?s=key-work&asof=2021-05-10');
  return tab;
}

/** The April step's progress controls, its task opened on the timeline. */
async function aprilStep(page: Page): Promise<Locator> {
  const button = page.locator('#key-work').getByRole('button', { name: /“中人待遇”需稳妥/ }).first();
  await expect(async () => {
    if ((await button.getAttribute('aria-expanded')) === 'false') await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
  }).toPass();
  const group = page.locator('#key-work').getByRole('group', { name: APRIL });
  await expect(group.getByRole('combobox', { name: '状态' })).toBeEnabled();
  return group;
}

test('tab A marks a step done, tab B adds a note: both are kept, and both tabs show both', async ({ page, context, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  const a = await openTab(context, pageErrors, page);
  const b = await openTab(context, pageErrors);
  const stepA = await aprilStep(a);
  const stepB = await aprilStep(b);
  // Nothing reported yet (未填报).
  await expect(stepB.getByRole('combobox', { name: '状态' })).toHaveValue('');

  await stepA.getByRole('combobox', { name: '状态' }).selectOption({ label: '已完成' });
  await expect(stepA.getByRole('status')).toHaveText('✓ 已保存');
  await stepB.getByRole('textbox', { name: '备注' }).fill('名单已核对');
  await expect(stepB.getByRole('status')).toHaveText('✓ 已保存');

  // Each tab shows what is stored: A's status and B's note, without a reload.
  await expect(stepB.getByRole('combobox', { name: '状态' })).toHaveValue('done');
  await expect(stepA.getByRole('textbox', { name: '备注' })).toHaveValue('名单已核对');
  await expect(stepA.getByRole('combobox', { name: '状态' })).toHaveValue('done');
  await b.reload();
  const again = await aprilStep(b);
  await expect(again.getByRole('combobox', { name: '状态' })).toHaveValue('done');
  await expect(again.getByRole('textbox', { name: '备注' })).toHaveValue('名单已核对');
});

test('after another tab deletes the database, a tab no longer says "saved" and can save everything again', async ({ page, context, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  const a = await openTab(context, pageErrors, page);
  const stepA = await aprilStep(a);
  await stepA.getByRole('combobox', { name: '状态' }).selectOption({ label: '已完成' });
  await expect(stepA.getByRole('status')).toHaveText('✓ 已保存');

  const b = await openTab(context, pageErrors);
  await aprilStep(b);
  await b.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('budget-lens');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await expect(stepA.getByRole('status')).not.toContainText('已保存');
  await expect(stepA.getByRole('status')).toHaveText('⚠ 未能保存到浏览器，只在本页有效');
  const alert = a.getByRole('alert').filter({ hasText: '浏览器中保存的进度记录已被删除' });
  await expect(alert).toBeVisible();
  const results = await new AxeBuilder({ page: a }).include('#key-work figure').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await alert.getByRole('button', { name: '重新保存全部进度' }).click();
  await expect(alert).toBeHidden();
  await expect(stepA.getByRole('status')).toHaveText('✓ 已保存');
  await b.reload();
  await expect((await aprilStep(b)).getByRole('combobox', { name: '状态' })).toHaveValue('done');
});
