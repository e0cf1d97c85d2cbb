import { describe, expect, it } from 'vitest';
import { readStoredRecord, setAsideJson } from '@/data/milestoneRecord';

/** A stored record as IndexedDB can hold it: values JSON has no words for. */
function oddRecord() {
  const cyclic: Record<string, unknown> = { status: 'done' };
  cyclic.self = cyclic;
  return {
    version: 1,
    statuses: {
      big: { status: 'done', count: 12345678901234567890n },
      map: new Map([['note', '已兑现']]),
      set: new Set(['a', 'b']),
      bytes: new Uint8Array([1, 2, 3]),
      cyclic,
    },
  };
}

describe('set-aside records as a download', () => {
  it('writes every value storage can hold, BigInt and cycles included, instead of throwing', () => {
    const { setAside } = readStoredRecord(oddRecord(), () => '2021-05-01T00:00:00.000Z');
    expect(setAside.map((e) => e.key)).toEqual(['big', 'map', 'set', 'bytes', 'cyclic']);
    const file = JSON.parse(setAsideJson(setAside)) as { key: string; value: unknown }[];
    expect(file.map(({ key, value }) => ({ key, value }))).toEqual([
      { key: 'big', value: { status: 'done', count: '12345678901234567890n' } },
      { key: 'map', value: { map: [['note', '已兑现']] } },
      { key: 'set', value: { set: ['a', 'b'] } },
      { key: 'bytes', value: { bytes: [1, 2, 3] } },
      { key: 'cyclic', value: { status: 'done', self: '[circular]' } },
    ]);
  });

  it('keeps an entry that repeats the same object twice (not a cycle) in full', () => {
    const shared = { status: 'done' };
    const { setAside } = readStoredRecord({ version: 1, statuses: { twice: { a: shared, b: shared } } });
    expect(JSON.parse(setAsideJson(setAside))[0].value).toEqual({ a: shared, b: shared });
  });
});
