import { useId, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { MAX_FILE_BYTES } from '@/data/limits';
import { megabytes } from '@/importer/source/problemMessage';
import { formatCount } from '@/i18n/format';

interface SourceFormProps {
  onFile: (file: File) => void;
  onText: (text: string) => void;
  /** The text box's content, kept by the dialog across a read. */
  text: string;
  onTextChange: (text: string) => void;
  /** Lines of pasted text too long to be put back after the last read (see pastedText.ts). */
  droppedLines?: number | undefined;
}

const ACCEPT = '.txt,.md,.markdown,.docx,.pdf,text/plain,text/markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Where the explanation comes from: a file (picker, or dropped on the dialog) or pasted text. */
export function SourceForm({ onFile, onText, text, onTextChange, droppedLines }: SourceFormProps) {
  const { t, language } = useTranslation('importer');
  const id = useId();
  const [emptyPaste, setEmptyPaste] = useState(false);

  return (
    <div className="space-y-4">
      <div>
        <input
          id={`${id}-file`}
          type="file"
          accept={ACCEPT}
          className="peer sr-only"
          aria-describedby={`${id}-file-hint`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so choosing the same file again still fires a change.
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
        <label
          htmlFor={`${id}-file`}
          className="inline-block cursor-pointer rounded bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-strong peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-orange"
        >
          {t('dialog.file')}
        </label>
        <p id={`${id}-file-hint`} className="mt-1 text-sm text-ink-soft">
          {t('dialog.fileHint', { limit: megabytes(MAX_FILE_BYTES) })}
        </p>
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setEmptyPaste(!text.trim());
          if (text.trim()) onText(text);
        }}
      >
        <label htmlFor={`${id}-text`} className="mb-1 block font-semibold">
          {t('dialog.paste')}
        </label>
        <textarea
          id={`${id}-text`}
          value={text}
          onChange={(event) => onTextChange(event.target.value)}
          rows={6}
          aria-invalid={emptyPaste}
          aria-describedby={emptyPaste ? `${id}-text-error` : undefined}
          className="w-full rounded border border-line p-2 text-sm"
        />
        {droppedLines !== undefined ? (
          <p role="status" className="text-sm">
            {t('dialog.pasteNotKept', { lines: formatCount(droppedLines, language) })}
          </p>
        ) : null}
        {emptyPaste ? (
          <p id={`${id}-text-error`} className="text-sm font-semibold text-bad">
            {t('dialog.emptyPaste')}
          </p>
        ) : null}
        <button type="submit" className="mt-2 rounded border border-line px-4 py-2 hover:bg-canvas">
          {t('dialog.readPasted')}
        </button>
      </form>
    </div>
  );
}
