import { describe, expect, it } from 'vitest';
import { hasCounts, staffingSpec } from '@/domain/charts/staffingSpec';
import { toFen } from '@/domain/money';
import { perPerson, perPersonMeaningful, roundForDisplay, staffingByKind, staffingSummary } from '@/domain/staffing';
import type { BudgetModel } from '@/domain/model';
import { seed } from '../support/seed';

const budget = seed.model;
const without = (patch: Partial<BudgetModel>): BudgetModel => ({ ...budget, ...patch });

describe('staffingSummary', () => {
  it('states 12 posts, 9 in service, so 3 vacant, with 3 retired and 3 off-duty retired', () => {
    const s = staffingSummary(budget);
    expect(s).toMatchObject({ authorized: 12, inService: 9, vacant: 3, retired: 3, offDutyRetired: 3 });
    expect(s.overAuthorized).toBeUndefined();
  });

  it('divides in exact 分: 109.25 万元 / 9 = 12138889 分 (12.14 万元), 98.19 万元 / 9 = 10.91 万元', () => {
    const s = staffingSummary(budget);
    expect(s.budgetPerPerson).toBe(12_138_889);
    expect(s.personnelPerPerson).toBe(toFen(10.91, '万元'));
    expect(roundForDisplay(s.budgetPerPerson!, '万元')).toBe(toFen(12.14, '万元'));
    expect(roundForDisplay(s.budgetPerPerson!, '元')).toBe(12_138_889);
  });

  it('divides a filtered amount by the people in service', () => {
    expect(staffingSummary(budget, toFen(23.49, '万元')).budgetPerPerson).toBe(2_610_000);
  });

  it('keeps missing staffing undefined and never divides by 0', () => {
    const none = staffingSummary(without({ staffing: undefined }));
    expect(none).toEqual({});
    const nobody = staffingSummary(without({ staffing: { authorized: { total: 2 }, inService: { total: 0 } } }));
    expect(nobody.vacant).toBe(2);
    expect(nobody.budgetPerPerson).toBeUndefined();
    expect(perPerson(toFen(1, '万元'), 0)).toBeUndefined();
    expect(perPerson(undefined, 9)).toBeUndefined();
  });

  it('reports people above the authorized posts instead of a negative vacancy', () => {
    const s = staffingSummary(without({ staffing: { authorized: { total: 5 }, inService: { total: 7 } } }));
    expect(s.vacant).toBeUndefined();
    expect(s.overAuthorized).toBe(2);
  });
});

describe('staffingByKind', () => {
  it('lists the kinds the document states: 行政 0/0, 参公事业 12/9, 工勤 0/0', () => {
    expect(staffingByKind(budget)).toEqual([
      { kind: 'administrative', authorized: 0, inService: 0 },
      { kind: 'civilServantManaged', authorized: 12, inService: 9 },
      { kind: 'worker', authorized: 0, inService: 0 },
    ]);
  });
});

describe('staffingSpec', () => {
  it('draws authorized, in service, vacant, retired and off-duty retired in 人', () => {
    const spec = staffingSpec(budget);
    expect(spec.rows.map((r) => [r.key, r.value])).toEqual([
      ['authorized', 12],
      ['inService', 9],
      ['vacant', 3],
      ['retired', 3],
      ['offDutyRetired', 3],
    ]);
  });

  it('leaves unstated rows without a value and drops the vacancy it cannot compute', () => {
    const spec = staffingSpec(without({ staffing: { inService: { total: 9 } } }));
    expect(spec.rows.map((r) => r.key)).toEqual(['authorized', 'inService', 'retired', 'offDutyRetired']);
    expect(spec.rows.find((r) => r.key === 'authorized')?.value).toBeUndefined();
    expect(hasCounts(spec)).toBe(true);
    expect(hasCounts(staffingSpec(without({ staffing: undefined })))).toBe(false);
  });
});

describe('perPersonMeaningful', () => {
  it('divides spending on the staff, not retirees’ money or 社会保障和就业', () => {
    expect(perPersonMeaningful([{ name: '卫生健康支出', code: '210' }])).toBe(true);
    expect(perPersonMeaningful([{ name: '一般公共服务支出', code: '201' }, { name: '人力资源和社会保障管理事务' }])).toBe(true);
    expect(perPersonMeaningful([{ name: '社会保障和就业支出', code: '208' }])).toBe(false);
    expect(perPersonMeaningful([{ name: '社会保障和就业支出' }])).toBe(false);
    expect(perPersonMeaningful([{ name: '一般公共服务支出' }, { name: '离退休人员管理' }])).toBe(false);
    expect(perPersonMeaningful([])).toBe(true);
  });
});
