import { describe, expect, it } from 'vitest';
import { drillSpec, drillTrail } from '@/domain/charts/drillSpec';
import { emptyClasses, itemRows, itemTotal } from '@/domain/charts/itemRows';
import type { BudgetModel, CategoryNode } from '@/domain/model';
import { toFen } from '@/domain/money';
import { seed } from '../support/seed';

const budget = seed.model;
const wan = (v: number) => toFen(v, '万元');
const SOCIAL = '社会保障和就业支出';
const RETIREMENT = `${SOCIAL}›行政事业单位离退休`;
const GENERAL = '一般公共服务支出';

const names = (rows: { name: string }[]) => rows.map((r) => r.name);

/** A 类 with `count` 项 under one 款, amounts count, count−1, … 1 万元. */
function wideBudget(count: number): BudgetModel {
  const items: CategoryNode[] = Array.from({ length: count }, (_, i) => ({
    id: `大类›大款›项${i + 1}`,
    name: `项${i + 1}`,
    amount: wan(count - i),
    depth: 2,
    children: [],
  }));
  const kuan: CategoryNode = { id: '大类›大款', name: '大款', depth: 1, children: items };
  const lei: CategoryNode = { id: '大类', name: '大类', depth: 0, children: [kuan] };
  const tops: CategoryNode[] = Array.from({ length: count }, (_, i) => ({ id: `类${i + 1}`, name: `类${i + 1}`, amount: wan(i + 1), depth: 0, children: [] }));
  return { ...budget, functional: [lei, ...tops] };
}

describe('drillSpec at the top level', () => {
  it('lists the 类 largest first, 教育支出 (no amount) last and undefined, never 0', () => {
    const spec = drillSpec(budget);
    expect(names(spec.rows)).toEqual([GENERAL, SOCIAL, '住房保障支出', '卫生健康支出', '教育支出']);
    expect(spec.rows.map((r) => r.value)).toEqual([wan(69.21), wan(23.49), wan(10.7), wan(5.85), undefined]);
    expect(spec.rows[1]?.share).toBeCloseTo(21.5, 2);
    expect(spec.rows[4]?.share).toBeUndefined();
    expect(spec.trail).toEqual([]);
  });

  it('marks the filtered branch selected and dims the rest; a 项 filter selects its 类', () => {
    const bySocial = drillSpec(budget, SOCIAL);
    expect(bySocial.rows.filter((r) => r.selected).map((r) => r.name)).toEqual([SOCIAL]);
    expect(bySocial.rows.filter((r) => r.dimmed)).toHaveLength(4);
    const byItem = drillSpec(budget, `${RETIREMENT}›未归口管理的行政单位离退休`);
    expect(byItem.rows.find((r) => r.selected)?.name).toBe(SOCIAL);
  });

  it('ignores a filter that names no category', () => {
    expect(drillSpec(budget, '不存在').rows.some((r) => r.selected || r.dimmed)).toBe(false);
  });

  it('folds past 12 marks into 其他, keeping a selected row from the tail', () => {
    const wide = wideBudget(20);
    const spec = drillSpec(wide, '类1');
    expect(spec.rows).toHaveLength(12);
    expect(spec.rows.at(-1)).toMatchObject({ name: '其他', isOther: true, dimmed: true });
    expect(spec.rows.some((r) => r.name === '类1' && r.selected)).toBe(true);
  });
});

