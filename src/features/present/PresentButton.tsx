import { useTranslation } from '@/i18n/react';
import { setParams } from '@/state/urlState';

/** Opens the deck over the dashboard; the filter and language come along in the URL. */
export function PresentButton() {
  const { t } = useTranslation('actions');
  return (
    <button
      type="button"
      onClick={() => setParams({ present: '1', slide: undefined }, { push: true })}
      title={t('presentHint')}
      className="rounded-md bg-white px-3 py-1.5 font-semibold text-ink hover:bg-white/85"
    >
      ▶ {t('present')}
    </button>
  );
}
