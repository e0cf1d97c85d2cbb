/**
 * Hostile but small-to-write inputs, generated rather than committed: the budgets,
 * explanations and status files of issue 14, for the browser suite
 * (tests/e2e/hostile.spec.ts), the unit tests and the freeze bench (scripts/bench-hostile.ts).
 * Budgets are made from the seed, renamed so a test can tell them from what was shown before.
 */
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';

type Json = Record<string, unknown>;
type Category = { name: string; amount?: number; children?: Category[] };
type Task = { id: string; title: string; summary: string; milestones: { id: string; label: string; end: string }[] };

export const SEED_FILE = 'public/data/lushan-shebao-2021.json';
export const GENERATED_NAME = '生成的测试单位';

/** A form feed ends a CSS string: this would print FAKE after the overview heading if file text reached CSS unescaped. */
export const CSS_SPOOF = "X\f;}}} main h2:first-of-type::after{content:'FAKE';color:#b00}";

export function seedBudget(): Json {
  const budget = JSON.parse(readFileSync(SEED_FILE, 'utf8')) as Json;
  return { ...budget, department: { name: GENERATED_NAME }, source: { title: `${GENERATED_NAME} 2021 年部门预算编制说明` } };
}

/** n 类 side by side, or one 类 holding n − 1 款. */
export function manyCategories(n: number, shape: 'flat' | 'underOne'): Json {
  const leaf = (i: number): Category => ({ name: `类别${i}`, amount: 0.01 });
  const functional =
    shape === 'flat'
      ? Array.from({ length: n }, (_, i) => leaf(i))
      : [{ name: '社会保障和就业支出', children: Array.from({ length: n - 1 }, (_, i) => leaf(i)) }];
  return { ...seedBudget(), functional };
}

const step = (task: number, i: number) => ({ id: `m${task}-${i}`, label: `步骤${i}`, end: `2021-${String((i % 12) + 1).padStart(2, '0')}` });

/** One key-work item with n monthly steps. */
export function manyMilestones(n: number): Json {
  const task: Task = { id: 't0', title: '步骤很多的工作', summary: '', milestones: Array.from({ length: n }, (_, i) => step(0, i)) };
  return { ...seedBudget(), keyWork: [task] };
}

/** n key-work items of one step each. */
export function manyTasks(n: number): Json {
  const keyWork = Array.from({ length: n }, (_, i): Task => ({ id: `t${i}`, title: `重点工作${i}`, summary: '', milestones: [step(i, 0)] }));
  return { ...seedBudget(), keyWork };
}

/** A budget at several limits at once: 20,000 categories under one 类, 2,000 items of 5 steps (10,000 steps). */
export function atEveryLimit(): Json {
  const keyWork = (manyTasks(2_000).keyWork as Task[]).map((task) => ({ ...task, milestones: Array.from({ length: 5 }, (_, i) => ({ ...step(0, i), id: `${task.id}-${i}` })) }));
  return { ...manyCategories(20_000, 'underOne'), keyWork };
}

/** n revenue lines and n glossary terms. */
export function manyEntries(n: number): Json {
  const revenue = Array.from({ length: n }, (_, i) => ({ name: `收入${i}`, amount: 0.01 }));
  const glossary = Array.from({ length: n }, (_, i) => ({ term: `名词${i}`, definition: `解释${i}` }));
  return { ...seedBudget(), revenue, glossary };
}

export function cssSpoof(): Json {
  const budget = seedBudget();
  const [first, ...rest] = budget.functional as Category[];
  return { ...budget, department: { name: CSS_SPOOF }, source: { title: CSS_SPOOF }, functional: [{ ...first!, name: CSS_SPOOF }, ...rest] };
}

/** A vertical tab (Word's soft line break) in the unit's name and a 类, a lone surrogate in another 类. */
export function controlCharacters(): Json {
  const budget = seedBudget();
  const [first, second, ...rest] = budget.functional as Category[];
  const functional = [{ ...first!, name: `一般公共服务\uD800支出` }, { ...second!, name: `教育\u000B支出` }, ...rest];
  return { ...budget, department: { name: `测试\u000B单位` }, functional };
}

/** 类 named like Object.prototype's members. */
export function prototypeNames(): Json {
  const functional = ['constructor', 'toString', '__proto__'].map((name) => ({ name, amount: 1 }));
  return { ...seedBudget(), functional };
}

/** A milestone due on a day February does not have. */
export function impossibleDate(): Json {
  const budget = seedBudget();
  const [first, ...rest] = budget.keyWork as Task[];
  return { ...budget, keyWork: [{ ...first!, milestones: [{ id: 'feb-30', label: '二月三十日', end: '2021-02-30' }] }, ...rest] };
}

/** 600 KB of 'x' and blank lines: quadratic for a line splitter that re-scans what is pending. */
export const textBomb = (): string => 'x\n\n'.repeat(200_000);

/** A .docx whose document.xml inflates to `megabytes` MB of one repeated paragraph. */
export function docxBomb(megabytes: number): Uint8Array {
  const paragraph = '<w:p><w:r><w:t>x</w:t></w:r></w:p>';
  const body = paragraph.repeat(Math.ceil((megabytes * 1024 * 1024) / paragraph.length));
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      'word/document.xml': strToU8(xml),
    },
    { level: 9 },
  );
}

/** A milestone-status file for the seed with one value nested `depth` arrays deep. */
export function deepStatusFile(depth: number): string {
  const head = '{"format":"budget-lens-milestone-statuses","formatVersion":1,"dataset":{"department":"芦山县社会保险事务中心","fiscalYear":2021},"statuses":{"publicity-plan":{"status":"done","note":';
  return `${head}${'['.repeat(depth)}${']'.repeat(depth)}}}}`;
}

/** A milestone-status file for the seed naming `n` steps the budget does not have. */
export function unknownIdsStatusFile(n: number): string {
  const statuses: Record<string, { status: string }> = {};
  for (let i = 0; i < n; i++) statuses[`unknown-${i}`] = { status: 'done' };
  return JSON.stringify({ format: 'budget-lens-milestone-statuses', formatVersion: 1, dataset: { department: '芦山县社会保险事务中心', fiscalYear: 2021 }, statuses });
}
