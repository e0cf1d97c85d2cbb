import { describe, expect, it } from 'vitest';
import { applyPatch, combinePatches, patchBetween, type MilestoneStatus } from '@/domain/milestoneStatus';

const notStarted: MilestoneStatus = { status: 'not-started' };

describe('field-wise status changes (two tabs on one step)', () => {
  it('keeps the status another tab marked done when this tab, still showing "not started", adds a note', () => {
    const storedByA: MilestoneStatus = { status: 'done', date: '2021-04-28' };
    const typedInB = patchBetween(notStarted, { note: '已兑现 120 人' });
    expect(typedInB).toEqual({ note: { value: '已兑现 120 人', base: '' } });
    expect(applyPatch(storedByA, typedInB)).toEqual({ status: { status: 'done', date: '2021-04-28', note: '已兑现 120 人' }, conflicts: [] });
  });

  it('says when both tabs changed the same field: the latest value stays, the one it replaced is named', () => {
    const storedByA: MilestoneStatus = { status: 'done' };
    const chosenInB = patchBetween(notStarted, { status: 'delayed' });
    expect(applyPatch(storedByA, chosenInB)).toEqual({ status: { status: 'delayed' }, conflicts: [{ field: 'status', theirs: 'done' }] });
  });

  it('is no conflict when the other tab chose the same value', () => {
    expect(applyPatch({ status: 'done' }, patchBetween(notStarted, { status: 'done' })).conflicts).toEqual([]);
  });

  it('clears a note or date with an empty value, and stores nothing for it', () => {
    const patch = patchBetween({ status: 'done', note: '旧', date: '2021-01-02' }, { note: '', date: '' });
    expect(applyPatch({ status: 'done', note: '旧', date: '2021-01-02' }, patch).status).toEqual({ status: 'done' });
  });

  it('combines fast typing into one change whose base is what the user first saw', () => {
    const first = patchBetween({ status: 'in-progress', note: '等' }, { note: '等待' });
    const second = patchBetween({ status: 'in-progress', note: '等待' }, { note: '等待财政' });
    expect(combinePatches(first, second)).toEqual({ note: { value: '等待财政', base: '等' } });
    // Another tab wrote nothing meanwhile: the stored note is the base, so no conflict.
    expect(applyPatch({ status: 'in-progress', note: '等' }, combinePatches(first, second)).conflicts).toEqual([]);
  });

  it('leaves out fields that did not change', () => {
    expect(patchBetween({ status: 'done', note: 'x' }, { status: 'done', note: 'x' })).toEqual({});
  });
});
