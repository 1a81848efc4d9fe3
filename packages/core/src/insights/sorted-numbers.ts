/**
 * A sorted multiset of numbers in one growing typed array: what the
 * incremental insights keep their times in, so that a read can hand a
 * curve its times already sorted (`view`) and count a window by binary
 * search. Inserting or removing moves the larger values by one
 * (`copyWithin`, a memmove): microseconds for tens of thousands.
 * NaN is not a place in an order; the caller keeps it out.
 */
export class SortedNumbers {
  private values: Float64Array;
  length = 0;

  constructor(capacity = 16) {
    this.values = new Float64Array(Math.max(1, capacity));
  }

  /** From values in any order: one typed-array sort. */
  static from(values: readonly number[]): SortedNumbers {
    const out = new SortedNumbers(values.length * 1.25 + 16);
    out.values.set(values);
    out.length = values.length;
    out.values.subarray(0, out.length).sort();
    return out;
  }

  /** From values already in ascending order (checked: out of order, they are sorted). */
  static fromSorted(values: readonly number[]): SortedNumbers {
    for (let i = 1; i < values.length; i++)
      if ((values[i - 1] ?? 0) > (values[i] ?? 0)) return SortedNumbers.from(values);
    const out = new SortedNumbers(values.length * 1.25 + 16);
    out.values.set(values);
    out.length = values.length;
    return out;
  }

  /** How many values are below `x` (the first index at or after it). */
  lowerBound(x: number): number {
    return this.firstWhere((v) => v >= x);
  }

  /** How many values are at most `x`. */
  upperBound(x: number): number {
    return this.firstWhere((v) => v > x);
  }

  /** The first index whose value makes the monotone `test` true (binary search). */
  firstWhere(test: (value: number) => boolean): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (test(this.values[mid] ?? 0)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  insert(x: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    const at = this.upperBound(x);
    this.values.copyWithin(at + 1, at, this.length);
    this.values[at] = x;
    this.length++;
  }

  /** Removes one `x`; false when there was none. */
  remove(x: number): boolean {
    const at = this.lowerBound(x);
    if (at >= this.length || this.values[at] !== x) return false;
    this.values.copyWithin(at, at + 1, this.length);
    this.length--;
    return true;
  }

  /** The values in order, without copying (valid until the next change). */
  view(start = 0, end = this.length): Float64Array {
    return this.values.subarray(start, end);
  }
}
