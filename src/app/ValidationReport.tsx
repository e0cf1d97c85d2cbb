import { useTranslation } from '@/i18n/react';
import type { ValidationIssue } from '@/data/parseBudget';
import { describeIssue } from '@/data/issueMessages';
import type { Language } from '@/i18n/resources';

/** Every problem at once, each naming the JSON path and what was expected. */
export function ValidationReport({ source, issues }: { source: string; issues: ValidationIssue[] }) {
  const { i18n } = useTranslation();
  const language = (i18n.language === 'en' ? 'en' : 'zh-CN') as Language;
  return (
    <div>
      <p className="mb-2 text-ink-soft">{source}</p>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {issues.map((issue, index) => (
          <li key={`${issue.path}-${index}`}>
            <code className="rounded bg-canvas px-1">{issue.path}</code>：{describeIssue(issue, language)}
          </li>
        ))}
      </ul>
    </div>
  );
}
