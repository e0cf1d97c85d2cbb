import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setParams, useUrlParam } from '@/state/urlState';

describe('reading the address', () => {
  it('re-renders a component when its own parameter changes, not when another does', () => {
    window.history.replaceState(null, '', '/?asof=2021-06');
    const renders: string[] = [];
    function AsOf() {
      const asof = useUrlParam('asof');
      renders.push(asof ?? '-');
      return <p>{asof}</p>;
    }
    render(<AsOf />);
    const before = renders.length;
    act(() => setParams({ cat: '卫生健康支出' }));
    act(() => setParams({ cat: undefined }));
    expect(renders.length).toBe(before);
    act(() => setParams({ asof: '2021-09' }));
    expect(screen.getByText('2021-09')).toBeInTheDocument();
    expect(renders.length).toBe(before + 1);
  });
});
