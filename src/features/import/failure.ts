/** Why an import produced no budget, kept as data so the message follows the language. */
import type { ImportReport } from '@/importer';
import type { SourceProblem } from './readExplanation';

export type ImportFailure =
  | { name: string; kind: 'report'; error: NonNullable<ImportReport['error']> }
  | { name: string; kind: 'source'; problem: SourceProblem }
  | { name: string; kind: 'unexpected'; detail: string };

export function megabytes(bytes: number, language: string): string {
  return `${new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}
