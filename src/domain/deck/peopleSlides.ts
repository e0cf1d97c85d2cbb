/** Staff and posts: the staffing spec the dashboard draws, in 人. */
import { hasCounts, staffingSpec } from '../charts/staffingSpec';
import type { BudgetModel } from '../model';
import { roundForDisplay, staffingSummary } from '../staffing';
import { defined } from './clauses';
import type { DeckSlide, DeckText } from './types';
import { count, list, money, name, text, textValue } from './values';

function staffClause(inService: number | undefined, authorized: number | undefined): DeckText {
  if (inService !== undefined && authorized !== undefined) return text('say.staff', { inService: count(inService), authorized: count(authorized) });
  return inService !== undefined ? text('say.inServiceOnly', { n: count(inService) }) : text('say.postsOnly', { n: count(authorized) });
}

/** Undefined when the document states no staffing figure at all. */
export function staffingSlide(budget: BudgetModel): DeckSlide | undefined {
  const spec = staffingSpec(budget);
  if (!hasCounts(spec)) return undefined;
  const s = staffingSummary(budget);
  const figure =
    s.inService !== undefined && s.authorized !== undefined
      ? textValue('figure.peopleOf', { inService: count(s.inService), authorized: count(s.authorized) })
      : textValue('figure.people', { n: count(s.inService ?? s.authorized) });
  const retirees = spec.rows.filter((r) => (r.key === 'retired' || r.key === 'offDutyRetired') && r.value !== undefined);
  const perPerson = (label: string, amount: typeof s.budgetPerPerson): DeckText | undefined =>
    amount === undefined ? undefined : text(label, { amount: money(roundForDisplay(amount, budget.unit)), people: count(s.inService) });
  return {
    id: 'staffing',
    title: text('slide.staffing'),
    headline: { label: text(s.authorized !== undefined && s.inService !== undefined ? 'headline.staffOfPosts' : 'headline.staff'), value: figure },
    takeaway: defined([
      staffClause(s.inService, s.authorized),
      s.vacant !== undefined ? text('say.vacant', { n: count(s.vacant) }) : undefined,
      s.overAuthorized !== undefined ? text('say.overAuthorized', { n: count(s.overAuthorized) }) : undefined,
      retirees.length > 0
        ? text('say.alsoRetired', { items: list(retirees.map((r) => textValue('say.peopleItem', { name: name(r), n: count(r.value) }))) })
        : undefined,
    ]),
    figure: {
      title: text('figure.staffing.title'),
      subtitle: text('figure.staffing.subtitle', {}),
      visual: {
        kind: 'counts',
        unit: spec.unit,
        rows: spec.rows.map((r) => ({ key: r.key, name: r.name, nameEn: r.nameEn, ...(r.value !== undefined ? { value: r.value } : {}) })),
      },
    },
    notes: defined([perPerson('note.budgetPerPerson', s.budgetPerPerson), perPerson('note.personnelPerPerson', s.personnelPerPerson)]),
  };
}
