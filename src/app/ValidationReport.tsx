import { IssueLine } from '@/components/IssueLine';
import type { ValidationIssue } from '@/data/parseBudget';
import { useLanguage } from '@/state/viewState';

/** Every problem at once, each naming the JSON path and what was expected. */
export function ValidationReport({ source, issues }: { source: string; issues: ValidationIssue[] }) {
  const [language] = useLanguage();
  return (
    <div>
      <p className="mb-2 text-ink-soft">{source}</p>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {issues.map((issue, index) => (
          <IssueLine key={`${issue.path}-${index}`} issue={issue} language={language} />
        ))}
      </ul>
    </div>
  );
}
