import { useTranslation } from '@/i18n/react';
import type { MoneyUnit } from '@/domain/money';
import { LANGUAGES, type Language } from '@/i18n/languages';
import { unitLabel } from '@/i18n/format';
import { useBudgetModel } from '@/state/budgetContext';
import { useDisplayUnit, useLanguage } from '@/state/viewState';
import { HeaderActions } from './HeaderActions';

const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

/** Unit name, year, source; the unit and language switches. */
export function Header() {
  const { t } = useTranslation();
  const budget = useBudgetModel();
  const [language, setLanguage] = useLanguage();
  const [unit, setUnit] = useDisplayUnit(budget.unit);
  const units: MoneyUnit[] = budget.unit === '元' ? ['元', '万元'] : [budget.unit, '元'];
  const name = language === 'en' && budget.department.nameEn ? budget.department.nameEn : budget.department.name;

  return (
    <header className="bg-ink text-white">
      <div className="mx-auto flex max-w-page flex-col gap-3 px-4 py-4 sm:py-5">
        {/* Title and the two switches on one line, the actions on the next: in English too, neither row wraps at 1366 px. */}
        <div className="flex flex-wrap items-end justify-between gap-x-4 gap-y-2">
          <div>
            <p className="text-sm text-white/75">
              {t('appName')} · {budget.fiscalYear}
            </p>
            <h1 className="text-2xl font-bold md:text-3xl">{name}</h1>
            <p className="mt-1 text-sm text-white/75">{t('sourceLine', { title: budget.source.title })}</p>
          </div>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <Switch
              label={t('unit')}
              value={unit}
              options={units.map((u) => ({ value: u, label: unitLabel(u, language) }))}
              onChange={(u) => setUnit(u as MoneyUnit)}
            />
            <Switch
              label={t('language')}
              value={language}
              options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
              onChange={(l) => setLanguage(l as Language)}
            />
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <HeaderActions />
        </div>
      </div>
    </header>
  );
}

interface SwitchProps {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** A segmented switch: a group of toggle buttons. */
function Switch({ label, value, options, onChange }: SwitchProps) {
  return (
    <div role="group" aria-label={label} className="flex items-center gap-1">
      <span className="text-white/75" aria-hidden="true">
        {label}
      </span>
      <span className="flex rounded-md border border-white/40 p-0.5">
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            aria-pressed={value === option.value}
            onClick={() => onChange(option.value)}
            className={`rounded px-2.5 py-1 ${value === option.value ? 'bg-white text-ink' : 'text-white hover:bg-white/15'}`}
          >
            {option.label}
          </button>
        ))}
      </span>
    </div>
  );
}
