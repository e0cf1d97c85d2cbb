import { useId, useState, type ReactNode } from 'react';

interface TermProps {
  children: ReactNode;
  /** The glossary definition; without one the term renders as plain text. */
  definition: string | undefined;
}

/** A term whose definition shows on hover and on keyboard focus (名词解释 in place). */
export function Term({ children, definition }: TermProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!definition) return <>{children}</>;
  return (
    <span className="relative inline-block">
      <button
        type="button"
        className="cursor-help border-b border-dotted border-ink-soft text-inherit"
        aria-describedby={open ? id : undefined}
        onMouseEnter={() => setOpen(true)}
        onMouseLeave={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
      >
        {children}
      </button>
      {open ? (
        <span role="tooltip" id={id} className="absolute left-0 top-full z-30 mt-1 w-72 rounded-md bg-ink p-3 text-left text-sm font-normal leading-relaxed text-white shadow-lg">
          {definition}
        </span>
      ) : null}
    </span>
  );
}
