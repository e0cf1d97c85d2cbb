import type { ReactNode } from 'react';
import { patchedUrl, setParams } from '@/state/urlState';

/** A link to the Checks section (id "findings"), moving there the way the section nav does. */
export function FindingsLink({ children }: { children: ReactNode }) {
  return (
    <a
      href={patchedUrl({ s: 'findings' })}
      onClick={(event) => {
        event.preventDefault();
        setParams({ s: 'findings' }, { push: true });
        document.getElementById('findings')?.scrollIntoView({ block: 'start' });
      }}
      className="text-accent-strong underline underline-offset-4 hover:decoration-2"
    >
      {children}
    </a>
  );
}
