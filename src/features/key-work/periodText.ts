/** Periods and months as people read them, in the current language. */
import type { TFunction } from '@/i18n/translator';
import type { Period } from '@/domain/period';
import type { Language } from '@/i18n/resources';
import { spaceNumerals } from '@/i18n/format';

const utc = (year: number, month: number, day = 1) => new Date(Date.UTC(year, month - 1, day));

// Building an Intl formatter costs about half a millisecond; a page of 20 tasks formats hundreds of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** "1 月"…"12 月" or "Jan"…"Dec". */
export function monthNames(language: Language): string[] {
  const format = dateFormat(language, { month: 'short' });
  return Array.from({ length: 12 }, (_, i) => spaceNumerals(format.format(utc(2000, i + 1)), language));
}

/** "2021 年 3 月", "2021 年 2 月 28 日", "2021 年第 2 季度", "2021 年上半年" (or their English forms). */
export function periodText(period: Period, language: Language, t: TFunction<'keyWork'>): string {
  switch (period.granularity) {
    case 'month':
      return spaceNumerals(dateFormat(language, { year: 'numeric', month: 'short' }).format(utc(period.year, period.index)), language);
    case 'day':
      return spaceNumerals(dateFormat(language, { year: 'numeric', month: 'short', day: 'numeric' }).format(utc(period.year, period.index, period.day)), language);
    case 'quarter':
      return t('period.quarter', { year: period.year, index: period.index });
    case 'half':
      return t(period.index === 1 ? 'period.half1' : 'period.half2', { year: period.year });
  }
}
