import { useTranslation } from '@/i18n/react';
import type { Formatter } from '@/i18n/formatter';

/**
 * The headline figures a document leaves unstated, named on one quiet line
 * ("未说明：“三公”经费；机关运行经费") instead of a row of tiles saying 未说明 in headline type.
 */
export function UnstatedNote({ names, format }: { names: readonly string[]; format: Formatter }) {
  const { t } = useTranslation();
  if (names.length === 0) return null;
  return <p className="text-sm text-ink-soft">{t('common:unstatedTiles', { names: format.list(names) })}</p>;
}
