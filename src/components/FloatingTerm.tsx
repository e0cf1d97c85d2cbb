import { autoUpdate, flip, offset, safePolygon, shift, useDismiss, useFloating, useFocus, useHover, useInteractions, useMergeRefs, useRole } from '@floating-ui/react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { TERM_BUTTON } from './termButton';

interface FloatingTermProps {
  children: ReactNode;
  definition: string;
  /** The reader reached the term by keyboard (or a tap): the button takes focus from the plain one it replaces. */
  focused: boolean;
}

/** Space kept between the tooltip and the viewport's edges, in px. */
const EDGE = 8;

/**
 * The term once the reader has reached it (see Term): it opens at once, since the hover or focus
 * that brought it here has happened. Its definition shows on hover and on keyboard focus, placed by
 * Floating UI: below the term, above it when there is no room below, shifted sideways to stay
 * on a narrow phone's screen, and following the term when the page scrolls. Fixed positioning,
 * so a tile or table that clips its overflow does not cut it.
 * WCAG 1.4.13: the pointer can move onto the tooltip without closing it, and Escape dismisses it.
 */
export function FloatingTerm({ children, definition, focused }: FloatingTermProps) {
  // Reached by pointer: open at once. Reached by focus: opened by useFocus when the button below takes the
  // focus, so that it also closes on blur as a focus-opened tooltip does.
  const [open, setOpen] = useState(!focused);
  const { refs, floatingStyles, context } = useFloating({
    open,
    onOpenChange: setOpen,
    placement: 'bottom-start',
    strategy: 'fixed',
    middleware: [offset(4), flip({ padding: EDGE }), shift({ padding: EDGE })],
    whileElementsMounted: autoUpdate,
  });
  // Callback refs (setters), not ref objects: read in render by design.
  const { setReference, setFloating } = refs;
  const button = useRef<HTMLButtonElement>(null);
  const reference = useMergeRefs([setReference, button]);

  useEffect(() => {
    if (focused) button.current?.focus();
  }, [focused]);
  const { getReferenceProps, getFloatingProps } = useInteractions([
    useHover(context, { handleClose: safePolygon() }),
    // Not only :focus-visible: a tap that reached the term (Term.tsx) focuses it from script.
    useFocus(context, { visibleOnly: false }),
    useDismiss(context),
    useRole(context, { role: 'tooltip' }),
  ]);

  return (
    <>
      <button
        ref={reference}
        type="button"
        className={TERM_BUTTON}
        // A tap on a phone may not focus a button (Safari), so a click opens it too.
        {...getReferenceProps({ onClick: () => setOpen(true) })}
      >
        {children}
      </button>
      {open ? (
        <span
          ref={setFloating}
          style={floatingStyles}
          className="z-30 w-72 max-w-[calc(100vw-1rem)] rounded-md bg-ink p-3 text-left text-sm font-normal leading-relaxed whitespace-normal text-white shadow-lg"
          {...getFloatingProps()}
        >
          {definition}
        </span>
      ) : null}
    </>
  );
}
