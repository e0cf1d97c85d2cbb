/** Why an import produced no budget, kept as data so the message follows the language. */
import { formatDecimal } from '@/i18n/format';
import type { ImportReport } from '@/importer';
import type { SourceProblem } from './readExplanation';

export type ImportFailure =
  | { name: string; kind: 'report'; error: NonNullable<ImportReport['error']> }
  | { name: string; kind: 'source'; problem: SourceProblem }
  | { name: string; kind: 'unexpected'; detail: string };

export function megabytes(bytes: number): string {
  return `${formatDecimal(bytes / 1024 / 1024, 1, 1)} MB`;
}
