/**
 * The built app on a plain static host (404 for a missing file, no CSP header):
 * the first screen and a filter, an explanation imported, the deck downloaded as
 * .pptx, and the bundled seed compared. Each of the last three loads a lazy chunk,
 * which once asked for the stylesheet the build had inlined and failed on the 404.
 */
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures';
import { chooseCategory } from '../support/chooseCategory';
import { openImportDialog } from '../support/importDialog';

const SEED_MD = '/work/shared/seed/lushan-shebao-2021-budget-explanation.md';

test('the dashboard loads and filters', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('芦山县社会保险事务中心');
  await chooseCategory(page, '社会保障和就业支出');
  await expect(page.getByTestId('filter-chip')).toContainText('23.49 万元');
});

test('an explanation imports through the dialog and opens', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const dialog = await openImportDialog(page, './');
  await dialog.getByLabel('选择文件…').setInputFiles(SEED_MD);
  await expect(dialog.getByRole('heading', { name: '核对读出的数字' })).toBeVisible({ timeout: 15_000 });
  await dialog.getByRole('button', { name: '打开仪表板' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '已打开导入的' })).toContainText('芦山县社会保险事务中心 2021');
});

test('the deck downloads as a .pptx', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?present=1');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 PPT' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.pptx$/);
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  expect(Object.keys(zip.files).some((f) => /^ppt\/slides\/slide1\.xml$/.test(f))).toBe(true);
});

test('?compare=seed draws its chart', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?compare=seed');
  const section = page.locator('#compare');
  await expect(section.getByRole('img', { name: '按类别对比' })).toBeVisible({ timeout: 15_000 });
  await expect(section.getByRole('img', { name: '按类别对比' })).toContainText('社会保障和就业支出');
  await expect(section).not.toContainText('此图无法显示');
});
