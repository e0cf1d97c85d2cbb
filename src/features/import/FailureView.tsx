import type { Ref } from 'react';
import { useTranslation } from '@/i18n/react';
import { problemMessage } from '@/importer/source/problemMessage';
import { useLanguage } from '@/state/viewState';
import type { ImportFailure } from './failure';

function useMessage(failure: ImportFailure): string {
  const { t } = useTranslation('importer');
  const [language] = useLanguage();
  if (failure.kind === 'report') return language === 'en' ? failure.error.message : failure.error.messageZh;
  if (failure.kind === 'unexpected') return t('failed.unexpected', { detail: failure.detail });
  if (failure.kind === 'timeout') return t('failed.timeout', { seconds: failure.seconds });
  return problemMessage(failure.problem, t);
}

/** The importer's own message (or why the file was not read), and that nothing on screen changed. */
export function FailureView({ failure, ref }: { failure: ImportFailure; ref?: Ref<HTMLDivElement> }) {
  const { t } = useTranslation('importer');
  const message = useMessage(failure);
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="mb-4 rounded border-2 border-bad p-3">
      <p className="font-semibold text-bad break-words">{t('failed.title', { name: failure.name })}</p>
      <p className="mt-1">{message}</p>
      <p className="mt-1 text-sm text-ink-soft">{t('failed.keep')}</p>
    </div>
  );
}
