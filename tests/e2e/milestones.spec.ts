/**
 * Milestone progress in Chromium's real IndexedDB: it survives reload for the seed
 * and for a dataset from the library (the two kept apart); a full disk keeps it
 * for the page with a message while the dashboard works on; statuses go out as
 * JSON and come back byte for byte; a bad file is refused with its problems.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fillTheDisk } from './support/fullDisk';
import { chooseCategory } from './support/chooseCategory';

const EDU_2021 = 'tests/fixtures/valid/example-edu-2021-wanyuan.json';
const APRIL = /^预计 4 月兑现 2018-2019 年退休“中人”待遇/;
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const keyWork = (page: Page) => page.locator('#key-work');

/** Opens a task's details on the timeline and returns one step's progress controls. */
async function step(page: Page, task: RegExp, name: RegExp): Promise<Locator> {
  const button = keyWork(page).getByRole('button', { name: task }).first();
  // Right after a dataset loads, the timeline may draw once more and swallow a click: click until it is open.
  await expect(async () => {
    if ((await button.getAttribute('aria-expanded')) === 'false') await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
  }).toPass();
  return keyWork(page).getByRole('group', { name });
}

async function record(group: Locator, status: string, date: string, note: string) {
  await group.getByRole('combobox', { name: '状态' }).selectOption({ label: status });
  await group.getByLabel('日期').fill(date);
  await group.getByRole('textbox', { name: '备注' }).fill(note);
  await expect(group.getByRole('status')).toHaveText('✓ 已保存');
}

async function expectRecorded(group: Locator, status: string, date: string, note: string) {
  await expect(group.getByRole('combobox', { name: '状态' })).toHaveValue(status);
  await expect(group.getByLabel('日期')).toHaveValue(date);
  await expect(group.getByRole('textbox', { name: '备注' })).toHaveValue(note);
}

const readDownload = async (download: Download) => readFileSync((await download.path())!, 'utf8');

test('the seed’s statuses survive a reload, and overdue follows the as-of day', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  // Two page loads and an axe run: about 20 s on these two-core machines with two workers.
  test.slow();
  await page.goto('./?s=key-work&asof=2021-05-10');
  // Nothing reported yet: the plan, not a wall of delays.
  await expect(keyWork(page).getByText('按计划', { exact: true })).toBeVisible();
  const april = await step(page, /“中人待遇”需稳妥/, APRIL);
  await expect(april).toContainText('未填报');
  await record(april, '进行中', '2021-04-20', '核对名单，120 人');
  await expect(keyWork(page).getByText('⚠ 逾期 1 个')).toBeVisible();

  await page.reload();
  const again = await step(page, /“中人待遇”需稳妥/, APRIL);
  await expectRecorded(again, 'in-progress', '2021-04-20', '核对名单，120 人');
  await expect(again).toContainText('进行中 · 2021 年 4 月 20 日 · 逾期');
  await expect(keyWork(page).getByText(/已完成 0，进行中 1，已延期 0，未开始 0；未填报 9/)).toBeVisible();

  await keyWork(page).getByLabel('截至日期').fill('2021-04-15');
  await expect(keyWork(page).getByText('无逾期')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('asof')).toBe('2021-04-15');

  await page.waitForLoadState('networkidle');
  // The timeline with its progress controls and an opened task (the rest of the page is checked in a11y.spec.ts).
  const results = await new AxeBuilder({ page }).include('#key-work figure').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a library dataset keeps its own statuses: library and statuses both survive a reload', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?s=key-work&asof=2021-05-10');
  const seedStep = await step(page, /“中人待遇”需稳妥/, APRIL);
  await record(seedStep, '进行中', '2021-05-06', '核对名单');

  await page.getByLabel('打开文件…').setInputFiles(EDU_2021);
  await expect(heading(page)).toHaveText('示例县教育和体育局');
  await page.getByTestId('load-report').getByRole('button', { name: '关闭' }).click();
  const check = await step(page, /校园安全专项整治/, /^开学前完成校舍安全排查/);
  await expect(check.getByRole('combobox', { name: '状态' })).toHaveValue('');
  await record(check, '已延期', '2021-03-15', '等待住建部门鉴定');

  await page.reload();
  await expect(heading(page)).toHaveText('示例县教育和体育局');
  await expect(page.getByRole('combobox', { name: '数据集' }).getByRole('option')).toHaveText([
    /内置示例：芦山县社会保险事务中心 2021/,
    '示例县教育和体育局 2021',
  ]);
  await expectRecorded(await step(page, /校园安全专项整治/, /^开学前完成校舍安全排查/), 'delayed', '2021-03-15', '等待住建部门鉴定');

  await page.getByRole('combobox', { name: '数据集' }).selectOption({ index: 0 });
  await expect(heading(page)).toHaveText('芦山县社会保险事务中心');
  await expectRecorded(await step(page, /“中人待遇”需稳妥/, APRIL), 'in-progress', '2021-05-06', '核对名单');
});

