import { describe, expect, it } from 'vitest';
import { fitLabel } from '@/components/charts/gantt/fitLabel';

describe('A timeline label beside its mark', () => {
  it('is written whole when the year has room for it', () => {
    expect(fitLabel('1-3 月摸排未参保数据', 300, 12)).toBe('1-3 月摸排未参保数据');
  });

  it('is cut with “…” where the room ends, never past it', () => {
    // Ten CJK characters at 12 px need 120 px; 60 px holds four and the ellipsis.
    expect(fitLabel('每个季度深入定点医疗机构监管', 60, 12)).toBe('每个季度…');
    expect(fitLabel('Inspect designated medical providers every quarter', 80, 12)).toMatch(/^Inspect des?…$/);
  });

  it('is left out when not even one character fits', () => {
    expect(fitLabel('每月评选服务之星', 10, 12)).toBe('');
  });
});
