/** The document checked against itself: how many claims hold, and the ones that do not. */
import { TERMS } from '../charts/terms';
import { computeFindings, countFindings, findingsForCategory, type Finding, type FindingSubject, type FindingValue } from '../findings';
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

export function checkRow(finding: Finding): CheckRow {
  const stated = figureValue(finding.stated);
  const computed = figureValue(finding.computed);
  return {
    id: finding.id,
    subject: subjectValue(finding.subject),
    check: text(finding.hint ? `check.${finding.check}Hint` : `check.${finding.check}`),
    ...(stated ? { stated } : {}),
    ...(computed ? { computed } : {}),
    status: finding.status,
  };
}

/** Problems about the filtered category first, so the deck follows the filter. */
function byFilter(findings: Finding[], filterId: string | undefined): Finding[] {
  if (!filterId) return findings;
  const about = new Set(findingsForCategory(findings, filterId));
  return [...findings.filter((f) => about.has(f)), ...findings.filter((f) => !about.has(f))];
}

export function findingsSlide(budget: BudgetModel, filterId: string | undefined): DeckSlide {
  const findings = computeFindings(budget);
  const problems = byFilter(
    findings.filter((f) => f.status !== 'pass'),
    filterId,
  );
  const { mismatch: mismatches, missing } = countFindings(findings);
  const checked = count(findings.length);
  return {
    id: 'findings',
    title: text('slide.findings'),
    headline: { label: text('headline.mismatches'), value: textValue('figure.items', { n: count(mismatches) }) },
    takeaway: defined([
      problems.length === 0 ? text('say.allPass', { checked }) : text('say.findings', { checked, mismatches: count(mismatches), missing: count(missing) }),
    ]),
    figure: {
      title: text('figure.checks.title'),
      subtitle: text('figure.checks.subtitle'),
      visual: { kind: 'checks', rows: problems.slice(0, CHECK_ROWS).map(checkRow), more: Math.max(0, problems.length - CHECK_ROWS) },
    },
    notes: problems.map((f) => {
      const row = checkRow(f);
      return text('note.check', {
        subject: row.subject,
        check: { kind: 'text', text: row.check },
        stated: row.stated ?? textValue('notStated'),
        computed: row.computed ?? textValue('notStated'),
      });
    }),
  };
}
