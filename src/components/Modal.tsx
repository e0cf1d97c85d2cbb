import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode, type RefObject, type SyntheticEvent } from 'react';

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

/** Open modals, so the page behind scrolls again only when the last one closes. */
let openModals = 0;
/** The scroll lock on <html>: the page behind a modal does not scroll under it. */
const SCROLL_LOCK = 'overflow-hidden';

/**
 * Opens the native dialog as a modal: the browser puts it in the top layer and makes the page
 * behind inert (no click, focus or find reaches it), and Tab stays in it. Where showModal is
 * missing (an old browser, jsdom) it opens in place. Focus goes to its close button and back
 * to the opener when it closes; the page behind does not scroll meanwhile.
 */
function useModalDialog(dialog: RefObject<HTMLDialogElement | null>, onClose: () => void) {
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    // The close button, the dialog's first control: a reader who opened it by mistake leaves with Enter.
    element.querySelector<HTMLElement>('button')?.focus();
    openModals += 1;
    document.documentElement.classList.add(SCROLL_LOCK);
    return () => {
      openModals -= 1;
      if (openModals === 0) document.documentElement.classList.remove(SCROLL_LOCK);
      if (typeof element.close === 'function') element.close();
      opener?.focus();
    };
  }, [dialog]);

  useEffect(() => {
    // On the document, not the dialog: after a focused row is removed focus is on <body>, and Escape must
    // still close. preventDefault keeps the browser from closing the dialog itself: the owner unmounts it.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      close.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** A modal dialog (native <dialog>): the page behind is inert, Escape closes, focus returns to the opener. */
export function Modal({ title, onClose, closeLabel, children, wide = false, onFilesDropped }: ModalProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const drop = useFileDrop(onFilesDropped);
  useModalDialog(dialog, onClose);

  const cancel = (event: SyntheticEvent) => {
    // A close request other than Escape (a phone's back gesture): the owner closes, as for Escape.
    event.preventDefault();
    onClose();
  };

  return (
    // The dialog fills the viewport (a drop anywhere lands here) and dims the page itself: a ::backdrop colour from the
    // theme's variables came out transparent in Chromium. The panel sits inside it.
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      onCancel={cancel}
      className="fixed inset-0 m-0 h-full max-h-none w-full max-w-none overflow-y-auto bg-ink/50 p-2 backdrop:bg-transparent sm:p-8"
      {...drop.handlers}
    >
      <div
        className={`mx-auto w-full rounded-lg bg-paper p-4 text-ink shadow-xl sm:p-6 ${wide ? 'max-w-6xl' : 'max-w-3xl'} ${drop.dragging ? 'outline-4 outline-offset-4 outline-accent outline-dashed' : ''}`}
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
    </dialog>
  );
}
