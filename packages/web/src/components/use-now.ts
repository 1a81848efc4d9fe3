import { useEffect, useState } from 'preact/hooks';

/**
 * The current time, with one more render when `until` (a break's or a
 * pause's return time) passes, so the page stops showing it.
 */
export function useNow(until: string | null): Date {
  const [, setTick] = useState(0);
  useEffect(() => {
    const wait = until ? Date.parse(until) - Date.now() : 0;
    if (!(wait > 0)) return;
    const timer = setTimeout(() => setTick((n) => n + 1), Math.min(wait + 500, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [until]);
  return new Date();
}
