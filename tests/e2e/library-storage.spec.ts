/**
 * The library in Chromium's real IndexedDB: it survives reload; a quota error or a
 * missing IndexedDB degrades with a message; a corrupt entry is set aside. Plus the
 * other ways in (drop, ?data=) and export.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fillTheDisk } from './support/fullDisk';

const EDU_2021 = 'tests/fixtures/valid/example-edu-2021-wanyuan.json';
const EDU_2022 = 'tests/fixtures/valid/example-edu-2022-yuan.json';
const EDU_2022_GBK = 'tests/fixtures/valid/example-edu-2022-yuan.gbk.json';
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const switcher = (page: Page) => page.getByRole('combobox', { name: '数据集' });

async function load(page: Page, file: string, department: string) {
  await page.getByLabel('打开文件…').setInputFiles(file);
  await expect(heading(page)).toHaveText(department);
  await page.getByTestId('load-report').getByRole('button', { name: '关闭' }).click();
}

/** Serves a file at a same-origin path, opens it with ?data= and waits for its department's name. */
async function openServed(page: Page, path: string, file: string) {
  await page.route(`**/${path}`, (route) => route.fulfill({ path: file, contentType: 'application/json' }));
  await page.goto(`./?data=${path}`);
  await expect(heading(page)).toHaveText('示例县教育和体育局');
}

test('the library survives reload, and the dataset on screen comes back with it', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  await load(page, EDU_2021, '示例县教育和体育局');
  await load(page, 'tests/fixtures/valid/example-culture-2022-lei-only.json', '示例县文化馆');
  const url = page.url();
  await page.reload();
  await expect(heading(page)).toHaveText('示例县文化馆');
  expect(page.url()).toBe(url);
  await expect(switcher(page).getByRole('option')).toHaveText([/内置示例：芦山县社会保险事务中心 2021/, '示例县教育和体育局 2021', '示例县文化馆 2022']);

  await switcher(page).selectOption({ label: '示例县教育和体育局 2021' });
  await expect(heading(page)).toHaveText('示例县教育和体育局');
  await page.goBack();
  await expect(heading(page)).toHaveText('示例县文化馆');

  await switcher(page).selectOption({ index: 0 });
  await expect(heading(page)).toHaveText('芦山县社会保险事务中心');
  await page.reload();
  await expect(heading(page)).toHaveText('芦山县社会保险事务中心');
  await expect(switcher(page).getByRole('option')).toHaveCount(3);
});

test('rename, export and remove in the library dialog, which passes axe', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  await load(page, EDU_2022, '示例县教育和体育局');
  await page.getByRole('button', { name: '管理数据集' }).click();
  const dialog = page.getByRole('dialog', { name: '数据集' });
  await expect(dialog).toContainText('example-edu-2022-yuan.json');
  expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations.map((v) => v.id)).toEqual([]);

  await dialog.getByRole('button', { name: '改名：示例县教育和体育局 2022' }).click();
  await dialog.getByRole('textbox').fill('2022 年教育预算');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toContainText('2022 年教育预算');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出 JSON：2022 年教育预算' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('example-edu-2022-yuan.json');
  expect(readFileSync((await file.path())!, 'utf8')).toBe(readFileSync(EDU_2022, 'utf8'));

  await page.reload();
  await expect(switcher(page).getByRole('option', { name: '2022 年教育预算' })).toHaveCount(1);
  await page.getByRole('button', { name: '管理数据集' }).click();
  await page.getByRole('button', { name: '删除：2022 年教育预算' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除', exact: true }).click();
  await expect(heading(page)).toHaveText('芦山县社会保险事务中心');
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(switcher(page).getByRole('option')).toHaveCount(1);
});

