/** Why an import produced no budget, kept as data so the message follows the language. */
import type { ImportReport } from '@/importer';
import type { SourceProblem } from '@/importer/source/problem';

export type ImportFailure =
  | { name: string; kind: 'report'; error: NonNullable<ImportReport['error']> }
  | { name: string; kind: 'source'; problem: SourceProblem }
  | { name: string; kind: 'timeout'; seconds: number }
  | { name: string; kind: 'unexpected'; detail: string };
