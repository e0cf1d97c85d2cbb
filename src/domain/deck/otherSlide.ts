/** “三公”经费 by kind, with 机关运行经费 and the other matters the document reports. */
import { operatingGrowthCheck, threePublicSpec, type ThreePublicRow } from '../charts/threePublicSpec';
import type { BudgetModel } from '../model';
import { operatingExpensesChange } from '../yearOverYear';
import { changeClause, defined } from './clauses';
import type { DeckSlide, DeckText } from './types';
import { count, list, money, name, percent, text, year } from './values';

function threePublicClause(total: ThreePublicRow['value'], rows: readonly ThreePublicRow[]): DeckText {
  const spent = rows.filter((r) => r.value !== undefined && r.value > 0);
  const [only] = spent;
  if (spent.length === 1 && only && only.value === total) return text('say.threePublicAll', { total: money(total), name: name(only) });
  if (total === 0) return text('say.threePublicNone', { total: money(total) });
  return text('say.threePublicTotal', { total: money(total) });
}

function operatingClause(budget: BudgetModel): DeckText | undefined {
  const change = operatingExpensesChange(budget);
  if (change.current === undefined) return undefined;
  const versus = changeClause(change);
  return text('say.operating', { amount: money(change.current), change: { kind: 'text', text: versus } });
}

function operatingNote(budget: BudgetModel): DeckText | undefined {
  const check = operatingGrowthCheck(budget);
  const change = operatingExpensesChange(budget);
  if (!check || change.previousYear === undefined) return undefined;
  return text(check.matches ? 'note.operatingGrowthMatches' : 'note.operatingGrowthDiffers', {
    previousYear: year(change.previousYear),
    previous: money(change.previous),
    year: year(budget.fiscalYear),
    current: money(change.current),
    stated: percent(check.stated),
    computed: percent(check.computed),
  });
}

/** Undefined when the document has neither a “三公” section nor 机关运行经费. */
export function threePublicSlide(budget: BudgetModel): DeckSlide | undefined {
  const spec = threePublicSpec(budget);
  const operating = operatingClause(budget);
  if (!spec && !operating) return undefined;
  const notBudgeted = spec?.rows.filter((r) => r.status === 'notBudgeted') ?? [];
  return {
    id: 'threePublic',
    title: text('slide.threePublic'),
    headline: spec
      ? { label: text('headline.threePublic'), value: money(spec.total) }
      : { label: text('headline.operating'), value: money(budget.operatingExpenses) },
    takeaway: defined([spec ? threePublicClause(spec.total, spec.rows) : undefined, operating]),
    ...(spec
      ? {
          figure: {
            title: text('figure.threePublic.title'),
            subtitle: text('figure.threePublic.subtitle', { year: year(budget.fiscalYear) }),
            visual: { kind: 'amount' as const, spec, valueLabels: new Map(notBudgeted.map((r) => [r.key, text('value.notBudgeted')])) },
          },
        }
      : {}),
    notes: defined([
      ...(spec?.rows ?? []).filter((r) => r.note).map((r) => text('note.quote', { name: name(r), text: name({ name: r.note ?? '' }) })),
      notBudgeted.length > 0 ? text('say.notBudgeted', { names: list(notBudgeted.map(name)) }) : undefined,
      operatingNote(budget),
      budget.procurement !== undefined ? text('note.procurement', { amount: money(budget.procurement) }) : undefined,
      budget.assets?.vehicles !== undefined ? text('note.vehicles', { n: count(budget.assets.vehicles) }) : undefined,
    ]),
  };
}
