import type { AnyTFunction } from '@/i18n/translator';
import type { Formatter } from '@/i18n/formatter';

/** "9 人" / "9 people", or "未说明" alone when the document does not state the count. */
export function peopleText(count: number | undefined, format: Formatter, t: AnyTFunction): string {
  return count === undefined ? format.count(undefined) : t('common:people', { count: format.count(count) });
}
