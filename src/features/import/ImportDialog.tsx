import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { Modal } from '@/components/Modal';
import type { Budget } from '@/data/budgetSchema';
import type { ImportReport } from '@/importer';
import type { ImportFailure } from './failure';
import { FailureView } from './FailureView';
import { jsonFileName, type OpenOutcome } from './importedFile';
import { importFile, importText, type ReadOutcome } from './readExplanation';
import { ReviewView } from './ReviewView';
import { SourceForm } from './SourceForm';

type Stage =
  { kind: 'choose'; failure?: ImportFailure } | { kind: 'busy'; name: string } | { kind: 'review'; budget: Budget; report: ImportReport; fileName: string };

interface ImportDialogProps {
  onClose: () => void;
  onOpened: (outcome: Extract<OpenOutcome, { ok: true }>) => void;
}

/** Choose or paste → reading (busy) → review, or back to choosing with the importer's message. */
export function ImportDialog({ onClose, onOpened }: ImportDialogProps) {
  const { t } = useTranslation('importer');
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const body = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const failure = useRef<HTMLDivElement>(null);
  const started = useRef(false);

  // After each step focus goes to what changed (the review, the message, the picker), never back to <body>.
  useEffect(() => {
    if (!started.current) {
      started.current = true;
      return;
    }
    if (stage.kind === 'review') heading.current?.focus();
    else if (stage.kind === 'choose') (failure.current ?? body.current?.querySelector<HTMLElement>('input[type="file"]'))?.focus();
  }, [stage]);

  const run = async (name: string, fileName: string | undefined, read: () => Promise<ReadOutcome>) => {
    setStage({ kind: 'busy', name });
    try {
      const outcome = await read();
      if (!outcome.ok) return setStage({ kind: 'choose', failure: { name, kind: 'source', problem: outcome.problem } });
      const { budget, report } = outcome.result;
      if (!budget || !report.ok) return setStage({ kind: 'choose', failure: { name, kind: 'report', error: report.error! } });
      setStage({ kind: 'review', budget, report, fileName: jsonFileName(fileName, `${budget.department.name}-${budget.fiscalYear}`) });
    } catch (error) {
      setStage({ kind: 'choose', failure: { name, kind: 'unexpected', detail: error instanceof Error ? error.message : String(error) } });
    }
  };
  const chooseFile = (file: File) => void run(file.name, file.name, () => importFile(file));
  const pasteText = (text: string) => void run(t('pasted'), undefined, async () => ({ ok: true, result: await importText(text) }));

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
            budget={stage.budget}
            report={stage.report}
            fileName={stage.fileName}
            onBack={() => setStage({ kind: 'choose' })}
            onOpened={onOpened}
          />
        ) : null}
        {stage.kind === 'busy' ? (
          <p role="status" aria-busy="true" className="flex items-center gap-3 py-10 text-lg">
            <span aria-hidden="true" className="inline-block size-5 animate-spin rounded-full border-4 border-line border-t-accent" />
            {t('dialog.busy', { name: stage.name })}
          </p>
        ) : null}
        {stage.kind === 'choose' ? (
          <>
            <p className="mb-4 text-sm">{t('dialog.intro')}</p>
            {stage.failure ? <FailureView ref={failure} failure={stage.failure} /> : null}
            <SourceForm onFile={chooseFile} onText={pasteText} />
          </>
        ) : null}
      </div>
    </Modal>
  );
}
