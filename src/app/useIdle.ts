import { useEffect, useState } from 'react';
import { whenIdle } from '@/components/whenIdle';

/** Calls `run(value)` once the browser is idle (within `timeout` ms at the latest); again whenever value changes. */
export function useIdle(value: string | undefined, run: (value: string) => void, timeout = 2000): void {
  useEffect(() => {
    if (value === undefined) return;
    return whenIdle(() => run(value), timeout);
  }, [value, run, timeout]);
}

/** False until `ms` have passed since the component mounted. */
export function useSettled(ms: number): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const handle = setTimeout(() => setSettled(true), ms);
    return () => clearTimeout(handle);
  }, [ms]);
  return settled;
}
