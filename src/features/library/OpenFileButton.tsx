import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from '@/i18n/react';
import { MAX_FILE_BYTES } from '@/data/limits';
import { formatBytes } from './bytes';
import { loadFiles } from './loadFiles';

/** The file picker: a real file input (keyboard and screen readers), drawn as a button (on the dark header, or on a light notice). */
const TONES = {
  header: 'border-white/40 text-white hover:bg-white/15',
  light: 'border-line bg-paper text-ink hover:bg-canvas',
} as const;

export function OpenFileButton({ tone = 'header' }: { tone?: keyof typeof TONES }) {
  const { t } = useTranslation('library');
  const queryClient = useQueryClient();
  const id = useId();
  const limit = formatBytes(MAX_FILE_BYTES);
  return (
    <span className="relative">
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        multiple
        className="peer sr-only"
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Cleared so choosing the same file again still fires a change.
          event.target.value = '';
          if (files.length > 0) void loadFiles(files, queryClient);
        }}
      />
      <label
        htmlFor={id}
        className={`cursor-pointer rounded border px-2.5 py-1 peer-focus-visible:outline-3 peer-focus-visible:outline-orange ${TONES[tone]}`}
      >
        {t('open')}
      </label>
      <span id={`${id}-hint`} className="sr-only">
        {t('openHint', { limit })}
      </span>
    </span>
  );
}
