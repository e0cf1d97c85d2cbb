import type { StatusMap } from '@/domain/milestoneStatus';

/**
 * A dataset's milestone statuses (as stored, with this tab's unsaved edits),
 * read when an action needs them. The store and its validator load only then,
 * so a header button that needs statuses on click keeps them out of the first
 * screen's JavaScript.
 */
export async function readMilestoneStatuses(sourceId: string): Promise<StatusMap> {
  const { milestoneStore } = await import('@/data/milestoneStore');
  await milestoneStore.load(sourceId);
  return milestoneStore.getSnapshot(sourceId).statuses;
}
