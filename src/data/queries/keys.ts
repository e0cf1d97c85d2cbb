/**
 * Every query key the app uses, in one place: a cached value is found (and
 * invalidated) by these, never by a key spelled out elsewhere.
 */
// One key type for both: sourceQueryOptions gives either, and callers treat them alike.
export const budgetKeys = {
  /** A budget fetched from a same-origin URL (the seed, `?data=`). */
  url: (url: string): readonly string[] => ['budget', url],
  /** A dataset from the user's library, by id. */
  dataset: (id: string): readonly string[] => ['dataset', id],
};

export const libraryKeys = {
  /** The list of stored datasets, unreadable ones and the latest storage problem. */
  list: () => ['library'] as const,
};

export const milestoneKeys = {
  all: () => ['milestones'] as const,
  /** One dataset's milestone statuses (by a stored dataset's id or a budget's URL). */
  dataset: (sourceId: string) => ['milestones', sourceId] as const,
};

export const loadStatusKeys = {
  /** The latest file load: reading, or the outcomes the report shows. */
  latest: () => ['load-status'] as const,
};
