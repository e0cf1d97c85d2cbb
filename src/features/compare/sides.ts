/** How the two sides of a comparison are named: by year for one unit, A and B for two units. */
import type { TFunction } from '@/i18n/translator';
import type { Comparison } from '@/domain/compare';
import type { Formatter } from '@/i18n/formatter';

export interface SideNames {
  /** Short, for column headers and the legend. */
  left: string;
  right: string;
  /** Full, for the key under the title. */
  leftFull: string;
  rightFull: string;
}

export function sideNames(comparison: Comparison, t: TFunction<'compare'>, format: Formatter): SideNames {
  const full = (side: Comparison['left']) => `${format.name(side.department)} ${side.fiscalYear}`;
  if (comparison.kind === 'years' && comparison.left.fiscalYear !== comparison.right.fiscalYear) {
    return {
      left: t('sideYear', { year: comparison.left.fiscalYear }),
      right: t('sideYear', { year: comparison.right.fiscalYear }),
      leftFull: full(comparison.left),
      rightFull: full(comparison.right),
    };
  }
  return { left: t('sideA'), right: t('sideB'), leftFull: full(comparison.left), rightFull: full(comparison.right) };
}

/** Years with distinct fiscal years read as change; anything else as two units side by side. */
export function readsAsYears(comparison: Comparison): boolean {
  return comparison.kind === 'years' && comparison.left.fiscalYear !== comparison.right.fiscalYear;
}
