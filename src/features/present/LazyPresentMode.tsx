import { lazy, Suspense } from 'react';
import { useTranslation } from '@/i18n/react';

/** Loaded when someone presents, so the deck stays out of the dashboard's first bundle. */
const Mode = lazy(() => import('./PresentMode'));

export function PresentMode() {
  const { t } = useTranslation('present');
  return (
    <Suspense fallback={<p className="fixed inset-0 flex items-center justify-center bg-black text-white">{t('ui.loading')}</p>}>
      <Mode />
    </Suspense>
  );
}
