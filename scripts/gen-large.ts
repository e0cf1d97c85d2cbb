/**
 * Writes a deterministic large budget (a city education bureau with hundreds of schools:
 * 25 类, 200 款, 5,000 项, 200 key-work items with 1,000 milestones) and a library of 200
 * small datasets (a finance bureau's archive), for the benchmark (`npm run bench`).
 *
 * Usage: tsx scripts/gen-large.ts [outDir]   (default bench-results/data, git-ignored)
 *
 * The same seed always gives the same bytes. Amounts are drawn as integers of 0.01 万元
 * and summed as integers, so every parent equals the sum of its children exactly and the
 * file passes validation; a few stated shares are deliberately off so the checks have
 * something to report, as in real documents.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBudgetText } from '../src/data/parseBudget';

export const LARGE_FILE = 'large-budget.json';
export const LIBRARY_DIR = 'library';
export const LIBRARY_SIZE = 200;

/** mulberry32: small, fast, and the same on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLASSES = [
  '一般公共服务支出',
  '外交支出',
  '国防支出',
  '公共安全支出',
  '教育支出',
  '科学技术支出',
  '文化旅游体育与传媒支出',
  '社会保障和就业支出',
  '卫生健康支出',
  '节能环保支出',
  '城乡社区支出',
  '农林水支出',
  '交通运输支出',
  '资源勘探工业信息等支出',
  '商业服务业等支出',
  '金融支出',
  '援助其他地区支出',
  '自然资源海洋气象等支出',
  '住房保障支出',
  '粮油物资储备支出',
  '灾害防治及应急管理支出',
  '其他支出',
  '债务付息支出',
  '债务发行费用支出',
  '国有资本经营预算支出',
];
const SECTIONS = ['行政运行', '一般行政管理事务', '机关服务', '普通教育', '职业教育', '特殊教育', '进修及培训', '事业运行'];
const DISTRICTS = ['城关', '东城', '西城', '南湖', '北山', '河口', '新区', '高新', '江北', '滨湖'];
const KINDS = ['第一小学', '第二小学', '实验小学', '第一中学', '第二中学', '实验中学', '幼儿园', '职业中学', '特殊教育学校', '教师进修学校'];
const ITEMS = ['运行保障', '校舍维修', '设备购置', '学生资助', '教师培训', '信息化建设', '食堂改造', '安全保卫', '图书购置', '课后服务'];
const STEPS = ['方案制定', '招标采购', '组织实施', '中期检查', '验收总结'];

/** An amount of 0.01 万元 written with the document's two decimals. */
const wan = (cents: number) => Number((cents / 100).toFixed(2));
const sumOf = (values: number[]) => values.reduce((a, b) => a + b, 0);

interface Node {
  code: string;
  name: string;
  amount: number;
  children?: Node[];
}

function functional(random: () => number, classes: number, sectionsPer: number, itemsPer: number): { nodes: Node[]; cents: number[] } {
  const cents: number[] = [];
  const nodes = CLASSES.slice(0, classes).map((className, c): Node => {
    const sections = SECTIONS.slice(0, sectionsPer).map((section, s): Node => {
      const items = Array.from({ length: itemsPer }, (_, i): Node & { cents: number } => {
        const school = `${DISTRICTS[(i + s) % DISTRICTS.length]}${KINDS[(i * 7 + c) % KINDS.length]}`;
        const value = 50 + Math.floor(random() ** 3 * 500_000);
        return {
          code: `${201 + c}${String(s + 1).padStart(2, '0')}${String(i + 1).padStart(3, '0')}`,
          name: `${school}${ITEMS[i % ITEMS.length]}${i + 1}`,
          amount: wan(value),
          cents: value,
        };
      });
      const sectionCents = sumOf(items.map((i) => i.cents));
      return {
        code: `${201 + c}${String(s + 1).padStart(2, '0')}`,
        name: section,
        amount: wan(sectionCents),
        children: items.map(({ cents: _c, ...rest }) => rest),
      };
    });
    const classCents = sumOf(sections.map((s) => Math.round(s.amount * 100)));
    cents.push(classCents);
    return { code: String(201 + c), name: className, amount: wan(classCents), children: sections };
  });
  return { nodes, cents };
}

function period(random: () => number, year: number, index: number): { end: string; start?: string; recurrence?: 'monthly' | 'quarterly' } {
  const month = 1 + Math.floor(random() * 12);
  const mm = String(month).padStart(2, '0');
  switch (index % 5) {
    case 0:
      return { end: `${year}-${mm}` };
    case 1:
      return { end: `${year}-${mm}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}` };
    case 2:
      return { end: `${year}-Q${1 + Math.floor(random() * 4)}` };
    case 3:
      return { start: `${year}-${String(Math.max(1, month - 3)).padStart(2, '0')}`, end: `${year}-${mm}` };
    default:
      return { end: `${year}-H2`, recurrence: random() < 0.5 ? 'monthly' : 'quarterly' };
  }
}

