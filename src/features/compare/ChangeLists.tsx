import { useTranslation } from '@/i18n/react';
import type { Comparison, ComparedCategory } from '@/domain/compare';
import { CATEGORY_PATH_SEPARATOR } from '@/domain/model';
import { useFormat } from '@/state/useFormat';
import { shownAmount } from './moneyCell';
import { readsAsYears, type SideNames } from './sides';

/**
 * Categories present on one side only, each with its full path and amount; and the
 * categories one side states only as a whole, whose parts are not "only" the other's.
 */
export function ChangeLists({ comparison, names }: { comparison: Comparison; names: SideNames }) {
  const { t } = useTranslation('compare');
  const format = useFormat();
  const years = readsAsYears(comparison);
  const path = (row: ComparedCategory) => row.id.split(CATEGORY_PATH_SEPARATOR).join(' › ');
  const appeared = {
    key: 'appeared',
    title: years ? t('appeared') : t('onlyRight'),
    rows: comparison.appeared,
    amount: (r: ComparedCategory) => r.right.amount,
  };
  const disappeared = {
    key: 'disappeared',
    title: years ? t('disappeared') : t('onlyLeft'),
    rows: comparison.disappeared,
    amount: (r: ComparedCategory) => r.left.amount,
  };
  // Years read as news (what is new first); two units read left to right (A first).
  const lists = years ? [appeared, disappeared] : [disappeared, appeared];
  return (
    <div className="space-y-2">
      <div className="grid gap-4 md:grid-cols-2">
        {lists.map((list) => (
          <div key={list.key} className="rounded-lg border border-line bg-paper p-4 shadow-sm">
            <h3 className="mb-2 font-semibold">{list.title}</h3>
            {list.rows.length === 0 ? (
              <p className="text-ink-soft">{t('noneListed')}</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {list.rows.map((row) => (
                  <li key={row.id} className="flex justify-between gap-3">
                    <span>{format.language === 'en' && row.nameEn ? row.nameEn : path(row)}</span>
                    <span className="figure shrink-0">{shownAmount(list.amount(row), format)}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
      {comparison.undivided.length > 0 ? (
        <ul className="text-sm text-ink-soft">
          {comparison.undivided.map(({ category, side }) => (
            <li key={`${side}-${category.id}`}>
              {t('undivided', {
                name: format.name(category),
                side: side === 'left' ? names.left : names.right,
                other: side === 'left' ? names.right : names.left,
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
