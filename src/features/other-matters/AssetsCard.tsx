import type { KeyOf } from '@/i18n/keys';
import { useTranslation } from '@/i18n/react';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { FactList, type Fact } from './FactList';

/** Vehicles (by type and use), large equipment and subordinate units; counts, not amounts. */
export function AssetsCard() {
  const { t } = useTranslation('other');
  const budget = useBudgetModel();
  const format = useFormat();
  const assets = budget.assets;
  const counted = (value: number | undefined, key: KeyOf<'other'>) => (value === undefined ? format.count(undefined) : t(key, { count: format.count(value) }));
  const byKind = Object.entries(assets?.vehiclesByKind ?? {});
  const facts: Fact[] = [
    {
      key: 'vehicles',
      label: t('vehicles'),
      value: counted(assets?.vehicles, 'vehicleCount'),
      wordValue: assets?.vehicles === undefined,
      ...(byKind.length > 0
        ? {
            detail: t('vehiclesByKind', {
              list: byKind.map(([kind, n]) => `${t(`vehicleKind.${kind}`, { defaultValue: kind })} ${format.count(n)}`).join(t('listSeparator')),
            }),
          }
        : {}),
    },
    {
      key: 'largeEquipment',
      label: t('largeEquipment'),
      value: counted(assets?.largeEquipment, 'equipmentCount'),
      wordValue: assets?.largeEquipment === undefined,
    },
    {
      key: 'subordinateUnits',
      label: t('subordinateUnits'),
      value: counted(budget.department.subordinateUnits, 'unitCount'),
      wordValue: budget.department.subordinateUnits === undefined,
    },
  ];
  return <FactList title={t('assetsTitle')} facts={facts} />;
}
