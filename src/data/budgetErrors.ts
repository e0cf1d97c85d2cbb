/** Why a budget could not be obtained, as errors the load report explains (retrying will not help any of them). */
import { DatasetNotFoundError, DatasetUnreadableError } from './datasetLibrary';
import { BudgetTimeoutError } from './loadTimeout';
import type { ValidationIssue } from './parseBudget';

/** A file that arrived but is not a valid budget: retrying will not help. */
export class BudgetValidationError extends Error {
  constructor(
    readonly source: string,
    readonly issues: ValidationIssue[],
  ) {
    super(`${source}: ${issues.length} problem(s)`);
    this.name = 'BudgetValidationError';
  }
}

/** A file larger than MAX_FILE_BYTES. */
export class BudgetTooLargeError extends Error {
  constructor(
    readonly source: string,
    readonly bytes: number,
  ) {
    super(`${source}: ${bytes} bytes is over the limit`);
    this.name = 'BudgetTooLargeError';
  }
}

/** A same-origin address that answered with a redirect: not followed, as it could lead to another host. */
export class BudgetRedirectedError extends Error {
  constructor(
    readonly source: string,
    readonly to?: string,
  ) {
    super(`${source}: redirected${to ? ` to ${to}` : ''}, not followed`);
    this.name = 'BudgetRedirectedError';
  }
}

/** True for errors the user should read about rather than retry. */
export function isDatasetProblem(error: unknown): boolean {
  return [BudgetValidationError, BudgetTooLargeError, BudgetRedirectedError, BudgetTimeoutError, DatasetNotFoundError, DatasetUnreadableError].some((type) => error instanceof type);
}
