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

/**
 * The unit amounts are shown in: the user's choice, else the file's own unit in Chinese, and yuan in
 * English ("ten thousand yuan" is a Chinese way of counting and reads oddly in an English sentence).
 */
export function defaultDisplayUnit(fileUnit: MoneyUnit, language: Language): MoneyUnit {
  return language === 'en' ? '元' : fileUnit;
}

export function useDisplayUnit(fileUnit: MoneyUnit): [MoneyUnit, (unit: MoneyUnit) => void] {
  const value = useUrlParam('unit');
  const [language] = useLanguage();
  const fallback = defaultDisplayUnit(fileUnit, language);
  const unit = DISPLAY_UNITS.find((u) => u === value) ?? fallback;
  return [unit, (next) => setParams({ unit: next === fallback ? undefined : next })];
}

export function useSection(): [string | undefined, (section: string, opts?: { push?: boolean }) => void] {
  const value = useUrlParam('s');
  return [value, (section, opts) => setParams({ s: section }, opts)];
}
