/** The opening slides: the unit and its total, then the total against last year and where the money comes from. */
import { revenueSpec } from '../charts/amountSpecs';
import type { AmountSpec, SpecRow } from '../charts/spec';
import type { BudgetModel } from '../model';
import type { Fen } from '../money';
import { totalChange } from '../yearOverYear';
import { changeClause, defined, rowNote } from './clauses';
import type { DeckSlide, DeckText } from './types';
import { money, name, percent, text, year } from './values';

function sourceNote(budget: BudgetModel): DeckText {
  return text('note.source', { title: name({ name: budget.source.title }) });
}

export function titleSlide(budget: BudgetModel): DeckSlide {
  const functions = budget.department.functions;
  return {
    id: 'title',
    kicker: text('kicker.title', { year: year(budget.fiscalYear) }),
    title: text('slide.title', { name: name(budget.department) }),
    headline: { label: text('headline.total', { year: year(budget.fiscalYear) }), value: money(budget.total) },
    takeaway: [changeClause(totalChange(budget))],
    notes: defined([sourceNote(budget), functions ? text('note.functions', { text: name({ name: functions }) }) : undefined]),
  };
}

function yearRow(fiscalYear: number, value: Fen | undefined): SpecRow {
  return { key: String(fiscalYear), name: `${fiscalYear} 年`, nameEn: String(fiscalYear), ...(value !== undefined ? { value } : {}) };
}

/** Last year's and this year's total, as the document states them (no new arithmetic). */
export function totalByYearSpec(budget: BudgetModel): AmountSpec | undefined {
  const change = totalChange(budget);
  if (change.previousYear === undefined || change.previous === undefined) return undefined;
  return {
    id: 'totalByYear',
    kind: 'bar',
    rows: [yearRow(change.previousYear, change.previous), { ...yearRow(budget.fiscalYear, budget.total), selected: true }],
  };
}

function revenueClause(budget: BudgetModel): DeckText | undefined {
  const main = revenueSpec(budget).rows[0];
  if (main?.value === undefined || main.share === undefined) return undefined;
  return text('say.revenueMain', { name: name(main), share: percent(main.share) });
}

export function overviewSlide(budget: BudgetModel): DeckSlide {
  const change = totalChange(budget);
  const byYear = totalByYearSpec(budget);
  const revenue = revenueSpec(budget);
  const headline =
    byYear && change.change !== undefined && change.previousYear !== undefined
      ? { label: text('headline.change', { year: year(change.previousYear) }), value: money(change.change, true) }
      : { label: text('headline.total', { year: year(budget.fiscalYear) }), value: money(budget.total) };
  return {
    id: 'overview',
    title: text('slide.overview'),
    headline,
    takeaway: defined([changeClause(change), revenueClause(budget)]),
    figure: byYear
      ? { title: text('figure.totalByYear.title'), subtitle: text('figure.totalByYear.subtitle'), visual: { kind: 'amount', spec: byYear } }
      : {
          title: text('figure.revenue.title'),
          subtitle: text('figure.revenue.subtitle', { year: year(budget.fiscalYear) }),
          visual: { kind: 'amount', spec: revenue },
        },
    notes: defined([
      change.reason ? text('note.reason', { reason: name({ name: change.reason }) }) : undefined,
      ...revenue.rows.map(rowNote),
      sourceNote(budget),
    ]),
  };
}
