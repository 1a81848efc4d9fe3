/**
 * The simulated clock: things to do at given times, run in time order (ties
 * in the order they were planned). A binary min-heap, so a history with
 * hundreds of thousands of steps stays fast.
 */
interface Entry {
  at: number;
  order: number;
  run: (at: number) => void;
}

export class Agenda {
  private readonly heap: Entry[] = [];
  private planned = 0;

  /** Plans `run` at `at` (milliseconds since the epoch). */
  plan(at: number, run: (at: number) => void): void {
    const heap = this.heap;
    heap.push({ at, order: this.planned++, run });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i] as Entry, heap[parent] as Entry)) break;
      swap(heap, i, parent);
      i = parent;
    }
  }

  /** Runs everything planned up to `end`, including what those steps plan in turn; later plans are dropped. */
  runUntil(end: number): void {
    const heap = this.heap;
    while (heap.length > 0 && (heap[0] as Entry).at <= end) {
      const top = heap[0] as Entry;
      const last = heap.pop() as Entry;
      if (heap.length > 0) {
        heap[0] = last;
        let i = 0;
        for (;;) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < heap.length && before(heap[l] as Entry, heap[m] as Entry)) m = l;
          if (r < heap.length && before(heap[r] as Entry, heap[m] as Entry)) m = r;
          if (m === i) break;
          swap(heap, i, m);
          i = m;
        }
      }
      top.run(top.at);
    }
    heap.length = 0;
  }
}

function before(a: Entry, b: Entry): boolean {
  return a.at < b.at || (a.at === b.at && a.order < b.order);
}

function swap(heap: Entry[], i: number, j: number): void {
  const t = heap[i] as Entry;
  heap[i] = heap[j] as Entry;
  heap[j] = t;
}
