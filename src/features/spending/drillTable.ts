/** The drill chart's table view and CSV: name, level, amount, share. */
import type { TFunction } from '@/i18n/translator';
import type { TableData } from '@/components/table';
import { amountShareCells, amountShareColumns } from '@/components/amountColumns';
import type { DrillRow } from '@/domain/charts/drillSpec';
import type { ChartDatum } from '@/components/charts';
import type { Formatter } from '@/i18n/formatter';

const LEVELS = ['levels.0', 'levels.1', 'levels.2'] as const;

/** 类, 款 or 项 by depth (0–2, the functional classification's three levels). */
export function levelWord(depth: number, t: TFunction<'spending'>): string {
  const key = LEVELS[depth];
  return key ? t(key) : '';
}

export function drillTable(rows: readonly DrillRow[], format: Formatter, t: TFunction<'spending'>, onChoose: (row: DrillRow) => void): TableData {
  return {
    columns: [{ key: 'name', label: t('common:columns.name') }, { key: 'level', label: t('drill.level') }, ...amountShareColumns(format, t)],
    rows: rows.map((row) => ({
      key: row.key,
      cells: [
        { display: format.name(row), csv: format.name(row) },
        { display: row.isOther ? '' : levelWord(row.depth, t), csv: row.isOther ? '' : levelWord(row.depth, t) },
        ...amountShareCells(row.value, row.share, format),
      ],
      ...(row.selected ? { selected: true } : {}),
      ...(row.filterId ? { onSelect: () => onChoose(row) } : {}),
    })),
  };
}

/** What the bars draw: a 款 whose 项 follow is a bold subtotal, its 项 indented; 其他 is grey and inert. */
export function drillChartData(rows: readonly DrillRow[], grouped: boolean, format: Formatter, hints: { drill: string; filter: string }): ChartDatum[] {
  return rows.map((row) => ({
    key: row.key,
    label: format.name(row),
    value: row.value,
    ...(row.share !== undefined ? { share: row.share } : {}),
    ...(row.selected ? { selected: true } : {}),
    ...(row.dimmed || row.isOther ? { dimmed: true } : {}),
    ...(row.nested ? { nested: true } : {}),
    ...(grouped && !row.nested ? { strong: true } : {}),
    selectable: row.filterId !== undefined,
    actionHint: row.drillable ? hints.drill : hints.filter,
  }));
}
