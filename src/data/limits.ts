/**
 * How big a budget file may be. A real explanation is a few kilobytes; the limit
 * only stops files that would exhaust memory or storage, and is stated to users.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Files above this are read and validated in a Web Worker so the page never freezes. */
export const WORKER_THRESHOLD_BYTES = 256 * 1024;

/** Problems listed in a report before "and N more" (every one still counts). */
export const MAX_LISTED_ISSUES = 200;
