import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { MAX_FILE_BYTES } from '@/data/limits';
import { formatBytes } from './bytes';
import { loadFiles } from './loadFiles';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Dropping a file anywhere on the page loads it; an overlay says so while dragging. */
export function DropZone() {
  const { t } = useTranslation('library');
  const queryClient = useQueryClient();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // enter/leave fire for every child element crossed; count them to know when the drag leaves the window.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) void loadFiles(files, queryClient);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [queryClient]);

  if (!dragging) return null;
  return (
    <div className="pointer-events-none fixed inset-0 z-40 flex items-center justify-center bg-ink/60 p-6" aria-hidden="true">
      <div className="rounded-xl border-4 border-dashed border-white px-10 py-12 text-center text-white">
        <p className="text-2xl font-bold">{t('dropHere')}</p>
        <p className="mt-2 text-white/85">{t('dropHint', { limit: formatBytes(MAX_FILE_BYTES) })}</p>
      </div>
    </div>
  );
}
