import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n/react';

type Status = 'idle' | 'copied' | 'failed';

/** Copies the exact view (section, filter, unit, language, slide): it all lives in the URL. */
export function CopyLinkButton({ className = 'rounded-md border border-white/40 px-3 py-1.5 hover:bg-white/15' }: { className?: string }) {
  const { t } = useTranslation('actions');
  const [status, setStatus] = useState<Status>('idle');
  useEffect(() => {
    if (status === 'idle') return;
    const id = window.setTimeout(() => setStatus('idle'), 2500);
    return () => window.clearTimeout(id);
  }, [status]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={() => void copy()} className={className}>
        {t('copyLink')}
      </button>
      <span role="status" className="text-white/85">
        {status === 'copied' ? t('copied') : status === 'failed' ? t('copyFailed') : ''}
      </span>
    </span>
  );
}
