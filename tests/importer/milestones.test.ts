// @vitest-environment node
/** Dated steps read from key-work text. */
import { describe, expect, it } from 'vitest';
import { findMilestones } from '@/importer/extract/milestones';
import { milestonePeriod } from '@/importer/figureMap';

const periods = (text: string): string[] => findMilestones(text, 2021, 't').map(milestonePeriod);

describe('findMilestones', () => {
  it.each([
    ['3 月底前分批组织培训', ['2021-03']],
    ['1-3月摸排，3月至6月下乡宣传', ['2021-01..2021-03', '2021-03..2021-06']],
    ['力争每个季度深入监管', ['2021-Q1..2021-Q4/quarterly']],
    ['每月评选服务之星', ['2021-01..2021-12/monthly']],
    ['力保 6 月前取得成效', ['2021-05']],
    ['预计 4 月兑现待遇', ['2021-04']],
    ['上半年完善计发基数', ['2021-H1']],
    ['6 月 30 日前完成检查，第三季度演练', ['2021-06-30', '2021-Q3']],
    ['年底前完成分类', ['2021-12']],
  ])('%s', (text, expected) => {
    expect(periods(text)).toEqual(expected);
  });

  it('attaches the one total quantity of the clause, not the yearly breakdown', () => {
    expect(periods('2月底前完成2018-2020年退休“中人”（共 207 人，2018 年 100 人，2019 年 60 人）基础数据清理')).toEqual(['2021-02#207人']);
  });

  it('reads no milestone from durations, other years, backwards ranges or guesses', () => {
    expect(periods('对连续欠费 2 个月的企业建立台账')).toEqual([]);
    expect(periods('2020 年 12 月开工，去年 5 月验收')).toEqual([]);
    expect(periods('6-3月')).toEqual([]);
    expect(periods('约 300 户回访于 5 月完成')).toEqual(['2021-05']);
  });
});
