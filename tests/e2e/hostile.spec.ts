/**
 * The hostile-input suite (issue 14, "Done when"): every malformed file in
 * tests/fixtures/bad/ and inputs generated here (scripts/hostile/inputs.ts, nothing large
 * committed) go in the way a user would put them in. For each: a message, or for a
 * valid large budget a usable dashboard; the dataset on screen kept when the input is
 * refused; no page error and no console error (fixture); no request off the origin;
 * no main-thread task over 1 s.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { MAX_CATEGORIES, MAX_KEY_WORK_ITEMS, MAX_MILESTONES_PER_ITEM } from '@/data/limits';
import {
  GENERATED_NAME,
  controlCharacters,
  cssSpoof,
  deepStatusFile,
  docxBomb,
  impossibleDate,
  manyCategories,
  manyEntries,
  manyMilestones,
  manyTasks,
  prototypeNames,
  textBomb,
  unknownIdsStatusFile,
} from '../../scripts/hostile/inputs';
import { observeLongTasks } from '../../scripts/hostile/longTasks';
import { expect, test } from './fixtures';
import { chooseCategory } from './support/chooseCategory';
import { expectKept, expectRefused, heading, showValid, VALID_NAME, watchRequests, withinOneSecond } from './support/hostile';

const cases = JSON.parse(readFileSync('tests/fixtures/bad/cases.json', 'utf8')) as { file: string; paths: string[] }[];

/**
 * Inputs are made once per worker, on first use, and handed over as files on disk: a
 * buffer would be decoded on the page's main thread by Playwright, a freeze of the test's own making.
 */
const INPUTS = join('test-results', `hostile-inputs-${process.pid}`);
const made = new Map<string, string>();
function file(name: string, make: () => string | Uint8Array): string {
  // afterAll may have run in this worker between two groups of this file's tests.
  const known = made.get(name);
  if (known && existsSync(known)) return known;
  mkdirSync(INPUTS, { recursive: true });
  const path = join(INPUTS, name);
  writeFileSync(path, make());
  made.set(name, path);
  return path;
}
test.afterAll(() => rmSync(INPUTS, { recursive: true, force: true }));
const json = (name: string, make: () => unknown) => file(`${name}.json`, () => JSON.stringify(make()));

test.describe('malformed files from tests/fixtures/bad', () => {
  const half = Math.ceil(cases.length / 2);
  for (const [index, group] of [cases.slice(0, half), cases.slice(half)].entries()) {
    test(`group ${index + 1}: each is refused with its paths, the dataset stays`, async ({ page, offsiteRequests, pageErrors }) => {
      void offsiteRequests;
      void pageErrors;
      test.setTimeout(90_000);
      const offsite = watchRequests(page);
      const dataset = await showValid(page);
      for (const { file, paths } of group) {
        await withinOneSecond(page, file, async () => {
          await page.getByLabel('打开文件…').setInputFiles(`tests/fixtures/bad/${file}`);
          await expect(page.getByRole('alert')).toContainText(`${file} 无法载入`, { timeout: 30_000 });
        });
        await expectRefused(page, file, paths);
        await expectKept(page, VALID_NAME, dataset);
      }
      expect(offsite).toEqual([]);
    });
  }
});

const refused: { name: string; file: () => string; paths: string[] }[] = [
  { name: '100,000 categories flat', file: () => json('flat', () => manyCategories(100_000, 'flat')), paths: ['functional'] },
  { name: '100,000 categories under one 类', file: () => json('underOne', () => manyCategories(100_000, 'underOne')), paths: ['functional'] },
  { name: '100,000 milestones in one key-work item', file: () => json('milestones', () => manyMilestones(100_000)), paths: ['keyWork[0].milestones'] },
  { name: '100,000 key-work items', file: () => json('tasks', () => manyTasks(100_000)), paths: ['keyWork'] },
  { name: '20,000 revenue lines and glossary terms', file: () => json('entries', () => manyEntries(20_000)), paths: ['revenue', 'glossary'] },
  { name: 'a milestone due 2021-02-30', file: () => json('feb30', impossibleDate), paths: ['keyWork[0].milestones[0].end'] },
];

test.describe('generated budgets to refuse', () => {
  for (const input of refused) {
    test(`${input.name}: refused with its path, the dataset stays, no freeze`, async ({ page, offsiteRequests, pageErrors }) => {
      void offsiteRequests;
      void pageErrors;
      const offsite = watchRequests(page);
      const dataset = await showValid(page);
      const path = input.file();
      const name = path.split('/').at(-1)!;
      await withinOneSecond(page, input.name, async () => {
        await page.getByLabel('打开文件…').setInputFiles(path);
        await expect(page.getByRole('alert')).toContainText(`${name} 无法载入`, { timeout: 60_000 });
      });
      await expectRefused(page, name, input.paths);
      await expectKept(page, VALID_NAME, dataset);
      expect(offsite).toEqual([]);
    });
  }
});

