import { IssueLine } from '@/components/IssueLine';
import { useTranslation } from '@/i18n/react';
import type { ValidationIssue } from '@/data/parseBudget';
import { useLanguage } from '@/state/viewState';

/** Validation problems not tied to one input, each by the path it names. */
export function IssueNotes({ issues }: { issues: readonly ValidationIssue[] }) {
  const { t } = useTranslation('importer');
  const [language] = useLanguage();
  if (issues.length === 0) return null;
  return (
    <div className="mb-2 rounded border border-bad p-2 text-sm">
      <p className="font-semibold text-bad">{t('issues.title')}</p>
      <ul className="list-disc pl-5">
        {issues.map((issue, index) => (
          <IssueLine key={`${issue.path}-${index}`} issue={issue} language={language} />
        ))}
      </ul>
    </div>
  );
}
