/** What a status edit, an import or "save everything again" asks to write: the fields changed from what the user saw. */
import { patchBetween, statusOf, STATUS_FIELDS, type MilestoneStatus, type StatusMap, type StatusPatch } from '@/domain/milestoneStatus';

export interface StatusChange {
  patches: ReadonlyMap<string, StatusPatch>;
  /** Set by "save everything again": once it is saved, the records are no longer missing. */
  resaved?: boolean;
}

/** The change from what the user saw; a step with no record yet gets one even for the default status ("not started" is a report). */
function patchFor(statuses: StatusMap, id: string, fields: Partial<MilestoneStatus>): StatusPatch {
  const patch = patchBetween(statusOf(statuses, id), fields);
  if (!Object.hasOwn(statuses, id) && fields.status !== undefined) patch.status ??= { value: fields.status, base: fields.status };
  return patch;
}

/** The fields of one step that changed (the rest stay as stored). */
export function statusChange(statuses: StatusMap, milestoneId: string, fields: Partial<MilestoneStatus>): StatusChange {
  return { patches: new Map([[milestoneId, patchFor(statuses, milestoneId, fields)]]) };
}

/** Whole statuses (an import: every field of each step). */
export function importChange(statuses: StatusMap, changes: ReadonlyMap<string, MilestoneStatus>): StatusChange {
  const full = (status: MilestoneStatus): Partial<MilestoneStatus> => ({ status: status.status, date: status.date ?? '', note: status.note ?? '' });
  return { patches: new Map([...changes].map(([id, status]) => [id, patchFor(statuses, id, full(status))])) };
}

/** Every status shown, again (after the stored records were deleted elsewhere). */
export function saveAllChange(statuses: StatusMap): StatusChange {
  // No base: this replaces whatever storage holds now (nothing, after a deletion), so it is no conflict.
  const everything = (status: MilestoneStatus): StatusPatch => Object.fromEntries(STATUS_FIELDS.map((field) => [field, { value: status[field] ?? '' }]));
  return { patches: new Map(Object.entries(statuses).map(([id, status]) => [id, everything(status)])), resaved: true };
}
