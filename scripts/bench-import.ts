/**
 * npm run bench:import
 * Times the importer on a 100-page explanation generated deterministically (same
 * text every run): the seed's structure grown to ~1,500 characters a page, with
 * many key-work items, 类/款/项 lines and glossary entries, torn lines and page
 * breaks. Budget: under 200 ms of CPU time (median). Exits 1 when over it.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { importExplanation } from '../src/importer';

const PAGES = 100;
const CHARS_PER_PAGE = 1500;
const BUDGET_MS = 200;

/** mulberry32: a small seeded PRNG, so the document is the same every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20210101);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const amount = (): string => (random() * 500).toFixed(2);
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const cn = (n: number): string => (n <= 10 ? CN[n - 1]! : n < 20 ? `十${CN[n - 11] ?? ''}` : `${CN[Math.floor(n / 10) - 1]}十${CN[(n % 10) - 1] ?? ''}`);
const FILLER = [
  '强化部门联动，定期召开工作推进会',
  '制定专项行动计划，责任落实到人',
  '加强业务培训，提升经办服务水平',
  '完善工作台账，做好信息公开',
  '严格执行财经纪律，确保资金安全',
];
const DATES = ['3 月底前', '1-3 月', '3 月至 6 月', '每个季度', '每月', '6 月前', '预计 4 月', '上半年', '9 月 30 日前', '年底前'];
const CLASSES = ['一般公共服务', '社会保障和就业', '卫生健康', '住房保障', '农林水', '教育'];

function generate(): string {
  const out: string[] = [
    '# 基准测试中心 2021 年部门预算编制说明',
    '',
    '## 一、基本职能及主要工作',
    '',
    '### （一）职能简介',
    '',
    '负责基准测试。',
    '',
    '### （二）2021 年重点工作',
    '',
  ];
  for (let i = 1; i <= 60; i++) {
    const body = Array.from({ length: 8 }, () => `${pick(DATES)}${pick(FILLER)}，共 ${Math.floor(random() * 300)} 人`).join('。');
    // A page break in the middle of every fifth item, as PDF exports have.
    const text = `（${cn(i)}）重点任务${i}。${body}。`;
    out.push(i % 5 === 0 ? `${text.slice(0, 40)}\n\n\f- ${i} -\n${text.slice(40)}` : text, '');
  }
  out.push(
    '## 二、收支预算情况说明',
    '',
    '基准测试中心 2021 年收支总预算 1,234.56 万元，比 2020 年收支预算总数 1,200.00 万元增加 34.56 万元，主要原因是业务量增加。',
    '',
  );
  out.push('2021 年收入预算 1,234.56 万元，其中：一般公共预算拨款收入 1,134.56 万元，占 91.9%；上年结转 100 万元，占 8.1%。', '');
  out.push('## 三、一般公共预算当年拨款具体使用情况', '');
  let n = 0;
  let length = out.join('\n').length;
  while (length < PAGES * CHARS_PER_PAGE - 3_000) {
    n++;
    const line = `${n}. ${pick(CLASSES)}(类)款目${n}(款)项目${n}(项) 2021 年预算数为 ${amount()} 万元，主要用于：${pick(FILLER)}，${pick(FILLER)}。`;
    out.push(line, '');
    length += line.length + 2;
  }
  out.push('## 四、名词解释', '');
  for (let i = 1; i <= 80; i++) out.push(`（${cn((i % 90) + 1)}）术语${i}：指${pick(FILLER)}的支出。`, '');
  return out.join('\n');
}

const text = generate();
if (process.env.BENCH_DUMP) writeFileSync(process.env.BENCH_DUMP, text);

// Wall time on a shared machine includes other processes; CPU time of this process is the figure that
// says what the importer costs, so both are printed and the budget is checked on CPU time.
const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < 25; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = importExplanation(text);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  if (i === 0 && !result.report.ok) throw new Error(`benchmark document did not import: ${result.report.error?.message}`);
  if (i < 5) continue; // the first runs warm the JIT
  wall.push(ms);
  cpu.push((c.user + c.system) / 1000);
}
const stats = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)]!.toFixed(1)} ms (min ${s[0]!.toFixed(1)}, max ${s[s.length - 1]!.toFixed(1)})`;
};
const medianCpu = [...cpu].sort((a, b) => a - b)[Math.floor(cpu.length / 2)]!;
console.log(
  `importExplanation on ${text.length.toLocaleString('en')} characters (${(text.length / CHARS_PER_PAGE).toFixed(0)} pages of ${CHARS_PER_PAGE}), ${cpu.length} runs:`,
);
console.log(`  CPU time  ${stats(cpu)}`);
console.log(`  wall time ${stats(wall)}  (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`);
console.log(medianCpu < BUDGET_MS ? `PASS: under ${BUDGET_MS} ms` : `FAIL: over ${BUDGET_MS} ms`);

// Hostile layout (issue 14): 600 KB of lines torn by blank lines, which once took 56 s.
for (const [label, piece] of [
  ['"x\\n\\n"', 'x\n\n'],
  ['"字\\n\\n"', '字\n\n'],
] as const) {
  const torn = piece.repeat(200_000);
  const c0 = process.cpuUsage();
  importExplanation(torn);
  const c = process.cpuUsage(c0);
  console.log(`  ${label} × 200,000 (${(torn.length / 1000).toFixed(0)} K characters): CPU ${((c.user + c.system) / 1000).toFixed(0)} ms`);
}
process.exitCode = medianCpu < BUDGET_MS ? 0 : 1;
