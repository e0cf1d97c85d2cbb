import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';
import { ErrorBoundary } from './ErrorBoundary';

interface SectionFrameProps {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  resetKey?: string;
}

/** A report page: heading, intro, content; a failure stays inside its own section. */
export function SectionFrame({ id, title, intro, children, resetKey }: SectionFrameProps) {
  const { t } = useTranslation();
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-28 py-6 lg:scroll-mt-14">
      <h2 id={`${id}-heading`} className="mb-1 text-2xl font-bold">
        {title}
      </h2>
      {intro ? <div className="mb-4 max-w-3xl text-ink-soft">{intro}</div> : null}
      <ErrorBoundary
        {...(resetKey !== undefined ? { resetKey } : {})}
        fallback={(error) => (
          <p role="alert" className="rounded border border-bad bg-paper p-4 text-bad">
            {t('sectionError', { message: error.message })}
          </p>
        )}
      >
        {children}
      </ErrorBoundary>
    </section>
  );
}
