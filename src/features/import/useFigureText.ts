/** Labels and values of the review in the current language, amounts in the imported file's unit. */
import { useMemo } from 'react';
import { useTranslation } from '@/i18n/react';
import { decimalsOf, toFen, type MoneyUnit } from '@/domain/money';
import { makeFormatter } from '@/i18n/formatter';
import { useLanguage } from '@/state/viewState';
import type { FigureInfo, FigureLabel } from './figureInfo';

const WORDS = ['none', 'flat', 'up', 'down'] as const;
const isWord = (value: string): value is (typeof WORDS)[number] => (WORDS as readonly string[]).includes(value);

export interface FigureText {
  label: (label: FigureLabel) => string;
  /** The unit an input is in: 万元, 人, %. */
  unit: (info: FigureInfo) => string;
  value: (info: FigureInfo, value: number | string | undefined) => string;
}

export function useFigureText(unit: MoneyUnit): FigureText {
  const { t } = useTranslation('importer');
  const [language] = useLanguage();
  return useMemo(() => {
    const format = makeFormatter(language, unit);
    const unitOf = (info: FigureInfo): string => {
      if (info.kind === 'count') return t(`countUnit.${info.countUnit ?? 'units'}`);
      if (info.kind === 'percent') return t('percentUnit');
      return format.unitLabel;
    };
    const number = (info: FigureInfo, value: number): string => {
      // A correction may not fit the unit (too many decimals): show it as typed; validation says why.
      try {
        if (info.kind === 'money' || info.kind === 'change') return format.amount(toFen(value, unit), { signed: info.kind === 'change' });
        if (info.kind === 'percent') return format.percent(value, { decimals: decimalsOf(value) });
        if (info.kind === 'count' && Number.isInteger(value)) return `${format.count(value)} ${unitOf(info)}`;
      } catch {
        // fall through to the plain figure
      }
      return `${value} ${unitOf(info)}`;
    };
    return {
      label: (label) => t(label.key, { name: label.nameKey ? t(label.nameKey) : label.name }),
      unit: unitOf,
      value: (info, value) => {
        if (value === undefined) return t('value.notStated');
        if (typeof value === 'number') return number(info, value);
        return isWord(value) ? t(`value.${value}`) : value;
      },
    };
  }, [t, language, unit]);
}
