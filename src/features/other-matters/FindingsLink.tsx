import type { ReactNode } from 'react';
import { useViewLink } from '@/state/urlState';
import { useSection } from '@/state/viewState';

/** A link to the Checks section (id "findings"), moving there the way the section nav does. */
export function FindingsLink({ children }: { children: ReactNode }) {
  const link = useViewLink();
  const [, setSection] = useSection();
  return (
    <a
      href={link({ s: 'findings' })}
      onClick={(event) => {
        event.preventDefault();
        setSection('findings', { push: true });
        document.getElementById('findings')?.scrollIntoView({ block: 'start' });
      }}
      className="text-accent-strong underline underline-offset-4 hover:decoration-2"
    >
      {children}
    </a>
  );
}
