/**
 * Importing a budget explanation in Chromium: the seed's own Markdown through the
 * dialog, review, open, and the dataset kept across a reload; a Word copy with a
 * correction; a text that is not an explanation; axe on the open dialog.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { makeDocx } from '../importer/support/makeDocx';
import { expect, test } from './fixtures';
import { openImportDialog } from './support/importDialog';

const SEED_MD = '/work/shared/seed/lushan-shebao-2021-budget-explanation.md';
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const switcher = (page: Page) => page.getByRole('combobox', { name: '数据集' });
const totalTile = (page: Page) => page.getByText('收支总预算', { exact: true }).locator('..');

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('dialog').analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the seed explanation imports through the dialog, opens, and is kept after a reload', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  // axe over the full review (about 70 rows) takes seconds on a slow machine.
  test.setTimeout(90_000);
  const dialog = await openImportDialog(page, './');
  expect(await axe(page)).toEqual([]);

  await dialog.getByLabel('选择文件…').setInputFiles(SEED_MD);
  // Reading loads the importer on demand: allow for a busy machine.
  await expect(dialog.getByRole('heading', { name: '核对读出的数字' })).toBeFocused({ timeout: 15_000 });
  const total = dialog.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '收支总预算', exact: true }) });
  await expect(total).toContainText('109.25 万元');
  await expect(total).toContainText('芦山县社会保险事务中心 2021 年收支总预算 109.25 万元，比 2020 年收支预算总数 83.08 万元增加 26.17 万元');
  // The review, with a correction open and an invalid value marked, passes axe too.
  await dialog.getByRole('button', { name: '更正：人员经费', exact: true }).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('-1');
  await expect(dialog.getByRole('spinbutton', { name: '人员经费（万元）' })).toHaveAttribute('aria-invalid', 'true');
  expect(await axe(page)).toEqual([]);
  await dialog.getByRole('button', { name: '撤销更正：人员经费' }).click();

  await dialog.getByRole('button', { name: '打开仪表板' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/[?&]dataset=ds-/);
  const id = new URL(page.url()).searchParams.get('dataset')!;
  await expect(heading(page)).toHaveText('芦山县社会保险事务中心');
  await expect(totalTile(page)).toContainText('109.25 万元');
  await expect(switcher(page)).toHaveValue(id);
  await expect(page.getByRole('status').filter({ hasText: '已打开导入的' })).toContainText('已打开导入的“芦山县社会保险事务中心 2021”');

  await page.reload();
  await expect(heading(page)).toHaveText('芦山县社会保险事务中心');
  await expect(totalTile(page)).toContainText('109.25 万元');
  await expect(switcher(page)).toHaveValue(id);
  await expect(switcher(page).locator(`option[value="${id}"]`)).toHaveText('芦山县社会保险事务中心 2021');
});

test('a Word copy imports through mammoth, and a correction reaches the dashboard', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const dialog = await openImportDialog(page, './');
  const docx = Buffer.from(await makeDocx(readFileSync(SEED_MD, 'utf8').replace(/^#+ /gm, '')));
  await dialog.getByLabel('选择文件…').setInputFiles({ name: '芦山社保 2021 预算说明.docx', mimeType: 'application/octet-stream', buffer: docx });
  // The importer and mammoth load on demand: allow for a busy machine.
  await expect(dialog.getByRole('heading', { name: '核对读出的数字' })).toBeVisible({ timeout: 15_000 });
  const total = dialog.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '收支总预算', exact: true }) });
  await expect(total).toContainText('109.25 万元');
  await total.getByRole('button', { name: '更正：收支总预算' }).click();
  await total.getByRole('spinbutton').fill('110.5');
  await expect(total).toContainText('原为 109.25 万元');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '下载 JSON' }).click()]);
  expect(download.suggestedFilename()).toBe('芦山社保 2021 预算说明.json');
  const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { total: number; unit: string; department: { name: string } };
  expect([file.total, file.unit, file.department.name]).toEqual([110.5, '万元', '芦山县社会保险事务中心']);
  await dialog.getByRole('button', { name: '打开仪表板' }).click();
  await expect(dialog).toBeHidden();
  await expect(totalTile(page)).toContainText('110.50 万元');
  await expect(page).toHaveURL(/[?&]dataset=ds-/);
});

test('text that is not an explanation gets the importer message and the dashboard stays', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const dialog = await openImportDialog(page, './?lang=en');
  await dialog.getByLabel('Or paste the text').fill('Minutes of the staff meeting. Nothing about a budget here.');
  await dialog.getByRole('button', { name: 'Read the pasted text' }).click();
  await expect(dialog.getByRole('alert')).toContainText('This does not look like a budget explanation', { timeout: 15_000 });
  await expect(dialog.getByRole('alert')).toBeFocused();
  expect(await axe(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Import explanation' })).toBeFocused();
  await expect(heading(page)).toHaveText('Lushan County Social Insurance Affairs Center');
  expect(page.url()).not.toContain('dataset=');
});

/** An explanation as some units publish it on a web page: no title, so no unit name or year; figures stated. */
const UNTITLED = [
  '一、部门基本情况',
  '本单位负责全县档案的收集、整理、保管和提供利用，内设综合股和业务股。',
  '二、收支预算情况说明',
  '本年收入预算合计 56.40 万元，其中一般公共预算拨款收入 56.40 万元。',
  '本年支出预算合计 56.40 万元，其中基本支出 50.10 万元，项目支出 6.30 万元。',
  '三、“三公”经费预算情况说明',
  '“三公”经费预算 1.20 万元，全部为公务接待费。',
].join('\n');

test('an explanation without its name and year opens the review asking for them, and opens once they are filled', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const dialog = await openImportDialog(page, './');
  await dialog.getByLabel('或粘贴说明文字').fill(UNTITLED);
  await dialog.getByRole('button', { name: '读取粘贴的文字' }).click();
  await expect(dialog.getByRole('heading', { name: '核对读出的数字' })).toBeFocused({ timeout: 15_000 });
  const asked = dialog.getByRole('group', { name: '请补填说明中没有写明的信息' });
  await expect(asked).toContainText('程序在这份说明中没有找到下列信息');
  const name = asked.getByRole('textbox', { name: '单位名称' });
  const year = asked.getByRole('spinbutton', { name: '预算年度' });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  expect(await axe(page)).toEqual([]);

  // Nothing can be opened or saved while they are empty: the first one is pointed at.
  await dialog.getByRole('button', { name: '打开仪表板' }).click();
  await expect(dialog.getByRole('alert')).toContainText('请先改正标出的');
  await expect(name).toBeFocused();
  await expect(heading(page)).toHaveText('芦山县社会保险事务中心');

  await name.fill('某县档案馆');
  await year.fill('2024');
  // A total the document did not state would be asked for too.
  const total = asked.getByRole('spinbutton', { name: /收支总预算/ });
  if (await total.count()) await total.fill('56.4');
  await expect(name).toHaveAttribute('aria-invalid', 'false');
  await expect(dialog).toContainText('某县档案馆 · 2024 年 · 单位：万元');
  await dialog.getByRole('button', { name: '打开仪表板' }).click();
  await expect(dialog).toBeHidden();
  await expect(heading(page)).toHaveText('某县档案馆');
  await expect(totalTile(page)).toContainText('56.40 万元');
  await expect(page).toHaveURL(/[?&]dataset=ds-/);
});
