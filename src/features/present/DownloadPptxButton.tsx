import { useState } from 'react';
import { useTranslation } from '@/i18n/react';
import type { RenderedDeck } from './slideModel';

/** Builds the .pptx on demand: pptxgenjs is loaded only when someone asks for the file. */
export function DownloadPptxButton({ deck, className }: { deck: RenderedDeck; className: string }) {
  const { t } = useTranslation('present');
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const download = async () => {
    setState({ busy: true });
    try {
      const { downloadDeckPptx } = await import('./pptx/buildDeckPptx');
      await downloadDeckPptx(deck);
      setState({ busy: false });
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <>
      <button type="button" onClick={() => void download()} disabled={state.busy} aria-busy={state.busy} className={className}>
        {state.busy ? t('ui.pptxBusy') : t('ui.pptx')}
      </button>
      {state.error ? (
        <span role="alert" className="text-orange">
          {t('ui.pptxFailed', { message: state.error })}
        </span>
      ) : null}
    </>
  );
}
