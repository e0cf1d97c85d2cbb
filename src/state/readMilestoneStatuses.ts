import type { QueryClient } from '@tanstack/react-query';
import type { StatusMap } from '@/domain/milestoneStatus';

/**
 * A dataset's milestone statuses (as stored, with this tab's unsaved edits),
 * read when an action needs them. The store and its validator load only then,
 * so a header button that needs statuses on click keeps them out of the first
 * screen's JavaScript.
 */
export async function readMilestoneStatuses(client: QueryClient, sourceId: string): Promise<StatusMap> {
  const { milestonesFor } = await import('@/data/milestoneStore');
  const store = milestonesFor(client);
  await store.load(sourceId);
  return store.getSnapshot(sourceId).statuses;
}
