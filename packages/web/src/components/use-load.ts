import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  reload: () => void;
  set: (data: T) => void;
}

/** Loads data for a screen and reloads it when `key` changes; a stale answer never overwrites a newer one. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setError(undefined);
    load().then(
      (value) => {
        if (live) setData(value);
      },
      (err: unknown) => {
        if (!live) return;
        setError(
          err instanceof ApiError ? err : new ApiError(0, 'unexpected', 'Something went wrong. Please try again.'),
        );
      },
    );
    return () => {
      live = false;
    };
  }, [key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data, error, reload, set: setData };
}
