/**
 * Counts Escape presses for the quick exit: `press(at)` answers true when
 * this press is the `count`-th within `withinMs`, then starts over so a
 * fourth press does not fire again.
 *
 * @example
 * const press = createEscapeCounter();
 * press(0); press(500); press(1000) // true
 */
export function createEscapeCounter(options: { count?: number; withinMs?: number } = {}): (at: number) => boolean {
  const count = options.count ?? 3;
  const withinMs = options.withinMs ?? 1500;
  let presses: number[] = [];
  return (at) => {
    presses = presses.filter((t) => at - t <= withinMs && t <= at);
    presses.push(at);
    if (presses.length < count) return false;
    presses = [];
    return true;
  };
}
