import { useTranslation } from '@/i18n/react';

interface FilterScopeProps {
  name: string;
  related: number;
  total: number;
  showAll: boolean;
  onToggle: () => void;
}

/** Says which checks the category filter leaves on screen, with a switch to see them all. */
export function FilterScope({ name, related, total, showAll, onToggle }: FilterScopeProps) {
  const { t } = useTranslation('findings');
  const text = showAll
    ? t('scope.all', { count: total, related, name })
    : related === 0
      ? t('scope.none', { name })
      : t('scope.only', { count: related, name });
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-md border border-accent bg-paper p-3">
      <p className="flex-1">{text}</p>
      <button type="button" onClick={onToggle} className="rounded border border-accent px-3 py-1 text-sm text-accent-strong hover:bg-accent hover:text-white">
        {showAll ? t('scope.showRelated', { name }) : t('scope.showAll')}
      </button>
    </div>
  );
}
