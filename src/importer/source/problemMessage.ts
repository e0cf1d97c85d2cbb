/** A source problem in the reader's language, through the importer labels (both the CLI and the dialog word it so). */
import { formatDecimal } from '@/i18n/format';
import type { TFunction } from '@/i18n/translator';
import type { SourceProblem } from './problem';

export function megabytes(bytes: number): string {
  return `${formatDecimal(bytes / 1024 / 1024, 1, 1)} MB`;
}

/** `t` resolves keys in the importer namespace. */
export function problemMessage(problem: SourceProblem, t: TFunction<'importer'>): string {
  switch (problem.kind) {
    case 'tooLarge':
      return t('failed.tooLarge', { size: megabytes(problem.bytes), limit: megabytes(problem.limit) });
    case 'wrongFormat':
      return t('failed.wrongFormat', { extension: problem.extension });
    case 'unreadable':
      return t(problem.format === 'pdf' ? 'failed.unreadablePdf' : 'failed.unreadableDocx', { detail: problem.detail });
    case 'scanned':
      return t('failed.scanned');
    case 'tooManyPages':
      return t('failed.tooManyPages', { pages: formatDecimal(problem.pages, 0, 0), limit: formatDecimal(problem.limit, 0, 0) });
    case 'tooMuchText':
      return t('failed.tooMuchText', { limit: formatDecimal(problem.limit, 0, 0) });
    case 'inflatesTooLarge':
      return t('failed.inflatesTooLarge', { limit: megabytes(problem.limit) });
    case 'tooManyParts':
      return t('failed.tooManyParts', { limit: formatDecimal(problem.limit, 0, 0) });
    case 'compressionRatio':
      return t('failed.compressionRatio', { ratio: formatDecimal(problem.ratio, 0, 0), limit: formatDecimal(problem.limit, 0, 0) });
  }
}
