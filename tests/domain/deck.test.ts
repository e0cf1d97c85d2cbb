import { describe, expect, it } from 'vitest';
import { buildDeck, slideIndex, type DeckSlide, type DeckValue } from '@/domain/deck';
import { toFen } from '@/domain/money';
import { categoryAt, modelOf } from '../data/budgetVariants';
import { seed } from '../support/seed';

const wan = (v: number) => toFen(v, '万元');
const slide = (slides: DeckSlide[], id: DeckSlide['id']) => {
  const found = slides.find((s) => s.id === id);
  if (!found) throw new Error(`no slide ${id}`);
  return found;
};
const moneyOf = (value: DeckValue) => (value.kind === 'money' ? value.value : undefined);

describe('buildDeck on the seed', () => {
  const deck = buildDeck(seed.model);

  it('presents the sections in order, one slide each', () => {
    expect(deck.map((s) => s.id)).toEqual([
      'title',
      'overview',
      'spending',
      'basicProject',
      'personnelPublic',
      'staffing',
      'keyWork',
      'cohorts:transition-pensions',
      'threePublic',
      'findings',
    ]);
  });

  it('gives each slide one headline figure taken from the dashboard specs', () => {
    expect(moneyOf(slide(deck, 'title').headline.value)).toBe(wan(109.25));
    expect(slide(deck, 'overview').headline.value).toEqual({ kind: 'money', value: wan(26.17), signed: true });
    expect(moneyOf(slide(deck, 'spending').headline.value)).toBe(wan(69.21));
    expect(slide(deck, 'spending').headline.label.values?.name).toEqual({ kind: 'name', name: '一般公共服务支出', nameEn: 'General public services' });
    expect(moneyOf(slide(deck, 'basicProject').headline.value)).toBe(wan(109.25));
    expect(moneyOf(slide(deck, 'personnelPublic').headline.value)).toBe(wan(98.19));
    // One error; the 0.01 万元 rounding is not counted as one.
    expect(slide(deck, 'findings').headline.value).toEqual({ kind: 'text', text: { key: 'figure.items', values: { n: { kind: 'count', value: 1 } } } });
    expect(slide(deck, 'staffing').headline.value).toEqual({
      kind: 'text',
      text: { key: 'figure.peopleOf', values: { inService: { kind: 'count', value: 9 }, authorized: { kind: 'count', value: 12 } } },
    });
    expect(slide(deck, 'keyWork').headline.value).toEqual({ kind: 'text', text: { key: 'figure.tasks', values: { n: { kind: 'count', value: 11 } } } });
    expect(slide(deck, 'cohorts:transition-pensions').headline.value).toEqual({ kind: 'quantity', value: 207, unit: '人' });
    expect(moneyOf(slide(deck, 'threePublic').headline.value)).toBe(wan(0.1));
  });

  it('counts the 中人 paid by each month from the steps that cover each group: 160 by April, all 207 by June', () => {
    const cohorts = slide(deck, 'cohorts:transition-pensions');
    expect(cohorts.takeaway.map((c) => [c.key, c.values?.month, c.values?.n])).toEqual([
      ['say.cohortMonth', { kind: 'month', value: 4 }, { kind: 'quantity', value: 160, unit: '人' }],
      ['say.cohortMonth', { kind: 'month', value: 6 }, { kind: 'quantity', value: 207, unit: '人' }],
    ]);
    const visual = cohorts.figure?.visual;
    expect(visual?.kind === 'counts' && visual.rows.map((r) => r.value)).toEqual([0, 0, 0, 160, 160, 207]);
  });

  it('puts every key-work task on the timeline, undated ones without marks, and names the first deadline', () => {
    const keyWork = slide(deck, 'keyWork');
    const visual = keyWork.figure?.visual;
    expect(visual?.kind === 'timeline' && visual.lanes).toHaveLength(11);
    expect(visual?.kind === 'timeline' && visual.lanes.filter((l) => l.marks.length === 0).map((l) => l.key)).toEqual([
      'tax-handover',
      'landless-farmers',
      'arrears',
      'fee-cuts',
      'legacy-issues',
    ]);
    expect(keyWork.takeaway[0]?.values).toEqual({ tasks: { kind: 'count', value: 11 }, dated: { kind: 'count', value: 6 } });
    expect(keyWork.takeaway[1]?.values?.month).toEqual({ kind: 'month', value: 2 });
  });

  it('says the “三公” money is all reception and that travel abroad is not in the budget (not 0)', () => {
    const other = slide(deck, 'threePublic');
    expect(other.takeaway[0]).toMatchObject({ key: 'say.threePublicAll', values: { total: { value: wan(0.1) }, name: { name: '公务接待费' } } });
    expect(other.takeaway[1]).toMatchObject({ key: 'say.operating', values: { amount: { value: wan(11.06) } } });
    const visual = other.figure?.visual;
    expect(visual?.kind === 'amount' && visual.valueLabels).toEqual(new Map([['abroad', { key: 'value.notBudgeted' }]]));
    expect(other.notes.map((n) => n.key)).toContain('note.operatingGrowthDiffers');
  });

  it('says basic spending is all of it and there is no project spending (stated as 0, not missing)', () => {
    const basic = slide(deck, 'basicProject');
    expect(basic.takeaway.map((c) => c.key)).toEqual(['say.part', 'say.none']);
    expect(basic.takeaway[0]?.values).toMatchObject({ amount: { value: wan(109.25) }, share: { value: 100 } });
  });

  it('names 教育支出 as listed without an amount instead of drawing it as 0', () => {
    const spending = slide(deck, 'spending');
    expect(spending.takeaway.map((c) => c.key)).toEqual(['say.largest', 'say.classes', 'say.unstated']);
    expect(spending.takeaway[2]?.values?.names).toEqual({ kind: 'list', items: [{ kind: 'name', name: '教育支出', nameEn: 'Education' }] });
    const chart = spending.figure?.visual;
    expect(chart?.kind === 'amount' && chart.spec.rows.map((r) => r.value)).toEqual([wan(69.21), wan(23.49), wan(10.7), wan(5.85), undefined]);
  });

  it('draws last year against this year on the overview, from the stated totals', () => {
    const visual = slide(deck, 'overview').figure?.visual;
    expect(visual?.kind === 'amount' && visual.spec.rows.map((r) => [r.key, r.value])).toEqual([
      ['2020', wan(83.08)],
      ['2021', wan(109.25)],
    ]);
    expect(slide(deck, 'overview').takeaway[0]).toMatchObject({ key: 'say.changeUp', values: { change: { value: wan(26.17) } } });
  });

  it('lists the error first, then the rounding difference where it shows, then the missing amount, on the checks slide', () => {
    const checks = slide(deck, 'findings');
    const visual = checks.figure?.visual;
    expect(visual?.kind === 'checks' && visual.rows.map((r) => [r.id, r.status])).toEqual([
      ['growth:operatingExpenses', 'error'],
      ['rollup:社会保障和就业支出', 'rounding'],
      ['rollup:卫生健康支出', 'rounding'],
      ['sum:leaves', 'rounding'],
      ['missing:教育支出', 'missing'],
    ]);
    expect(checks.takeaway[0]).toMatchObject({
      key: 'say.findings',
      values: { checked: { value: 22 }, errors: { value: 1 }, rounding: { value: 1 }, missing: { value: 1 } },
    });
    expect(checks.notes).toHaveLength(5);
  });
});

