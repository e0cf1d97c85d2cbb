/** The formatter for the current language and display unit. */
import { useMemo } from 'react';
import { makeFormatter, type Formatter } from '@/i18n/formatter';
import { useBudgetModel } from './budgetContext';
import { useDisplayUnit, useLanguage } from './viewState';

export function useFormat(): Formatter {
  const model = useBudgetModel();
  const [language] = useLanguage();
  const [unit] = useDisplayUnit(model.unit);
  return useMemo(() => makeFormatter(language, unit), [language, unit]);
}
