/** Why a file gave no text for the importer, kept as data so each reader (CLI, app) words it in its language. */
export type SourceProblem =
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'wrongFormat'; extension: string }
  | { kind: 'unreadable'; format: 'docx' | 'pdf'; detail: string }
  | { kind: 'scanned' }
  | { kind: 'tooManyPages'; pages: number; limit: number }
  | { kind: 'tooMuchText'; limit: number }
  | { kind: 'inflatesTooLarge'; bytes: number; limit: number }
  | { kind: 'tooManyParts'; parts: number; limit: number }
  | { kind: 'compressionRatio'; ratio: number; limit: number };

export type SourceText = { ok: true; text: string } | { ok: false; problem: SourceProblem };

export const refuse = (problem: SourceProblem): SourceText => ({ ok: false, problem });

export const detailOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