/** Opens a valid generated budget and checks the dashboard shows it; returns once it is usable. */
async function showGenerated(page: Page, what: string, path: string, name: string | RegExp = GENERATED_NAME) {
  await showValid(page);
  await withinOneSecond(page, `opening ${what}`, async () => {
    await page.getByLabel('打开文件…').setInputFiles(path);
    await expect(heading(page)).toHaveText(name, { timeout: 60_000 });
  });
  const report = page.getByTestId('load-report');
  if (await report.isVisible()) await report.getByRole('button', { name: '关闭' }).click();
}

/** The deck on the dataset now shown, at one slide. */
async function openSlide(page: Page, slide: string) {
  const url = new URL(page.url());
  url.searchParams.set('present', '1');
  url.searchParams.set('slide', slide);
  await page.goto(url.toString());
  await expect(page.getByRole('button', { name: '下载 PPT' })).toBeVisible();
}

/** Text any ::after or ::before of the page's headings carries (a CSS spoof would put FAKE there). */
const pseudoContent = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3')].flatMap((el) => [getComputedStyle(el, '::after').content, getComputedStyle(el, '::before').content]).filter((c) => c !== 'none' && c !== 'normal'),
  );

test.describe('generated budgets to show', () => {
  test('names carrying a CSS spoof stay text: the heading, the source, the filter and the deck add nothing', async ({ page, offsiteRequests, pageErrors }) => {
    void offsiteRequests;
    void pageErrors;
    const offsite = watchRequests(page);
    // The form feed may be kept (as white space) or dropped by normalisation; the rest is the name.
    await showGenerated(page, 'the CSS spoof', json('spoof', cssSpoof), /^X\s?;\}\}\} main h2:first-of-type::after\{content:'FAKE';color:#b00\}$/);
    await chooseCategory(page, 'main h2');
    await expect(page.getByTestId('filter-chip')).toContainText("main h2:first-of-type::after{content:'FAKE'");
    expect(await pseudoContent(page)).not.toContainEqual(expect.stringContaining('FAKE'));
    await page.getByRole('button', { name: '演示' }).click();
    await expect(page.getByRole('button', { name: '下载 PPT' })).toBeVisible();
    expect(await pseudoContent(page)).not.toContainEqual(expect.stringContaining('FAKE'));
    await page.emulateMedia({ media: 'print' });
    expect(await pseudoContent(page)).not.toContainEqual(expect.stringContaining('FAKE'));
    expect(offsite).toEqual([]);
  });

  test('a vertical tab and a lone surrogate in names: shown, and the chart exports as well-formed SVG', async ({ page, offsiteRequests, pageErrors }) => {
    void offsiteRequests;
    void pageErrors;
    const offsite = watchRequests(page);
    await showGenerated(page, 'control characters', json('control', controlCharacters), /^测试.?单位$/);
    const frame = page.locator('figure', { has: page.getByRole('heading', { name: '支出功能分类构成', exact: true }) });
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /^下载 SVG 矢量图/ }).click()]);
    const svg = readFileSync((await download.path())!, 'utf8');
    // Parsed in a blank page: one the app's page parses falls under its CSP, which reports the SVG's style attributes.
    const blank = await page.context().newPage();
    const error = await blank.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror')?.textContent ?? null, svg);
    await blank.close();
    expect(error).toBeNull();
    expect(offsite).toEqual([]);
  });

  test('类 named constructor, toString and __proto__ read as names in the dashboard and the deck', async ({ page, offsiteRequests, pageErrors }) => {
    void offsiteRequests;
    void pageErrors;
    const offsite = watchRequests(page);
    await showGenerated(page, 'prototype names', json('proto', prototypeNames));
    await openSlide(page, 'spending');
    const slide = page.getByRole('heading', { level: 2, name: '支出功能分类' });
    await expect(slide).toBeVisible();
    for (const name of ['constructor', 'toString', '__proto__']) await expect(page.getByText(name, { exact: false }).first()).toBeVisible();
    await expect(page.getByText(/undefined/)).toHaveCount(0);
    expect(offsite).toEqual([]);
  });

  test(`${MAX_CATEGORIES.toLocaleString('en')} categories under one 类 (the limit): shown, and any 项 is found and chosen without a freeze`, async ({ page, offsiteRequests, pageErrors }) => {
    void offsiteRequests;
    void pageErrors;
    const offsite = watchRequests(page);
    await showGenerated(page, 'the most categories a file may hold', json('limitCategories', () => manyCategories(MAX_CATEGORIES, 'underOne')));
    await withinOneSecond(page, 'searching and choosing a 项', async () => {
      await chooseCategory(page, '类别19998');
      await expect(page.getByTestId('filter-chip')).toContainText('社会保障和就业支出 › 类别19998');
    });
    expect(offsite).toEqual([]);
  });

  test(`${MAX_MILESTONES_PER_ITEM} steps in one key-work item (the limit): shown, and the task opens without a freeze`, async ({ page, offsiteRequests, pageErrors }) => {
    void offsiteRequests;
    void pageErrors;
    const offsite = watchRequests(page);
    await showGenerated(page, 'the most steps an item may hold', json('limitMilestones', () => manyMilestones(MAX_MILESTONES_PER_ITEM)));
    await page.getByRole('navigation', { name: '章节' }).getByRole('link', { name: '重点工作' }).click();
    const task = page.locator('#key-work').getByRole('button', { name: /步骤很多的工作/ });
    await withinOneSecond(page, 'opening the task', async () => {
      await task.click();
      await expect(page.locator('#key-work').getByRole('group', { name: /^步骤49\s*·/ })).toBeVisible();
    });
    await withinOneSecond(page, 'showing 50 more steps', () => page.getByRole('button', { name: '再显示 50 个时间节点（已显示 50 个，共 500 个）' }).click());
    await expect(page.locator('#key-work').getByRole('group', { name: /^步骤99\s*·/ })).toBeVisible();
    expect(offsite).toEqual([]);
  });

  test(`${MAX_KEY_WORK_ITEMS.toLocaleString('en')} key-work items (the limit): the deck's slide lists what fits and says where the rest are`, async ({ page, offsiteRequests, pageErrors }) => {
    void offsiteRequests;
    void pageErrors;
    const offsite = watchRequests(page);
    await showGenerated(page, 'the most key-work items a file may hold', json('limitTasks', () => manyTasks(MAX_KEY_WORK_ITEMS)));
    await openSlide(page, 'staffing');
    await withinOneSecond(page, 'turning to the key-work slide', async () => {
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('heading', { level: 2, name: '重点工作时间表' })).toBeVisible();
    });
    await expect(page.getByText('图中列出前 12 项，另有 1,988 项见仪表板“重点工作”一节').first()).toBeVisible();
    await withinOneSecond(page, 'building the .pptx', async () => {
      await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 PPT' }).click()]);
    });
    expect(offsite).toEqual([]);
  });
});