test('a full disk keeps statuses for the page with a message, and the dashboard keeps working', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await fillTheDisk(page);
  await page.goto('./?s=key-work&asof=2021-05-10');
  const april = await step(page, /“中人待遇”需稳妥/, APRIL);
  await april.getByRole('combobox', { name: '状态' }).selectOption({ label: '已完成' });
  await april.getByRole('textbox', { name: '备注' }).fill('磁盘已满时记下的备注');
  await expect(april.getByRole('status')).toHaveText('⚠ 未能保存到浏览器，只在本页有效');
  await expect(keyWork(page).getByRole('alert')).toContainText('浏览器存储空间已满：进度记录未能保存，只在本页有效');
  await expect(april.getByRole('textbox', { name: '备注' })).toHaveValue('磁盘已满时记下的备注');
  await expect(keyWork(page).getByText(/已完成 1，进行中 0，已延期 0，未开始 0；未填报 9/)).toBeVisible();

  // The way out: the statuses can still be exported.
  const download = page.waitForEvent('download');
  await keyWork(page).getByRole('button', { name: '导出进度' }).click();
  expect(JSON.parse(await readDownload(await download)).statuses).toEqual({
    'zhongren-pay-2018-2019': { status: 'done', note: '磁盘已满时记下的备注' },
  });

  // The rest of the dashboard is unaffected.
  await chooseCategory(page, '社会保障和就业支出');
  await page.getByRole('link', { name: '支出' }).click();
  await expect(page.locator('#spending').getByText('23.49 万元').first()).toBeVisible();
  await page.getByRole('link', { name: '重点工作' }).click();
  await expect(april.getByRole('combobox', { name: '状态' })).toHaveValue('done');
});

test('statuses export as JSON and import back losslessly; a bad file is refused with its problems', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?s=key-work&asof=2021-05-10');
  await record(await step(page, /“中人待遇”需稳妥/, APRIL), '已延期', '2021-07-15', '等待财政拨款：第二批 "中人" 名单\n另见台账');
  await record(await step(page, /“中人待遇”需稳妥/, /^2 月底前完成 207 名/), '已完成', '2021-02-26', '');
  await record(await step(page, /退役军人服务好/, /^力保 6 月前取得成效/), '进行中', '', '与退役军人事务局对接');

  const first = page.waitForEvent('download');
  await keyWork(page).getByRole('button', { name: '导出进度' }).click();
  const exported = await first;
  expect(exported.suggestedFilename()).toBe('芦山县社会保险事务中心-2021-milestones.json');
  const bytes = await readDownload(exported);
  expect(Object.keys(JSON.parse(bytes).statuses)).toEqual(['zhongren-data', 'zhongren-pay-2018-2019', 'veterans-results']);

  // Change one, then bring the file back: the plan says what will change before anything does.
  const april = await step(page, /“中人待遇”需稳妥/, APRIL);
  await april.getByRole('combobox', { name: '状态' }).selectOption({ label: '已完成' });
  await expect(april.getByRole('status')).toHaveText('✓ 已保存');
  await keyWork(page)
    .getByLabel('导入进度…')
    .setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(bytes) });
  const plan = keyWork(page).getByRole('region', { name: '导入 progress.json？' });
  await expect(plan).toContainText('共 3 条进度记录：新增 0 条，替换现有 1 条，与现有相同 2 条；其他 0 条已有记录保持不变。');
  await expect(plan).toContainText('已完成 · 2021 年 7 月 15 日 → 已延期 · 2021 年 7 月 15 日');
  await plan.getByRole('button', { name: '导入' }).click();
  await expect(keyWork(page).getByText('✓ 已导入 3 条进度记录并保存。')).toBeVisible();

  await page.reload();
  const second = page.waitForEvent('download');
  await keyWork(page).getByRole('button', { name: '导出进度' }).click();
  expect(await readDownload(await second)).toBe(bytes);

  const broken = JSON.stringify({
    format: 'budget-lens-milestone-statuses',
    formatVersion: 1,
    dataset: { department: '芦山县社会保险事务中心', fiscalYear: 2021 },
    statuses: { 'zhongren-data': { status: 'finished' } },
  });
  await keyWork(page)
    .getByLabel('导入进度…')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  const alert = keyWork(page).getByRole('alert');
  await expect(alert).toContainText('无法导入 broken.json：发现 1 个问题，进度记录未作任何更改。');
  await expect(alert).toContainText('statuses["zhongren-data"].status：状态无效');
  await expectRecorded(await step(page, /“中人待遇”需稳妥/, /^2 月底前完成 207 名/), 'done', '2021-02-26', '');
});