describe('drillSpec inside a 类', () => {
  it('shows each 款 with its 项; a 款 without amount rolls up from its 项 (69.21)', () => {
    const spec = drillSpec(budget, GENERAL, GENERAL);
    expect(spec.grouped).toBe(true);
    expect(names(spec.rows)).toEqual(['人力资源和社会保障管理事务', '行政运行', '一般行政管理事务']);
    expect(spec.rows.map((r) => r.value)).toEqual([wan(69.21), wan(69.21), 0]);
    expect(spec.rows.map((r) => r.nested ?? false)).toEqual([false, true, true]);
    expect(spec.rows[0]).toMatchObject({ depth: 1, drillable: true });
    expect(spec.rows[1]).toMatchObject({ depth: 2, drillable: false });
  });

  it('reports when the 款 add up to something other than the 类 states (23.48 vs 23.49)', () => {
    expect(drillSpec(budget, SOCIAL, SOCIAL).mismatch).toEqual({ stated: wan(23.49), partsSum: wan(23.48) });
    expect(drillSpec(budget, GENERAL, GENERAL).mismatch).toBeUndefined();
    expect(drillSpec(budget).mismatch).toBeUndefined();
  });

  it('does not single anything out when the filter is the 类 itself, and highlights a 项 filter', () => {
    expect(drillSpec(budget, SOCIAL, SOCIAL).rows.some((r) => r.selected || r.dimmed)).toBe(false);
    const spec = drillSpec(budget, `${RETIREMENT}›机关事业单位基本养老保险缴费支出`, SOCIAL);
    expect(spec.rows.filter((r) => r.selected).map((r) => r.name)).toEqual(['行政事业单位离退休', '机关事业单位基本养老保险缴费支出']);
    expect(spec.rows.filter((r) => r.dimmed).map((r) => r.name)).toEqual(['未归口管理的行政单位离退休']);
  });

  it('shows only the 款 (folded) when 款 and 项 together exceed 12 marks, and the 项 inside a 款', () => {
    const wide = wideBudget(30);
    const inLei = drillSpec(wide, '大类', '大类');
    expect(inLei.grouped).toBe(false);
    expect(names(inLei.rows)).toEqual(['大款']);
    expect(inLei.rows[0]?.value).toBe(wan((30 * 31) / 2));
    const inKuan = drillSpec(wide, '大类›大款', '大类›大款');
    expect(inKuan.rows).toHaveLength(12);
    expect(names(inKuan.rows.slice(0, 2))).toEqual(['项1', '项2']);
    expect(inKuan.rows.at(-1)).toMatchObject({ isOther: true, value: wan(190), depth: 2, drillable: false });
  });
});

describe('drillTrail', () => {
  it('keeps the drill level when the filter lies within it', () => {
    expect(names(drillTrail(budget, SOCIAL, `${RETIREMENT}›未归口管理的行政单位离退休`))).toEqual([SOCIAL]);
    expect(names(drillTrail(budget, RETIREMENT, RETIREMENT))).toEqual([SOCIAL, '行政事业单位离退休']);
  });

  it('moves up to what contains the filter when it is set elsewhere or cleared', () => {
    expect(drillTrail(budget, SOCIAL, '卫生健康支出')).toEqual([]);
    expect(names(drillTrail(budget, RETIREMENT, SOCIAL))).toEqual([SOCIAL]);
    expect(drillTrail(budget, SOCIAL, undefined)).toEqual([]);
  });

  it('shows a leaf within its parent', () => {
    const leaf = `${RETIREMENT}›未归口管理的行政单位离退休`;
    expect(names(drillTrail(budget, leaf, leaf))).toEqual([SOCIAL, '行政事业单位离退休']);
    expect(drillTrail(budget, '教育支出', '教育支出')).toEqual([]);
  });
});

describe('itemRows', () => {
  it('lists every 项 with its path, largest first, and the purpose text', () => {
    const rows = itemRows(budget);
    expect(rows).toHaveLength(7);
    expect(rows[0]).toMatchObject({ name: '行政运行', value: wan(69.21) });
    expect(names(rows[0]!.path)).toEqual([GENERAL, '人力资源和社会保障管理事务']);
    expect(rows[0]?.purpose).toMatch(/^单位正常运转的基本支出/);
    // 教育支出, a 类 with neither amount nor breakdown, is not a line of spending.
    expect(names(rows)).not.toContain('教育支出');
    expect(names(emptyClasses(budget))).toEqual(['教育支出']);
    expect(itemTotal(budget, rows)).toEqual({ sum: wan(109.23), stated: wan(109.25) });
    expect(itemTotal(budget, itemRows(budget, SOCIAL), SOCIAL)).toEqual({ sum: wan(23.48), stated: wan(23.49) });
  });

  it('keeps only the lines under the filter', () => {
    const rows = itemRows(budget, SOCIAL);
    expect(names(rows)).toEqual(['未归口管理的行政单位离退休', '机关事业单位基本养老保险缴费支出']);
    expect(rows.map((r) => r.value)).toEqual([wan(14.18), wan(9.3)]);
    expect(itemRows(budget, '不存在')).toHaveLength(7);
  });
});