test('a quota error on saving keeps the dataset on screen for this page and says so', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await fillTheDisk(page);
  await page.goto('./');
  await page.getByLabel('打开文件…').setInputFiles(EDU_2021);
  await expect(heading(page)).toHaveText('示例县教育和体育局');
  await expect(page.getByRole('alert')).toContainText('浏览器存储空间已满，此数据集未能保存，只在本页有效');
  await expect(switcher(page).getByRole('option', { name: '示例县教育和体育局 2021（未保存）' })).toHaveCount(1);
  await expect(page.getByText('1,500.16 万元').first()).toBeVisible();
  // Not saved, so after a reload the link names a dataset this browser does not have: the seed, with the reason.
  await page.reload();
  await expect(heading(page)).toHaveText('芦山县社会保险事务中心');
  await expect(page.getByRole('alert')).toContainText('本浏览器里没有数据集');
});

test('without IndexedDB (some private windows) files still load, with a message', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await page.goto('./');
  await page.getByLabel('打开文件…').setInputFiles(EDU_2022);
  await expect(heading(page)).toHaveText('示例县教育和体育局');
  await expect(page.getByRole('alert')).toContainText('浏览器存储不可用');
  await expect(page.getByText('14,770,000.75 元').first()).toBeVisible();
});

test('a corrupt stored entry is set aside and listed, never fatal, and can be removed', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  await load(page, EDU_2021, '示例县教育和体育局');
  const id = new URL(page.url()).searchParams.get('dataset')!;
  // Damage the store behind the app's back: a record of the wrong shape, and a file that no longer validates.
  await page.evaluate(async (datasetId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('budget-lens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['datasets', 'datasetFiles'], 'readwrite');
    tx.objectStore('datasets').put({ id: 'ds-garbled', name: 42 });
    tx.objectStore('datasetFiles').put('{"formatVersion": 1, "total": "lots"}', datasetId);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, id);

  await page.reload();
  await expect(heading(page)).toHaveText('芦山县社会保险事务中心');
  await expect(page.getByRole('alert')).toContainText('无法打开所请求的数据集，现显示内置示例');
  await expect(page.getByRole('alert').locator('code', { hasText: 'total' })).toBeVisible();
  await page.getByRole('alert').getByRole('button', { name: '关闭' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('dataset')).toBeNull();

  await page.getByRole('button', { name: '管理数据集' }).click();
  const dialog = page.getByRole('dialog');
  const unreadable = dialog.getByRole('region', { name: '无法读取的条目' });
  await expect(unreadable).toContainText('ds-garbled · 记录格式损坏');
  await expect(unreadable).toContainText('示例县教育和体育局 2021 · 文件未通过校验');
  await unreadable.getByRole('button', { name: '删除：ds-garbled' }).click();
  await unreadable.getByRole('button', { name: '删除：示例县教育和体育局 2021' }).click();
  await expect(unreadable).toHaveCount(0);
  await page.reload();
  await page.getByRole('button', { name: '管理数据集' }).click();
  await expect(page.getByRole('dialog')).toContainText('还没有载入自己的文件');
});

test('dropping a file anywhere loads it', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  await expect(heading(page)).toHaveText('芦山县社会保险事务中心');
  const text = readFileSync(EDU_2022, 'utf8');
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    return data;
  }, text);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByText('松开鼠标即可载入预算文件')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(heading(page)).toHaveText('示例县教育和体育局');
  await expect(page.getByTestId('load-report')).toContainText('dropped.json');
  await expect(page.getByText('松开鼠标即可载入预算文件')).toHaveCount(0);
});

test('?data= reads a file saved in GBK with its Chinese names intact (fetched and decoded off the main thread)', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await openServed(page, 'shared/edu-gbk.json', EDU_2022_GBK);
});

test('?data= loads a same-origin URL and refuses another host without asking it', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await openServed(page, 'shared/edu-2022.json', EDU_2022);
  await expect(switcher(page)).toHaveValue('url:shared/edu-2022.json');

  await page.goto('./?data=https://example.com/budget.json');
  await expect(heading(page)).toHaveText('芦山县社会保险事务中心');
  await expect(page.getByRole('alert')).toContainText('https://example.com/budget.json');
});
