import { memo, useEffect, useId, useRef } from 'react';
import { useTranslation } from '@/i18n/react';
import { describeIssue } from '@/data/issueMessages';
import type { ValidationIssue } from '@/data/parseBudget';
import { MAX_DECIMALS, type MoneyUnit } from '@/domain/money';
import { useLanguage } from '@/state/viewState';
import { canCorrect } from './applyCorrections';
import type { FigureInfo } from './figureInfo';
import type { FigureText } from './useFigureText';
import { parseRaw } from './useReview';
import { parenthetical } from '@/i18n/format';

interface FigureEditorProps {
  path: string;
  info: FigureInfo;
  /** The importer's value; undefined when it found none. */
  original: number | string | undefined;
  /** What the user typed; undefined while the importer's value stands. */
  raw: string | undefined;
  issues: readonly ValidationIssue[];
  onEdit: (path: string, raw: string | undefined) => void;
  text: FigureText;
  unit: MoneyUnit;
}

const BUTTON = 'rounded border border-line px-2 py-0.5 text-sm hover:bg-canvas';

function step(info: FigureInfo, unit: MoneyUnit): string {
  if (info.kind === 'count') return '1';
  return info.kind === 'percent' ? 'any' : String(10 ** -MAX_DECIMALS[unit]);
}

/**
 * A figure's value; "correct" (or "fill in") opens a number input, "undo" restores
 * the importer's value. Memoised: typing in one row does not render the thousands of others.
 */
export const FigureEditor = memo(function FigureEditor({ path, info, original, raw, issues, onEdit, text, unit }: FigureEditorProps) {
  const { t } = useTranslation('importer');
  const [language] = useLanguage();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'input' | 'opener' | undefined>(undefined);
  const editing = raw !== undefined;
  const label = text.label(info.label);

  useEffect(() => {
    if (focusNext.current === 'input') input.current?.focus();
    if (focusNext.current === 'opener') opener.current?.focus();
    focusNext.current = undefined;
  });

  const shown = editing ? parseRaw(raw) : original;
  const valueText = editing && Number.isNaN(shown) ? raw : text.value(info, shown);
  return (
    <div className="space-y-1">
      <p>
        <span className={`font-semibold tabular-nums ${info.kind === 'text' ? 'break-words' : 'whitespace-nowrap'}`}>{valueText}</span>
        {editing ? <span className="ml-2 text-sm text-ink-soft">{parenthetical('', t('review.was', { value: text.value(info, original) }), language).trim()}</span> : null}
      </p>
      {canCorrect(path) && !editing ? (
        <button
          ref={opener}
          type="button"
          className={BUTTON}
          aria-label={t(original === undefined ? 'review.fillOf' : 'review.correctOf', { label })}
          onClick={() => {
            focusNext.current = 'input';
            onEdit(path, typeof original === 'number' ? String(original) : '');
          }}
        >
          {t(original === undefined ? 'review.fill' : 'review.correct')}
        </button>
      ) : null}
      {editing ? (
        <div className="flex flex-wrap items-center gap-2">
          <input
            ref={input}
            id={id}
            type="number"
            inputMode="decimal"
            step={step(info, unit)}
            value={raw}
            onChange={(event) => onEdit(path, event.target.value)}
            aria-label={t('review.inputLabel', { label, unit: text.unit(info) })}
            aria-invalid={issues.length > 0}
            aria-describedby={`${id}-help`}
            className={`w-32 rounded border px-2 py-1 tabular-nums ${issues.length > 0 ? 'border-bad' : 'border-line'}`}
          />
          <span aria-hidden="true">{text.unit(info)}</span>
          <button
            type="button"
            className={BUTTON}
            aria-label={t('review.undoOf', { label })}
            onClick={() => {
              focusNext.current = 'opener';
              onEdit(path, undefined);
            }}
          >
            {t('review.undo')}
          </button>
        </div>
      ) : null}
      {editing ? (
        <div id={`${id}-help`} className="text-sm">
          {issues.map((issue, index) => (
            <p key={`${issue.code}-${index}`} className="font-semibold text-bad">
              {describeIssue(issue, language)}
            </p>
          ))}
          <p className="text-ink-soft">{t('review.emptyMeans')}</p>
        </div>
      ) : null}
    </div>
  );
});
