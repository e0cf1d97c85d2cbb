import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface TermProps {
  children: ReactNode;
  /** The glossary definition; without one the term renders as plain text. */
  definition: string | undefined;
}

/** Space kept between the tooltip and the viewport's edges, in px. */
const EDGE = 8;

/**
 * Keeps the open tooltip inside the viewport: shifted sideways on a narrow phone,
 * and above the term when there is no room below. Written to the element directly
 * because it depends on layout, which React state would only learn a frame late.
 */
function placeInViewport(tooltip: HTMLElement) {
  tooltip.style.transform = '';
  tooltip.style.top = '';
  tooltip.style.bottom = '';
  tooltip.style.marginBottom = '';
  const rect = tooltip.getBoundingClientRect();
  const width = document.documentElement.clientWidth || window.innerWidth;
  const overflowRight = rect.right - (width - EDGE);
  const shift = overflowRight > 0 ? Math.max(EDGE - rect.left, -overflowRight) : rect.left < EDGE ? EDGE - rect.left : 0;
  if (shift !== 0) tooltip.style.transform = `translateX(${Math.round(shift)}px)`;
  const anchor = tooltip.parentElement?.getBoundingClientRect();
  if (anchor && rect.bottom > window.innerHeight - EDGE && anchor.top - rect.height - EDGE > 0) {
    tooltip.style.top = 'auto';
    tooltip.style.bottom = '100%';
    tooltip.style.marginBottom = '0.25rem';
  }
}

/**
 * A term whose definition shows on hover and on keyboard focus (名词解释 in place).
 * WCAG 1.4.13: the tooltip can be hovered without closing and dismissed with Escape.
 */
export function Term({ children, definition }: TermProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const tooltipRef = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    if (open && tooltipRef.current) placeInViewport(tooltipRef.current);
  }, [open]);

  // Escape closes it wherever focus is, e.g. when it opened on hover.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  if (!definition) return <>{children}</>;
  return (
    <span className="relative inline-block" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className="cursor-help border-b border-dotted border-ink-soft text-inherit"
        aria-describedby={open ? id : undefined}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        // A tap on a phone may not focus a button (Safari), so a click opens it too.
        onClick={() => setOpen(true)}
      >
        {children}
      </button>
      {open ? (
        <span
          ref={tooltipRef}
          role="tooltip"
          id={id}
          className="absolute left-0 top-full z-30 mt-1 w-72 max-w-[calc(100vw-1rem)] rounded-md bg-ink p-3 text-left text-sm font-normal leading-relaxed whitespace-normal text-white shadow-lg"
        >
          {definition}
        </span>
      ) : null}
    </span>
  );
}
