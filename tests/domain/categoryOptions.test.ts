import { describe, expect, it } from 'vitest';
import { categoryOptions } from '@/domain/categoryOptions';
import type { CategoryNode } from '@/domain/model';

const node = (id: string, depth: number): CategoryNode => ({ id, name: id.split('›').at(-1)!, depth, children: [] });

describe('categoryOptions', () => {
  it('lists everything in tree order when it fits', () => {
    const all = [node('教育', 0), node('教育›普通教育', 1), node('教育›普通教育›小学', 2)];
    expect(categoryOptions(all, '', 5)).toEqual({ options: all, more: 0 });
  });

  it('lists only 类 and 款, at most the limit, when the budget is larger, and counts the rest', () => {
    const all = Array.from({ length: 1000 }, (_, i) => node(`类${i}›款›项${i}`, 2));
    all.unshift(node('类0', 0), node('类0›款', 1));
    const { options, more } = categoryOptions(all, '', 100);
    expect(options.map((n) => n.depth)).toEqual([0, 1]);
    expect(more).toBe(1000);
  });

  it('puts 类 before 款 before 项 among matches and caps them', () => {
    const all = [node('甲›学校', 1), node('甲›学校›学校一', 2), node('学校支出', 0), ...Array.from({ length: 200 }, (_, i) => node(`乙›学校›学校${i}`, 2))];
    const { options, more } = categoryOptions(all, ' 学校 ', 100);
    expect(options.slice(0, 2).map((n) => n.id)).toEqual(['学校支出', '甲›学校']);
    expect(options).toHaveLength(100);
    expect(more).toBe(103);
  });

  it('matches English names, ignoring case', () => {
    const all = [{ ...node('教育', 0), nameEn: 'Education' }];
    expect(categoryOptions(all, 'educ').options).toHaveLength(1);
  });
});
