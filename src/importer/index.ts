/** The budget explanation importer: pure text → budget file + report. `.docx` lives in ./docx (it pulls in mammoth). */
export { importExplanation } from './importExplanation';
export { CORE_PATHS } from './report';
export type {
  Conflict,
  FoundFigure,
  ImportDraft,
  ImportErrorCode,
  ImportReport,
  ImportResult,
  NotFound,
  NotFoundReason,
  Provenance,
  RequiredField,
} from './types';
