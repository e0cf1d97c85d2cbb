import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { UrlStateProvider, useParam } from '@/state/urlState';

describe('reading the address', () => {
  it('re-renders a component when its own parameter changes, not when another does', async () => {
    window.history.replaceState(null, '', '/?asof=2021-06-01');
    const renders: string[] = [];
    let setCat: (value: string | null) => void = () => undefined;
    let setAsOf: (value: string | null) => void = () => undefined;
    function AsOf() {
      const [asof, set] = useParam('asof');
      setAsOf = set;
      renders.push(asof ?? '-');
      return <p>{asof}</p>;
    }
    function Filter() {
      const [cat, set] = useParam('cat');
      setCat = set;
      return <p>{cat}</p>;
    }
    render(
      <UrlStateProvider>
        <AsOf />
        <Filter />
      </UrlStateProvider>,
    );
    const before = renders.length;
    act(() => void setCat('卫生健康支出'));
    expect(await screen.findByText('卫生健康支出')).toBeInTheDocument();
    act(() => void setCat(null));
    expect(screen.queryByText('卫生健康支出')).not.toBeInTheDocument();
    expect(renders.length).toBe(before);
    act(() => void setAsOf('2021-09-30'));
    expect(screen.getByText('2021-09-30')).toBeInTheDocument();
    expect(renders.length).toBe(before + 1);
  });

  it('writes one history entry for a click that changes several keys', async () => {
    window.history.replaceState(null, '', '/');
    const start = window.history.length;
    let setCat: (value: string | null) => void = () => undefined;
    let setDrill: (value: string | null) => void = () => undefined;
    function Both() {
      [, setCat] = useParam('cat');
      [, setDrill] = useParam('drill');
      return null;
    }
    render(
      <UrlStateProvider>
        <Both />
      </UrlStateProvider>,
    );
    act(() => {
      setCat('社会保障和就业支出');
      setDrill('社会保障和就业支出');
    });
    await vi.waitFor(() => expect(new URLSearchParams(window.location.search).get('drill')).toBe('社会保障和就业支出'));
    expect(new URLSearchParams(window.location.search).get('cat')).toBe('社会保障和就业支出');
    expect(window.history.length).toBe(start + 1);
  });
});
