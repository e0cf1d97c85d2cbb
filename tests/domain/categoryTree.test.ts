import { describe, expect, it } from 'vitest';
import { categoryTrail, childrenSum, effectiveAmount, findCategory, flattenCategories, isWithin, leafCategories } from '@/domain/categoryTree';
import { toFen } from '@/domain/money';
import { seed } from '../support/seed';

const wan = (v: number) => toFen(v, '万元');
const tree = seed.model.functional;
const SOCIAL_RETIREMENT = '社会保障和就业支出›行政事业单位离退休';

describe('the seed category tree', () => {
  it('lists every 类, 款 and 项 depth first, parents before children', () => {
    const nodes = flattenCategories(tree);
    expect(nodes).toHaveLength(16);
    expect(nodes.slice(0, 5).map((n) => [n.name, n.depth])).toEqual([
      ['一般公共服务支出', 0],
      ['人力资源和社会保障管理事务', 1],
      ['行政运行', 2],
      ['一般行政管理事务', 2],
      ['教育支出', 0],
    ]);
  });

  it('finds a node and its trail by id', () => {
    expect(findCategory(tree, SOCIAL_RETIREMENT)?.name).toBe('行政事业单位离退休');
    expect(categoryTrail(tree, `${SOCIAL_RETIREMENT}›机关事业单位基本养老保险缴费支出`).map((n) => n.name)).toEqual([
      '社会保障和就业支出',
      '行政事业单位离退休',
      '机关事业单位基本养老保险缴费支出',
    ]);
    expect(categoryTrail(tree, '社会保障和就业支出›不存在')).toEqual([]);
    expect(findCategory(tree, undefined)).toBeUndefined();
  });

  it('rolls 项 up exactly: 14.18 + 9.3 = 23.48 万元 under a 款 that states no amount', () => {
    const retirement = findCategory(tree, SOCIAL_RETIREMENT)!;
    expect(retirement.amount).toBeUndefined();
    expect(childrenSum(retirement)).toBe(wan(23.48));
    expect(effectiveAmount(retirement)).toBe(wan(23.48));
    const social = findCategory(tree, '社会保障和就业支出')!;
    expect(effectiveAmount(social)).toBe(wan(23.49));
    expect(childrenSum(social)).toBe(wan(23.48));
  });

  it('never treats a missing amount as 0: 教育支出 has none, and a parent of it none either', () => {
    const education = findCategory(tree, '教育支出')!;
    expect(effectiveAmount(education)).toBeUndefined();
    expect(childrenSum(education)).toBeUndefined();
    expect(childrenSum({ id: 'x', name: 'x', depth: 0, children: [education, findCategory(tree, '住房保障支出')!] })).toBeUndefined();
  });

  it('keeps a stated 0 as 0', () => {
    expect(findCategory(tree, '一般公共服务支出›人力资源和社会保障管理事务›一般行政管理事务')?.amount).toBe(0);
  });

  it('takes the deepest line of each branch as its leaves', () => {
    expect(leafCategories(tree).map((n) => n.name)).toEqual([
      '行政运行',
      '一般行政管理事务',
      '教育支出',
      '未归口管理的行政单位离退休',
      '机关事业单位基本养老保险缴费支出',
      '行政单位医疗',
      '公务员医疗补助',
      '住房公积金',
    ]);
  });

  it('tells descendants from names that merely start alike', () => {
    expect(isWithin(SOCIAL_RETIREMENT, '社会保障和就业支出')).toBe(true);
    expect(isWithin('社会保障和就业支出', '社会保障和就业支出')).toBe(true);
    expect(isWithin('社会保障和就业支出', SOCIAL_RETIREMENT)).toBe(false);
    expect(isWithin('社会保障和就业支出其他', '社会保障和就业支出')).toBe(false);
  });
});

describe('finding a category by id', () => {
  it('walks the branch the id names, down to a 项', () => {
    const model = seed.model;
    const leaf = model.functional.flatMap((l) => l.children.flatMap((k) => k.children))[0];
    expect(leaf).toBeDefined();
    expect(findCategory(model.functional, leaf?.id)).toBe(leaf);
    expect(findCategory(model.functional, '社会保障和就业支出')?.name).toBe('社会保障和就业支出');
    expect(findCategory(model.functional, '没有这一类')).toBeUndefined();
  });
});
