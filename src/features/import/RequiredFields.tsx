import { useId } from 'react';
import type { KeyOf } from '@/i18n/keys';
import { useTranslation } from '@/i18n/react';
import { describeIssue } from '@/data/issueMessages';
import type { ValidationIssue } from '@/data/parseBudget';
import type { MoneyUnit } from '@/domain/money';
import type { RequiredField } from '@/importer/types';
import { useLanguage } from '@/state/viewState';
import { fillProblem, type Fills } from './requiredFills';

interface RequiredFieldsProps {
  toFill: readonly RequiredField[];
  fills: Fills;
  onFill: (field: RequiredField, raw: string) => void;
  /** Validation problems of each field once a value is in. */
  issuesOf: (field: RequiredField) => readonly ValidationIssue[];
  unit: MoneyUnit;
}

const LABEL: Record<RequiredField, KeyOf<'importer'>> = { 'department.name': 'required.name', fiscalYear: 'required.year', total: 'required.total' };

/** The fields the document did not state, asked for first: the file cannot be opened or saved without them. */
export function RequiredFields({ toFill, fills, onFill, issuesOf, unit }: RequiredFieldsProps) {
  const { t } = useTranslation('importer');
  const [language] = useLanguage();
  const id = useId();
  if (toFill.length === 0) return null;
  return (
    <fieldset className="mt-4 rounded border-2 border-orange p-3" aria-describedby={`${id}-why`}>
      <legend className="px-1 font-bold">{t('required.title')}</legend>
      <p id={`${id}-why`} className="mb-3 text-sm">
        {t('required.why')}
      </p>
      <div className="grid gap-3 sm:grid-cols-3">
        {toFill.map((field) => {
          const raw = fills[field] ?? '';
          const problem = fillProblem(field, raw);
          const messages = problem ? [t(`required.${problem}`)] : issuesOf(field).map((issue) => describeIssue(issue, language));
          return (
            <div key={field}>
              <label htmlFor={`${id}-${field}`} className="mb-1 block font-semibold">
                {t(LABEL[field], { unit })}
              </label>
              <input
                id={`${id}-${field}`}
                type={field === 'department.name' ? 'text' : 'number'}
                inputMode={field === 'department.name' ? 'text' : field === 'fiscalYear' ? 'numeric' : 'decimal'}
                step={field === 'fiscalYear' ? 1 : 'any'}
                value={raw}
                required
                aria-invalid={messages.length > 0}
                aria-describedby={`${id}-${field}-help`}
                onChange={(event) => onFill(field, event.target.value)}
                className={`w-full rounded border px-2 py-1 ${field === 'department.name' ? '' : 'tabular-nums'} ${messages.length > 0 ? 'border-bad' : 'border-line'}`}
              />
              <div id={`${id}-${field}-help`} className="text-sm">
                {messages.map((message) => (
                  <p key={message} className={raw.trim() === '' ? 'text-ink-soft' : 'font-semibold text-bad'}>
                    {message}
                  </p>
                ))}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
