import { useState, type RefObject } from 'react';
import { useTranslation } from '@/i18n/react';
import type { ImageKind } from './exportImage';

const KINDS: ImageKind[] = ['png', 'svg'];

/** PNG (2×) and SVG downloads of a chart frame; the exporter loads only when used. */
export function ExportImageButtons({ target, title }: { target: RefObject<HTMLElement | null>; title: string }) {
  const { t } = useTranslation('actions');
  const [error, setError] = useState<string | undefined>(undefined);
  const save = async (kind: ImageKind) => {
    const node = target.current;
    if (!node) return;
    setError(undefined);
    try {
      const { downloadFigureImage } = await import('./exportImage');
      await downloadFigureImage(node, kind, title);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };
  return (
    <>
      {KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          onClick={() => void save(kind)}
          className="rounded border border-line px-2 py-1 text-ink-soft hover:bg-canvas"
          aria-label={t(`export.${kind}Label`, { title })}
        >
          {t(`export.${kind}`)}
        </button>
      ))}
      {error ? (
        <span role="alert" className="text-bad">
          {t('export.failed', { message: error })}
        </span>
      ) : null}
    </>
  );
}
