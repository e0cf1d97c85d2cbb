import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  onClose: () => void;
  closeLabel: string;
  children: ReactNode;
  /** Wider box, for tables. */
  wide?: boolean;
  /** When set, files dropped anywhere on the modal come here and not to the page's own drop handling. */
  onFilesDropped?: (files: File[]) => void;
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Drag events for a modal that takes files; they stop here so the page behind does not act on them. */
function useFileDrop(onFilesDropped: ((files: File[]) => void) | undefined) {
  const [dragging, setDragging] = useState(false);
  // enter/leave fire for every child crossed; count them to know when the drag leaves.
  const depth = useRef(0);
  if (!onFilesDropped) return { dragging: false, handlers: {} };
  const take = (event: DragEvent): boolean => {
    if (!carriesFiles(event)) return false;
    event.preventDefault();
    event.stopPropagation();
    return true;
  };
  const handlers = {
    onDragEnter: (event: DragEvent) => {
      if (!take(event)) return;
      depth.current += 1;
      setDragging(true);
    },
    onDragLeave: (event: DragEvent) => {
      if (!take(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    },
    onDragOver: (event: DragEvent) => {
      if (take(event)) event.dataTransfer.dropEffect = 'copy';
    },
    onDrop: (event: DragEvent) => {
      if (!take(event)) return;
      depth.current = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer.files);
      if (files.length > 0) onFilesDropped(files);
    },
  };
  return { dragging, handlers };
}

/** A modal dialog: focus moves in, Tab stays inside, Escape closes, focus returns to the opener. */
export function Modal({ title, onClose, closeLabel, children, wide = false, onFilesDropped }: ModalProps) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const drop = useFileDrop(onFilesDropped);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    box.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => opener?.focus();
  }, []);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onClose();
        return;
      }
      if (event.key !== 'Tab') return;
      const items = Array.from(element.querySelectorAll<HTMLElement>(FOCUSABLE));
      const first = items[0];
      const last = items.at(-1);
      if (!element.contains(document.activeElement)) {
        // Focus fell out (the focused row was removed): bring it back in.
        event.preventDefault();
        first?.focus();
      } else if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    };
    // On the document, not the dialog: after a row is removed focus is on <body>, and Escape must still work.
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-ink/50 p-2 sm:p-8" {...drop.handlers}>
      <div
        ref={box}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        className={`w-full rounded-lg bg-paper p-4 text-ink shadow-xl sm:p-6 ${wide ? 'max-w-6xl' : 'max-w-3xl'} ${drop.dragging ? 'outline-4 outline-offset-4 outline-accent outline-dashed' : ''}`}
      >
        <div className="mb-3 flex items-start justify-between gap-3">
          <h2 id={`${id}-title`} className="text-xl font-bold">
            {title}
          </h2>
          <button type="button" onClick={onClose} className="rounded border border-line px-3 py-1 text-sm hover:bg-canvas">
            {closeLabel}
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