/** The import dialog on the seed; the input goes through its file chooser. */
async function importExplanation(page: Page, path: string) {
  await page.getByRole('button', { name: '导入说明' }).click();
  const dialog = page.getByRole('dialog', { name: '导入部门预算编制说明' });
  await dialog.getByLabel('选择文件…').setInputFiles(path);
  return dialog;
}

test.describe('explanations that used to freeze the importer', () => {
  const inputs: { name: string; file: string; make: () => string | Uint8Array }[] = [
    { name: "600 KB of 'x' and blank lines", file: 'x.txt', make: textBomb },
    { name: 'a .docx inflating to 20 MB', file: 'bomb-20.docx', make: () => docxBomb(20) },
    { name: 'a .docx inflating to 100 MB', file: 'bomb-100.docx', make: () => docxBomb(100) },
  ];
  for (const input of inputs) {
    test(`${input.name}: a message within the time limit, the dataset stays`, async ({ page, offsiteRequests, pageErrors }) => {
      void offsiteRequests;
      void pageErrors;
      test.setTimeout(90_000);
      const offsite = watchRequests(page);
      const dataset = await showValid(page);
      const path = file(input.file, input.make);
      let dialog = page.getByRole('dialog');
      await withinOneSecond(page, input.name, async () => {
        dialog = await importExplanation(page, path);
        await expect(dialog.getByRole('alert').or(dialog.getByRole('heading', { name: '核对读出的数字' }))).toBeVisible({ timeout: 60_000 });
      });
      await dialog.getByRole('button', { name: '关闭' }).first().click();
      await expectKept(page, VALID_NAME, dataset);
      expect(offsite).toEqual([]);
    });
  }
});

test.describe('milestone-status files that used to freeze the key-work section', () => {
  const inputs: { name: string; file: string; make: () => string }[] = [
    { name: 'a 200 KB status file nested 100,000 deep', file: 'deep-progress.json', make: () => deepStatusFile(100_000) },
    { name: 'a status file naming 150,000 unknown steps', file: 'unknown-progress.json', make: () => unknownIdsStatusFile(150_000) },
  ];
  for (const input of inputs) {
    test(`${input.name}: a message, nothing recorded changes, no freeze`, async ({ page, offsiteRequests, pageErrors }) => {
      void offsiteRequests;
      void pageErrors;
      const offsite = watchRequests(page);
      await observeLongTasks(page);
      await page.goto('./?s=key-work');
      const keyWork = page.locator('#key-work');
      const picker = keyWork.getByLabel('导入进度…');
      await expect(picker).toBeAttached();
      const path = file(input.file, input.make);
      await withinOneSecond(page, input.name, async () => {
        await picker.setInputFiles(path);
        await expect(keyWork.getByRole('alert').or(keyWork.getByRole('region', { name: `导入 ${input.file}？` }))).toBeVisible({ timeout: 60_000 });
      });
      await expect(keyWork.getByText(/已导入/)).toHaveCount(0);
      await expect(heading(page)).toHaveText('芦山县社会保险事务中心');
      expect(offsite).toEqual([]);
    });
  }
});
