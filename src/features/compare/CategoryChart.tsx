import { useTranslation } from '@/i18n/react';
import { ChartFrame } from '@/components/ChartFrame';
import type { Comparison, ComparedCategory, SideFigures } from '@/domain/compare';
import type { Fen } from '@/domain/money';
import { useFormat } from '@/state/useFormat';
import { type Formatter } from '@/i18n/formatter';
import { unitsTable, yearsTable } from './categoryTable';
import { PairedBars } from './PairedBars';
import type { PairedDatum, PairedFormatter } from './pairedBars';
import { readsAsYears, type SideNames } from './sides';

/**
 * Years compare amounts (分); units compare shares of their own totals (sizes differ too
 * much for amounts). A side without a figure is plotted as a hairline with no colour, so
 * its label ("未说明" or "无此类别") still has a place: the label, not the bar, says what it is.
 */
function datum(row: ComparedCategory, byShare: boolean, format: Formatter): PairedDatum {
  const figure = (side: SideFigures) => (byShare ? side.share : side.amount);
  return {
    key: row.id,
    label: format.name(row),
    value: undefined,
    left: figure(row.left),
    right: figure(row.right),
    leftAbsent: row.presence === 'rightOnly',
    rightAbsent: row.presence === 'leftOnly',
  };
}

function pairedFormatter(byShare: boolean, format: Formatter, absent: string): PairedFormatter {
  return (d, side) => {
    if (side === 'left' ? d.leftAbsent : d.rightAbsent) return absent;
    const value = d[side];
    return byShare ? format.percent(value) : format.amount(value === undefined ? undefined : (value as Fen));
  };
}

/** Change by 类 (or under the filtered category): paired bars, and the full table behind them. */
export function CategoryChart({ comparison, names }: { comparison: Comparison; names: SideNames }) {
  const { t } = useTranslation('compare');
  const format = useFormat();
  const years = readsAsYears(comparison);
  const title = comparison.scope ? t('categoriesScoped', { name: format.name(comparison.scope) }) : t('categoriesTitle');
  if (comparison.rows.length === 0) return <p className="rounded border border-line bg-paper p-4">{t('noRows')}</p>;
  const data = comparison.rows.map((row) => datum(row, !years, format));
  const table = years ? yearsTable(comparison.rows, names, format, t) : unitsTable(comparison.rows, names, format, t);
  return (
    <ChartFrame
      title={title}
      subtitle={years ? t('yearsSubtitle', { left: names.left, right: names.right, unit: format.unitLabel }) : t('unitsSubtitle', { unit: format.unitLabel })}
      chart={<PairedBars id="compare-categories" data={data} valueFormatter={pairedFormatter(!years, format, t('absent'))} leftName={names.leftFull} rightName={names.rightFull} ariaLabel={title} height={Math.max(120, data.length * 56)} />}
      table={table}
      source={format.list([comparison.left.source.title, comparison.right.source.title])}
      height={Math.max(150, data.length * 56 + 28)}
    />
  );
}
