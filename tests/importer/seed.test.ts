/** The seed explanation imports to the hand-made budget file, figure by figure. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBudgetText } from '@/data/parseBudget';
import { importExplanation } from '@/importer';
import { figureMap } from '@/importer/figureMap';

const seedText = readFileSync('tests/fixtures/explanations/lushan-shebao-2021.md', 'utf8');
const handMade = parseBudgetText(readFileSync('public/data/lushan-shebao-2021.json', 'utf8'));

/** Core paths of the contract (shared/budget-format.md) that carry a figure. */
const CORE =
  /^(?:total|previousYear\.(?:total|operatingExpenses)|revenue\[|spending\.|functional\[[^›]*\]$|threePublic\.|operatingExpenses$|procurement$|assets\.vehicles$|staffing\.(?:authorized\.total|inService\.total|retired|offDutyRetired)$)/;

describe('importing the seed explanation', () => {
  const result = importExplanation(seedText);
  if (!handMade.ok) throw new Error('the hand-made seed file no longer parses');
  // The hand-made file keeps 因公出国（境） only as a note; the text states it in words ("暂未编入年初部门预算"), which is 0.
  const expected = { ...figureMap(handMade.budget), 'threePublic.abroad': 0 };

  it('produces a budget file that passes validation', () => {
    expect(result.report.ok).toBe(true);
    expect(result.budget).toBeDefined();
  });

  it('equals the hand-made file path by path for every core figure', () => {
    const actual = figureMap(result.budget!);
    for (const [path, value] of Object.entries(expected)) expect({ path, value: actual[path] }).toEqual({ path, value });
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  });

  it('reads every core figure (25 at the core paths of the contract), 因公出国（境） 0 included, from its sentence in words', () => {
    const actual = figureMap(result.budget!);
    const core = Object.keys(expected).filter((p) => CORE.test(p));
    expect(core).toHaveLength(25);
    for (const path of core) expect({ path, value: actual[path] }).toEqual({ path, value: expected[path as keyof typeof expected] });
    const abroad = result.report.found.find((f) => f.path === 'threePublic.abroad')!;
    expect(abroad.provenance.sentence).toContain('因公出国（境）经费暂未编入年初部门预算');
  });

  it('keeps 教育支出 as a 类 whose amount the document does not state', () => {
    const education = result.budget!.functional.find((n) => n.name === '教育支出');
    expect(education).toBeDefined();
    expect(education!.amount).toBeUndefined();
    expect(education!.code).toBe('205');
  });

  it('finds the 11 key-work items with their dated steps', () => {
    const tasks = result.budget!.keyWork!;
    expect(tasks.map((t) => t.title)).toEqual(handMade.budget.keyWork!.map((t) => t.title));
    expect(tasks[1]!.milestones.map((m) => [m.start, m.end])).toEqual([
      ['2021-01', '2021-03'],
      ['2021-03', '2021-06'],
    ]);
    expect(tasks[6]!.milestones[0]).toMatchObject({ end: '2021-02', quantity: { value: 207, unit: '人' } });
  });

  it('gives every figure the sentence it came from', () => {
    const total = result.report.found.find((f) => f.path === 'total')!;
    expect(total.statements).toBe(3);
    expect(total.provenance.sentence).toContain('收支总预算 109.25 万元');
    expect(total.provenance.section).toContain('三、收支预算情况说明');
    const hundred = result.report.found.find((f) => f.path === 'functional.社会保障和就业支出›行政事业单位离退休›未归口管理的行政单位离退休')!;
    expect(hundred.value).toBe(14.18);
    expect(hundred.provenance.section).toContain('（三）一般公共预算当年拨款具体使用情况');
  });

  it('reads sentences torn by page breaks as one ("当年拨\\n\\n款", "基\\n\\n本医疗保险")', () => {
    const health = result.report.found.find((f) => f.path.endsWith('行政单位医疗#purpose'))!;
    expect(health.value).toBe('基本医疗保险缴费支出。');
    expect(result.report.found.find((f) => f.path === 'previousYear.fiscalAppropriation')?.value).toBe(83.08);
  });

  it('reports nothing missing, no conflicts', () => {
    expect(result.report.conflicts).toEqual([]);
    expect(result.report.notFound).toEqual([]);
  });
});
