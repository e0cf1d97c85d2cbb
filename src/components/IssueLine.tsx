import { describeIssue } from '@/data/issueMessages';
import type { ValidationIssue } from '@/data/parseBudget';
import { colon } from '@/i18n/format';
import type { Language } from '@/i18n/languages';

/** One validation problem as a list item: the JSON path it names, then what is wrong, in the reader's language. */
export function IssueLine({ issue, language }: { issue: ValidationIssue; language: Language }) {
  return (
    <li className="break-words">
      <code className="rounded bg-canvas px-1 font-mono text-[0.85em]">{issue.path}</code>
      {colon(language)}
      {describeIssue(issue, language)}
    </li>
  );
}
