import type { ReactNode } from 'react';
import { DeferredLanguage } from '@/i18n/react';
import { DeferredParam } from '@/state/urlState';

/**
 * The language of a section (its labels, and the formats and data names that follow `?lang=`), taken
 * after the part of the page on screen has painted when the section is not on screen. A switch then
 * costs what the reader sees: measured with a Chromium trace of the click on the seed at the top of
 * the page, 支出, a screen below, was a third of the click's script before it waited.
 */
export function SectionLanguage({ deferred, children }: { deferred: boolean; children: ReactNode }) {
  return (
    <DeferredParam param="lang" deferred={deferred}>
      <DeferredLanguage deferred={deferred}>{children}</DeferredLanguage>
    </DeferredParam>
  );
}
