import { useTranslation } from '@/i18n/react';
import { useKeepShown } from '@/state/datasetState';
import { OpenFileButton } from './OpenFileButton';

/**
 * A link to a stored dataset opened in another browser: datasets are kept in the
 * browser that loaded them, so say so plainly, at the top, and offer the two ways
 * to the budget the link meant (its file, or a shared file from whoever sent it).
 */
export function ElsewhereNotice({ id }: { id: string }) {
  const { t } = useTranslation('libraryReport');
  const showSeed = useKeepShown();
  return (
    <div role="alert" aria-labelledby="elsewhere-title" className="border-b-4 border-bad bg-paper">
      <div className="mx-auto max-w-page px-4 py-3">
        <h2 id="elsewhere-title" className="text-lg font-bold text-bad">
          {t('elsewhere.title')}
        </h2>
        <p className="mt-1">{t('elsewhere.why', { id })}</p>
        <p className="mt-2 font-semibold">{t('elsewhere.what')}</p>
        <ul className="mt-1 list-disc space-y-1 pl-6">
          <li>
            {t('elsewhere.open')} <OpenFileButton tone="light" />
          </li>
          <li>{t('elsewhere.ask')}</li>
          <li>
            {t('elsewhere.example')}{' '}
            <button type="button" onClick={() => showSeed(undefined)} className="rounded border border-line px-2.5 py-0.5 hover:bg-canvas">
              {t('elsewhere.showExample')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
