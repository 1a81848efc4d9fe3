import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '../api';
import { appendPage, type Paged, type PageRequest, refreshLimit } from '../paging';
import { useAction } from './use-action';

export interface Pages<T> {
  /** Everything shown so far, newest first; undefined until the first page arrives. */
  items: T[] | undefined;
  /** Whether an older page follows: show "Show more". */
  more: boolean;
  /** One line for a failed load, refresh or "Show more". */
  error: string | undefined;
  busy: boolean;
  showMore: () => Promise<boolean>;
  /** Loads again what is shown, after an action changed it. */
  reload: () => void;
}

/**
 * A paginated list on screen: the first page, "Show more" for the next one,
 * and a reload whenever `key` changes (a live refresh, an action) that asks
 * for as many items as are already shown, so the person's place holds.
 */
export function usePages<T>(load: (page: PageRequest) => Promise<Paged<T>>, key: string, pageSize: number): Pages<T> {
  const [shown, setShown] = useState<Paged<T> | undefined>(undefined);
  const [round, setRound] = useState(0);
  const { busy, error, setError, run } = useAction();
  const count = useRef(0);
  const latestLoad = useRef(load);
  latestLoad.current = load;

  useEffect(() => {
    let live = true;
    latestLoad.current({ limit: refreshLimit(count.current, pageSize) }).then(
      (page) => {
        if (!live) return;
        count.current = page.items.length;
        setShown(page);
        setError(undefined);
      },
      (err: unknown) => {
        if (live) setError(errorMessage(err));
      },
    );
    return () => {
      live = false;
    };
  }, [key, pageSize, round]);

  function showMore() {
    return run(async () => {
      const before = shown?.next;
      if (!shown || !before) return;
      const next = appendPage(shown, await latestLoad.current({ before, limit: pageSize }));
      count.current = next.items.length;
      setShown(next);
    });
  }

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { items: shown?.items, more: Boolean(shown?.next), error, busy, showMore, reload };
}
