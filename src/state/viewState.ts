/** Typed hooks over the URL for the view state every feature shares. */
import type { MoneyUnit } from '@/domain/money';
import type { Language } from '@/i18n/resources';
import { setParams, useUrlParam } from './urlState';

export function useCategoryFilter(): [string | undefined, (id: string | undefined) => void] {
  const value = useUrlParam('cat');
  return [value, (id) => setParams({ cat: id }, { push: true })];
}

export function useLanguage(): [Language, (language: Language) => void] {
  const value = useUrlParam('lang');
  return [value === 'en' ? 'en' : 'zh-CN', (language) => setParams({ lang: language === 'zh-CN' ? undefined : language })];
}

const DISPLAY_UNITS: readonly MoneyUnit[] = ['元', '千元', '万元', '亿元'];

/** The unit amounts are shown in: the user's choice, else the file's own unit. */
export function useDisplayUnit(fileUnit: MoneyUnit): [MoneyUnit, (unit: MoneyUnit) => void] {
  const value = useUrlParam('unit');
  const unit = DISPLAY_UNITS.find((u) => u === value) ?? fileUnit;
  return [unit, (next) => setParams({ unit: next === fileUnit ? undefined : next })];
}

export function useSection(): [string | undefined, (section: string, opts?: { push?: boolean }) => void] {
  const value = useUrlParam('s');
  return [value, (section, opts) => setParams({ s: section }, opts)];
}
