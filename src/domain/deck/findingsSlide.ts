/** The document checked against itself: how many claims hold, and the ones that do not. */
import { TERMS } from '../charts/terms';
import {
  computeFindings,
  countGroups,
  findingsForCategory,
  groupFindings,
  groupFindingsOf,
  type Finding,
  type FindingSubject,
  type FindingValue,
  type GroupKind,
} from '../findings';
import type { BudgetModel } from '../model';
import { defined } from './clauses';
import type { CheckRow, DeckSlide, DeckValue } from './types';
import { count, money, name, percent, text, textValue } from './values';

/** Rows the checks table shows on a slide; the rest go to the notes. */
export const CHECK_ROWS = 6;

function subjectValue(subject: FindingSubject): DeckValue {
  switch (subject.kind) {
    case 'category':
      return name(subject);
    case 'leaves':
      return textValue('subject.leaves');
    case 'figure':
      return textValue(`subject.figure.${subject.figure}`);
    case 'share':
      return subject.group === 'spending' && (subject.name === 'basic' || subject.name === 'project') ? name(TERMS[subject.name]) : name(subject);
  }
}

function figureValue(value: FindingValue | undefined): DeckValue | undefined {
  if (!value) return undefined;
  return value.kind === 'money' ? money(value.value) : percent(value.value);
}

const ROW_STATUS: Record<GroupKind, CheckRow['status']> = { material: 'error', rounding: 'rounding', missing: 'missing', pass: 'pass' };

export function checkRow(finding: Finding, kind: GroupKind = finding.status === 'mismatch' ? 'material' : finding.status): CheckRow {
  const stated = figureValue(finding.stated);
  const computed = figureValue(finding.computed);
  return {
    id: finding.id,
    subject: subjectValue(finding.subject),
    check: text(finding.hint ? `check.${finding.check}Hint` : `check.${finding.check}`),
    ...(stated ? { stated } : {}),
    ...(computed ? { computed } : {}),
    status: ROW_STATUS[kind],
  };
}

/**
 * Problems by root cause, errors first, then rounding and missing amounts, each
 * row with its kind; those about the filtered category first, so the deck follows the filter.
 */
function problemRows(budget: BudgetModel, findings: readonly Finding[], filterId: string | undefined): { finding: Finding; kind: GroupKind }[] {
  const rows = groupFindings(findings, budget)
    .filter((g) => g.kind !== 'pass')
    .flatMap((g) => groupFindingsOf(g).map((finding) => ({ finding, kind: g.kind })));
  if (!filterId) return rows;
  const about = new Set(findingsForCategory(findings, filterId));
  return [...rows.filter((r) => about.has(r.finding)), ...rows.filter((r) => !about.has(r.finding))];
}

export function findingsSlide(budget: BudgetModel, filterId: string | undefined): DeckSlide {
  const findings = computeFindings(budget);
  const problems = problemRows(budget, findings, filterId);
  const counts = countGroups(groupFindings(findings, budget));
  const checked = count(findings.length);
  return {
    id: 'findings',
    title: text('slide.findings'),
    headline: { label: text('headline.errors'), value: textValue('figure.items', { n: count(counts.material) }) },
    takeaway: defined([
      problems.length === 0
        ? text('say.allPass', { checked })
        : text('say.findings', { checked, errors: count(counts.material), rounding: count(counts.rounding), missing: count(counts.missing) }),
    ]),
    figure: {
      title: text('figure.checks.title'),
      subtitle: text('figure.checks.subtitle'),
      visual: { kind: 'checks', rows: problems.slice(0, CHECK_ROWS).map((r) => checkRow(r.finding, r.kind)), more: Math.max(0, problems.length - CHECK_ROWS) },
    },
    notes: problems.map(({ finding, kind }) => {
      const row = checkRow(finding, kind);
      return text('note.check', {
        subject: row.subject,
        check: { kind: 'text', text: row.check },
        stated: row.stated ?? textValue('notStated'),
        computed: row.computed ?? textValue('notStated'),
      });
    }),
  };
}