/** Runs in the page: opens the app's database as it is, without upgrading it. */
async function rawRecord(page: Page, key: string, value?: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ key, value, write }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('budget-lens');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('milestones', write ? 'readwrite' : 'readonly');
      const request = write ? tx.objectStore('milestones').put(value, key) : tx.objectStore('milestones').get(key);
      const result = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
      return write ? undefined : result;
    },
    { key, value, write: value !== undefined },
  );
}

test('a stored record that cannot be read is set aside and reported, and kept when saving again', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?s=key-work&asof=2021-05-10');
  await record(await step(page, /“中人待遇”需稳妥/, APRIL), '已完成', '2021-04-28', '');
  const seedKey = 'data/lushan-shebao-2021.json';
  await rawRecord(page, seedKey, {
    version: 1,
    statuses: { 'zhongren-data': { status: 'finished' }, 'zhongren-pay-2018-2019': { status: 'done', date: '2021-04-28' } },
  });

  await page.reload();
  await expect(keyWork(page).getByText('有 1 条已保存的进度记录无法读取，已另行保留（未删除、未显示）：zhongren-data')).toBeVisible();
  // What was set aside can be taken out as it was found.
  const download = page.waitForEvent('download');
  await keyWork(page).getByRole('button', { name: '下载这些记录（JSON）' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('芦山县社会保险事务中心-2021-milestones-set-aside.json');
  const saved = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { key: string; value: unknown }[];
  expect(saved).toEqual([expect.objectContaining({ key: 'zhongren-data', value: { status: 'finished' } })]);
  await expectRecorded(await step(page, /“中人待遇”需稳妥/, APRIL), 'done', '2021-04-28', '');
  await record(await step(page, /“中人待遇”需稳妥/, /^2 月底前完成 207 名/), '进行中', '', '重新核对');
  expect(await rawRecord(page, seedKey)).toMatchObject({
    statuses: { 'zhongren-pay-2018-2019': { status: 'done', date: '2021-04-28' }, 'zhongren-data': { status: 'in-progress', note: '重新核对' } },
    setAside: [{ key: 'zhongren-data', value: { status: 'finished' } }],
  });
});

test('a set-aside record holding a BigInt downloads as JSON, without an uncaught error', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?s=key-work&asof=2021-05-10');
  await record(await step(page, /“中人待遇”需稳妥/, APRIL), '已完成', '2021-04-28', '');
  // Built in the page: IndexedDB stores a BigInt as it is, which JSON.stringify refuses.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('budget-lens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('milestones', 'readwrite');
    tx.objectStore('milestones').put({ version: 1, statuses: { 'zhongren-data': { status: 'done', people: 207n } } }, 'data/lushan-shebao-2021.json');
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
  await page.reload();
  await expect(keyWork(page).getByText(/有 1 条已保存的进度记录无法读取.*zhongren-data/)).toBeVisible();
  const download = page.waitForEvent('download');
  await keyWork(page).getByRole('button', { name: '下载这些记录（JSON）' }).click();
  const saved = JSON.parse(await readDownload(await download)) as { key: string; value: unknown }[];
  expect(saved).toEqual([expect.objectContaining({ key: 'zhongren-data', value: { status: 'done', people: '207n' } })]);
});

test('a library saved before statuses existed upgrades in place and keeps its datasets', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  // A same-origin page that is not the app, to build the database as the first release left it (version 1).
  await page.goto('./data/lushan-shebao-2021.json');
  const text = readFileSync(EDU_2021, 'utf8');
  await page.evaluate(async (file) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('budget-lens', 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('datasets', { keyPath: 'id' });
        request.result.createObjectStore('datasetFiles');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['datasets', 'datasetFiles'], 'readwrite');
    const meta = {
      id: 'ds-before',
      name: '去年载入的教育预算',
      fileName: 'edu.json',
      department: '示例县教育和体育局',
      fiscalYear: 2021,
      unit: '万元',
      bytes: file.length,
      addedAt: '2024-01-01T00:00:00.000Z',
    };
    tx.objectStore('datasets').put(meta);
    tx.objectStore('datasetFiles').put(file, 'ds-before');
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, text);

  await page.goto('./?dataset=ds-before&s=key-work&asof=2021-05-10');
  await expect(heading(page)).toHaveText('示例县教育和体育局');
  await record(await step(page, /全县中小学生运动会/, /^举办运动会/), '已完成', '2021-05-08', '');
  await page.reload();
  await expect(page.getByRole('combobox', { name: '数据集' })).toHaveValue('ds-before');
  await expectRecorded(await step(page, /全县中小学生运动会/, /^举办运动会/), 'done', '2021-05-08', '');
});