describe('buildDeck follows the category filter', () => {
  it('makes the filtered category the spending headline and highlights it', () => {
    const deck = buildDeck(seed.model, { filterId: '社会保障和就业支出' });
    const spending = slide(deck, 'spending');
    expect(moneyOf(spending.headline.value)).toBe(wan(23.49));
    expect(spending.takeaway[0]).toMatchObject({ key: 'say.filtered', values: { share: { kind: 'percent' } } });
    const visual = spending.figure?.visual;
    expect(visual?.kind === 'amount' && visual.spec.rows.filter((r) => r.selected).map((r) => r.key)).toEqual(['社会保障和就业支出']);
  });

  it('puts the checks about the filtered category first', () => {
    const deck = buildDeck(seed.model, { filterId: '卫生健康支出' });
    const visual = slide(deck, 'findings').figure?.visual;
    expect(visual?.kind === 'checks' && visual.rows[0]?.id).toBe('rollup:卫生健康支出');
  });
});

describe('buildDeck on other budgets', () => {
  it('leaves out the slides a budget has nothing for', () => {
    const bare = buildDeck(
      modelOf((file) => {
        delete file.staffing;
        delete file.keyWork;
        delete file.threePublic;
        delete file.operatingExpenses;
      }),
    );
    expect(bare.map((s) => s.id)).toEqual(['title', 'overview', 'spending', 'basicProject', 'personnelPublic', 'findings']);
  });

  it('shows the revenue sources and says so when last year is not stated', () => {
    const deck = buildDeck(modelOf((file) => delete file.previousYear));
    const overview = slide(deck, 'overview');
    expect(overview.takeaway[0]?.key).toBe('say.noPrevious');
    expect(moneyOf(overview.headline.value)).toBe(wan(109.25));
    expect(overview.figure?.visual.kind === 'amount' && overview.figure.visual.spec.id).toBe('revenue');
  });

  it('describes project spending when there is some, and "not stated" when the file has none', () => {
    const withProject = buildDeck(
      modelOf((file) => {
        file.spending = { basic: 100, project: 9.25, personnel: 90, publicOperating: 10 };
      }),
    );
    expect(slide(withProject, 'basicProject').takeaway.map((c) => c.key)).toEqual(['say.part', 'say.part']);
    const unstated = buildDeck(modelOf((file) => delete file.spending.project));
    expect(slide(unstated, 'basicProject').takeaway.map((c) => c.key)).toEqual(['say.part', 'say.notStated']);
  });

  it('says all checks pass for a budget that agrees with itself', () => {
    const consistent = modelOf((file) => {
      categoryAt(file, '社会保障和就业支出', '行政事业单位离退休', '未归口管理的行政单位离退休').amount = 14.19;
      categoryAt(file, '卫生健康支出', '行政事业单位医疗', '公务员医疗补助').amount = 1.44;
      file.functional = file.functional.filter((c) => c.name !== '教育支出');
      file.stated!.operatingExpensesGrowthPct = 29.36;
    });
    const checks = slide(buildDeck(consistent), 'findings');
    expect(checks.takeaway[0]?.key).toBe('say.allPass');
    expect(checks.figure?.visual.kind === 'checks' && checks.figure.visual.rows).toEqual([]);
  });
});

describe('slideIndex', () => {
  const deck = buildDeck(seed.model);
  it('finds a slide by id or 1-based number, else the first', () => {
    expect(slideIndex(deck, 'spending')).toBe(2);
    expect(slideIndex(deck, '4')).toBe(3);
    expect(slideIndex(deck, '99')).toBe(0);
    expect(slideIndex(deck, undefined)).toBe(0);
  });
});
