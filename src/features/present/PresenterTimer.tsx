import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n/react';

function clock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Time since the presenter view opened, with pause and restart. */
export function PresenterTimer() {
  const { t } = useTranslation('present');
  const [started, setStarted] = useState(() => Date.now());
  const [pausedAt, setPausedAt] = useState<number | undefined>(undefined);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(id);
  }, []);

  const elapsed = (pausedAt ?? now) - started;
  const toggle = () => {
    if (pausedAt === undefined) setPausedAt(Date.now());
    else {
      setStarted((s) => s + (Date.now() - pausedAt));
      setPausedAt(undefined);
    }
  };
  const reset = () => {
    setStarted(Date.now());
    setNow(Date.now());
    if (pausedAt !== undefined) setPausedAt(Date.now());
  };

  return (
    <div className="flex items-center gap-3">
      <span className="text-white/75">{t('presenter.timer')}</span>
      <span role="timer" aria-label={t('presenter.timer')} className="figure text-4xl font-bold">
        {clock(Math.max(0, elapsed))}
      </span>
      <button type="button" onClick={toggle} className="rounded border border-white/30 px-3 py-1 hover:bg-white/15">
        {pausedAt === undefined ? t('presenter.pause') : t('presenter.resume')}
      </button>
      <button type="button" onClick={reset} className="rounded border border-white/30 px-3 py-1 hover:bg-white/15">
        {t('presenter.reset')}
      </button>
    </div>
  );
}