function keyWork(random: () => number, year: number, tasks: number, stepsPer: number) {
  return Array.from({ length: tasks }, (_, t) => {
    const school = `${DISTRICTS[t % DISTRICTS.length]}${KINDS[(t * 3) % KINDS.length]}`;
    const item = ITEMS[(t * 7) % ITEMS.length];
    return {
      id: `task-${t + 1}`,
      title: `${school}${item}工程（${t + 1}）`,
      summary: `推进${school}${item}，按季度报告进度，年底前完成验收。`,
      milestones: STEPS.slice(0, stepsPer).map((step, m) => ({ id: `task-${t + 1}-${m + 1}`, label: `${step}`, ...period(random, year, t + m) })),
      ...(t % 10 === 0 ? { figures: [{ label: '受益学生', value: 100 + Math.floor(random() * 5000), unit: '人' }] } : {}),
    };
  });
}

function budget(seed: number, opts: { name: string; year: number; classes: number; sectionsPer: number; itemsPer: number; tasks: number; stepsPer: number }) {
  const random = prng(seed);
  const { nodes, cents } = functional(random, opts.classes, opts.sectionsPer, opts.itemsPer);
  const total = sumOf(cents);
  const project = Math.floor(total * 0.35);
  const basic = total - project;
  const personnel = Math.floor(basic * 0.82);
  const carry = Math.floor(total * 0.04);
  const fund = Math.floor(total * 0.06);
  const shares = Object.fromEntries(nodes.map((n, i) => [n.name, Number((((cents[i] ?? 0) / total) * 100 + (i % 9 === 4 ? 0.3 : 0)).toFixed(2))]));
  const operating = Math.floor(total * 0.012);
  const previousOperating = Math.floor(operating * 0.93);
  return {
    formatVersion: 1,
    fiscalYear: opts.year,
    unit: '万元',
    department: { name: opts.name, functions: '负责全市各级各类学校的经费保障、教育事业发展规划与督导。', subordinateUnits: opts.itemsPer * 12 },
    total: wan(total),
    previousYear: { fiscalYear: opts.year - 1, total: wan(Math.floor(total * 0.94)), operatingExpenses: wan(previousOperating) },
    revenue: [
      { name: '一般公共预算拨款收入', amount: wan(total - carry - fund) },
      { name: '政府性基金预算拨款收入', amount: wan(fund) },
      { name: '上年结转', amount: wan(carry) },
    ],
    spending: { basic: wan(basic), project: wan(project), personnel: wan(personnel), publicOperating: wan(basic - personnel) },
    functional: nodes,
    threePublic: { total: wan(3_000), abroad: 0, reception: wan(1_200), vehiclePurchase: 0, vehicleOperation: wan(1_800) },
    operatingExpenses: wan(operating),
    procurement: wan(Math.floor(total * 0.08)),
    assets: { vehicles: 12, largeEquipment: 340 },
    staffing: { authorized: { total: 9_800 }, inService: { total: 9_412 }, retired: 3_120, offDutyRetired: 2 },
    keyWork: keyWork(random, opts.year, opts.tasks, opts.stepsPer),
    stated: {
      totalChange: wan(total - Math.floor(total * 0.94)),
      functionalSharesPct: shares,
      operatingExpensesChange: wan(operating - previousOperating),
      operatingExpensesGrowthPct: 7.53,
    },
    glossary: [
      { term: '基本支出', definition: '为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。' },
      { term: '项目支出', definition: '在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。' },
    ],
    source: { title: `${opts.name} ${opts.year} 年部门预算编制说明（基准测试用生成数据）` },
  };
}

/** The large budget: 25 类 × 8 款 × 25 项, 200 tasks × 5 milestones. */
export function largeBudget() {
  return budget(20210501, { name: '示例市教育局', year: 2021, classes: 25, sectionsPer: 8, itemsPer: 25, tasks: 200, stepsPer: 5 });
}

/** 200 small budgets: units and years as a finance bureau's archive holds them. */
export function libraryBudgets() {
  return Array.from({ length: LIBRARY_SIZE }, (_, i) =>
    budget(1000 + i, { name: `示例县第${i + 1}预算单位`, year: 2015 + (i % 8), classes: 3 + (i % 6), sectionsPer: 2, itemsPer: 3, tasks: 4, stepsPer: 3 }),
  );
}

function writeChecked(path: string, value: unknown): number {
  const text = JSON.stringify(value);
  const parsed = parseBudgetText(text);
  if (!parsed.ok) throw new Error(`${path} does not validate: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  writeFileSync(path, text);
  return text.length;
}

export function generate(outDir: string): { large: string; library: string[] } {
  mkdirSync(outDir, { recursive: true });
  const large = join(outDir, LARGE_FILE);
  const bytes = writeChecked(large, largeBudget());
  const libraryDir = join(outDir, LIBRARY_DIR);
  rmSync(libraryDir, { recursive: true, force: true });
  mkdirSync(libraryDir, { recursive: true });
  const library = libraryBudgets().map((b, i) => {
    const path = join(libraryDir, `dataset-${String(i + 1).padStart(3, '0')}.json`);
    writeChecked(path, b);
    return path;
  });
  console.log(`wrote ${large} (${(bytes / 1024).toFixed(0)} KB) and ${library.length} datasets in ${libraryDir}`);
  return { large, library };
}

if (import.meta.url === `file://${process.argv[1]}`) generate(process.argv[2] ?? 'bench-results/data');
