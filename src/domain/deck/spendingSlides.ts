/** Where the money goes: by function (类), basic vs project, personnel vs public. */
import { basicProjectSpec, functionalSpec, personnelPublicSpec } from '../charts/amountSpecs';
import type { SpecRow } from '../charts/spec';
import { resolveFilter } from '../categoryFilter';
import { findDefinition } from '../glossary';
import type { BudgetModel } from '../model';
import { staffingSummary } from '../staffing';
import { TERMS } from '../charts/terms';
import { defined, partClause, rowNote } from './clauses';
import type { DeckSlide, DeckText } from './types';
import { count, list, money, name, percent, text } from './values';

function unstatedClause(rows: readonly SpecRow[]): DeckText | undefined {
  const unstated = rows.filter((r) => r.value === undefined);
  return unstated.length > 0 ? text('say.unstated', { names: list(unstated.map(name)) }) : undefined;
}

/** Spending by 类; the active filter is highlighted in the chart and becomes the headline. */
export function spendingSlide(budget: BudgetModel, filterId: string | undefined): DeckSlide {
  const spec = functionalSpec(budget, filterId);
  const selection = resolveFilter(budget, filterId);
  const top = spec.rows.find((r) => r.value !== undefined && !r.isOther);
  const headline = selection
    ? { label: text('headline.filtered', { name: name(selection.node) }), value: money(selection.amount) }
    : top
      ? { label: text('headline.largest', { name: name(top) }), value: money(top.value) }
      : { label: text('headline.noCategories'), value: money(undefined) };
  const lead = selection
    ? text('say.filtered', { name: name(selection.node), amount: money(selection.amount), share: percent(selection.shareOfTotal) })
    : top
      ? text('say.largest', { name: name(top), amount: money(top.value), share: percent(top.share) })
      : text('say.noCategories');
  return {
    id: 'spending',
    title: text('slide.spending'),
    headline,
    takeaway: defined([lead, spec.rows.length > 1 ? text('say.classes', { n: count(spec.rows.length) }) : undefined, unstatedClause(spec.rows)]),
    figure: { title: text('figure.functional.title'), subtitle: text('figure.functional.subtitle'), visual: { kind: 'amount', spec } },
    notes: spec.rows.map(rowNote),
  };
}

function definitionNote(budget: BudgetModel, term: string): DeckText | undefined {
  const entry = findDefinition(budget.glossary, term);
  return entry ? text('note.definition', { term: name({ name: entry.term, nameEn: entry.termEn }), definition: name({ name: entry.definition }) }) : undefined;
}

export function basicProjectSlide(budget: BudgetModel): DeckSlide {
  const spec = basicProjectSpec(budget);
  const [basic, project] = spec.rows;
  return {
    id: 'basicProject',
    title: text('slide.basicProject'),
    headline: { label: text('headline.part', { name: name(basic ?? TERMS.basic) }), value: money(basic?.value) },
    takeaway: defined([partClause(basic), partClause(project)]),
    figure: { title: text('figure.basicProject.title'), subtitle: text('figure.basicProject.subtitle'), visual: { kind: 'amount', spec } },
    notes: defined([definitionNote(budget, '基本支出'), definitionNote(budget, '项目支出')]),
  };
}

export function personnelPublicSlide(budget: BudgetModel): DeckSlide {
  const spec = personnelPublicSpec(budget);
  const [personnel, publicOperating] = spec.rows;
  const perPerson = staffingSummary(budget);
  return {
    id: 'personnelPublic',
    title: text('slide.personnelPublic'),
    headline: { label: text('headline.part', { name: name(personnel ?? TERMS.personnel) }), value: money(personnel?.value) },
    takeaway: defined([partClause(personnel, 'say.partOfBasic'), partClause(publicOperating)]),
    figure: { title: text('figure.personnelPublic.title'), subtitle: text('figure.personnelPublic.subtitle'), visual: { kind: 'amount', spec } },
    notes: defined([
      ...spec.rows.map(rowNote),
      perPerson.personnelPerPerson !== undefined
        ? text('note.personnelPerPerson', { amount: money(perPerson.personnelPerPerson), people: count(perPerson.inService) })
        : undefined,
    ]),
  };
}
