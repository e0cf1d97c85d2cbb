import { IssueLine } from '@/components/IssueLine';
import { useTranslation } from '@/i18n/react';
import { MAX_LISTED_ISSUES } from '@/data/limits';
import type { ValidationIssue } from '@/data/parseBudget';
import { useLanguage } from '@/state/viewState';

/** Every problem (up to a readable number), each naming its JSON path and what was expected. */
export function IssueList({ issues }: { issues: readonly ValidationIssue[] }) {
  const { t } = useTranslation('libraryReport');
  const [language] = useLanguage();
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  return (
    <div>
      <p className="mb-1 text-sm">{t('issuesCount', { count: issues.length })}</p>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {listed.map((issue, index) => (
          <IssueLine key={`${issue.path}-${index}`} issue={issue} language={language} />
        ))}
      </ul>
      {issues.length > listed.length ? <p className="mt-1 text-sm text-ink-soft">{t('moreIssues', { count: issues.length - listed.length })}</p> : null}
    </div>
  );
}
