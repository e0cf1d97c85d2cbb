import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { Modal } from '@/components/Modal';
import { BusyView } from './BusyView';
import { FailureView } from './FailureView';
import type { OpenOutcome } from './importedFile';
import { stageAfter, type Stage } from './importStage';
import type { ImportRequest } from './readExplanation';
import { fitsBackInTextBox, lineCount } from './pastedText';
import { ReviewView } from './ReviewView';
import { runImport, type ImportRun } from './runImport';
import { SourceForm } from './SourceForm';

interface ImportDialogProps {
  onClose: () => void;
  onOpened: (outcome: Extract<OpenOutcome, { ok: true }>) => void;
}

/** Choose or paste → reading in a worker (busy, can be stopped) → review, or back to choosing with the reason. */
export function ImportDialog({ onClose, onOpened }: ImportDialogProps) {
  const { t } = useTranslation('importer');
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const body = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const failure = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const started = useRef(false);
  const current = useRef<ImportRun | undefined>(undefined);
  // The text box's content outlives the form (unmounted while a read runs): a stopped or failed read, or
  // Back from the review, finds it as it was, unless it is too long to put back (pastedText.ts).
  const [text, setText] = useState('');
  const [droppedLines, setDroppedLines] = useState<number | undefined>(undefined);

  // Closing the dialog stops a read in progress: its worker is terminated, nothing it finds is shown.
  useEffect(
    () => () => {
      const job = current.current;
      current.current = undefined;
      job?.cancel();
    },
    [],
  );

  // After each step focus goes to what changed (the review, the message, the stop button, the picker), never back to <body>.
  useEffect(() => {
    if (!started.current) {
      started.current = true;
      return;
    }
    if (stage.kind === 'review') heading.current?.focus();
    else if (stage.kind === 'busy') cancel.current?.focus();
    else (failure.current ?? body.current?.querySelector<HTMLElement>('input[type="file"]'))?.focus();
  }, [stage]);

  const run = (name: string, sourceName: string | undefined, request: ImportRequest) => {
    current.current?.cancel();
    const keep = fitsBackInTextBox(text);
    setDroppedLines(keep ? undefined : lineCount(text));
    if (!keep) setText('');
    const job = runImport(request);
    current.current = job;
    setStage({ kind: 'busy', name });
    void job.outcome.then((outcome) => {
      // A later choice (or closing the dialog) supersedes this one.
      if (current.current !== job) return;
      current.current = undefined;
      setStage(stageAfter(outcome, name, sourceName));
    });
  };
  const chooseFile = (file: File) => run(file.name, file.name, { file, name: file.name });
  const pasteText = (text: string) => run(t('pasted'), undefined, { text });

  return (
    <Modal
      title={t('dialog.title')}
      onClose={onClose}
      closeLabel={t('close')}
      wide
      onFilesDropped={stage.kind === 'busy' ? undefined : (files) => chooseFile(files[0]!)}
    >
      <div ref={body}>
        {stage.kind === 'review' ? (
          <ReviewView
            headingRef={heading}
            imported={stage.imported}
            report={stage.report}
            sourceName={stage.sourceName}
            onBack={() => setStage({ kind: 'choose' })}
            onOpened={onOpened}
          />
        ) : null}
        {stage.kind === 'busy' ? <BusyView name={stage.name} cancelRef={cancel} onCancel={() => current.current?.cancel()} /> : null}
        {stage.kind === 'choose' ? (
          <>
            <p className="mb-4 text-sm">{t('dialog.intro')}</p>
            {stage.cancelled ? (
              <p role="status" className="mb-4 text-sm font-semibold">
                {t('dialog.cancelled', { name: stage.cancelled })}
              </p>
            ) : null}
            {stage.failure ? <FailureView ref={failure} failure={stage.failure} /> : null}
            <SourceForm
              onFile={chooseFile}
              onText={pasteText}
              text={text}
              onTextChange={(next) => {
                setText(next);
                setDroppedLines(undefined);
              }}
              droppedLines={droppedLines}
            />
          </>
        ) : null}
      </div>
    </Modal>
  );
}
