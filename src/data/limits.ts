/**
 * How big a budget file may be. A real explanation is a few kilobytes; the limit
 * only stops files that would exhaust memory or storage, and is stated to users.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Files above this are read and validated in a Web Worker so the page never freezes. */
export const WORKER_THRESHOLD_BYTES = 256 * 1024;

/** Problems listed in a report before "and N more" (every one still counts). */
export const MAX_LISTED_ISSUES = 200;

/**
 * How many entries one budget may hold. A county bureau has tens of 项 and a dozen
 * key-work items; a city education bureau a few thousand 项. Above these a file is
 * refused with its path named, so no view ever has to draw more than it can in a frame.
 */
export const MAX_CATEGORIES = 20_000;
export const MAX_KEY_WORK_ITEMS = 2_000;
export const MAX_MILESTONES = 10_000;
export const MAX_MILESTONES_PER_ITEM = 500;
/** Revenue lines, glossary terms, a key-work item's figures: a real document has tens. */
export const MAX_LIST_ENTRIES = 1_000;
