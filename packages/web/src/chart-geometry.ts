/**
 * The arithmetic of the insights charts, apart from any drawing: scales,
 * step paths, band polygons and axis ticks, as plain numbers and SVG path
 * strings. The components in screens/insights/ only place what this gives.
 * Every chart draws in a fixed viewBox and the SVG scales to its width, so
 * the same geometry serves a 390 px phone and a desktop.
 */

export type Scale = (value: number) => number;

/** Maps [d0, d1] onto [r0, r1] in a straight line; a flat domain maps to r0. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (value) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
}

/**
 * Hours on a log(1 + h) axis: an hour, a day, a week and a month each get
 * room, where a straight axis would squeeze everything under a week into
 * its first sliver. 0 hours is the axis's start.
 */
export function hoursScale(maxHours: number, range: readonly [number, number]): Scale {
  const top = Math.log1p(Math.max(maxHours, 1));
  const inner = linearScale([0, top], range);
  return (hours) => inner(Math.log1p(Math.max(0, hours)));
}

/** A number for an SVG attribute: two decimals at most, no "-0". */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export interface Point {
  x: number;
  y: number;
}

/**
 * A step curve that holds each value until the next point ("step after"),
 * as a path: from (x0, y0) across to x1, up or down to y1, and so on, then
 * across to `endX` if given. A curve sampled at checkpoints is drawn at each
 * checkpoint's value until the next one, never above what is known.
 */
export function stepPath(points: readonly Point[], endX?: number): string {
  const [first, ...rest] = points;
  if (first === undefined) return '';
  let d = `M${num(first.x)} ${num(first.y)}`;
  for (const p of rest) d += `H${num(p.x)}V${num(p.y)}`;
  if (endX !== undefined && endX > (points[points.length - 1]?.x ?? endX)) d += `H${num(endX)}`;
  return d;
}

export interface BandPoint {
  x: number;
  low: number;
  high: number;
}

/** The closed outline of a step band: along the high edge forwards, back along the low edge. */
export function stepBandPath(points: readonly BandPoint[], endX?: number): string {
  if (points.length === 0) return '';
  const high = stepPath(
    points.map((p) => ({ x: p.x, y: p.high })),
    endX,
  );
  const last = points[points.length - 1] as BandPoint;
  const right = endX !== undefined && endX > last.x ? endX : last.x;
  let back = `H${num(right)}V${num(last.low)}`;
  if (right === last.x) back = `V${num(last.low)}`;
  for (let i = points.length - 1; i > 0; i--) {
    const p = points[i] as BandPoint;
    const before = points[i - 1] as BandPoint;
    back += `H${num(p.x)}V${num(before.low)}`;
  }
  back += `H${num(points[0]?.x ?? 0)}Z`;
  return high + back;
}

/** A straight polyline through the points. */
export function linePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join('');
}

/** A band between two straight edges (high forwards, low back), closed. */
export function bandPath(points: readonly BandPoint[]): string {
  if (points.length === 0) return '';
  const high = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.high)}`).join('');
  const low = [...points]
    .reverse()
    .map((p) => `L${num(p.x)} ${num(p.low)}`)
    .join('');
  return `${high}${low}Z`;
}

/** The spans people say, in hours, with the words under the axis. */
const HOUR_TICKS: readonly [number, string][] = [
  [1, '1 h'],
  [24, '1 day'],
  [168, '1 week'],
  [720, '1 month'],
  [8760, '1 year'],
];

/** The ticks of a time-to-repair axis that reaches `maxHours`: the spans that fit, always "1 day" if nothing else. */
export function hourTicks(maxHours: number): { hours: number; label: string }[] {
  const fit = HOUR_TICKS.filter(([hours]) => hours <= maxHours).map(([hours, label]) => ({ hours, label }));
  return fit.length > 0 ? fit : [{ hours: 24, label: '1 day' }];
}

/** Where a share of 0–1 lands between `bottom` and `top` (SVG y grows downwards). */
export function shareScale(bottom: number, top: number): Scale {
  return linearScale([0, 1], [bottom, top]);
}

/** The upper end of a ratio axis: past the largest value and the guide, on a whole step. */
export function ratioAxisMax(values: readonly (number | null)[], guide: number): number {
  const largest = Math.max(guide, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const step = largest <= 10 ? 1 : largest <= 50 ? 5 : 10;
  return Math.ceil((largest * 1.1) / step) * step;
}

/**
 * Which of the points at `xs` (rising) get an axis label, at least `gap`
 * apart: always the last (it is "now"), then the earlier ones from the
 * start, skipping any that would crowd the one before or the last.
 */
export function spacedLabels(xs: readonly number[], gap: number): number[] {
  const lastIndex = xs.length - 1;
  if (lastIndex < 0) return [];
  const last = xs[lastIndex] ?? 0;
  const chosen: number[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < lastIndex; i++) {
    const x = xs[i] ?? 0;
    if (x - previous >= gap && last - x >= gap) {
      chosen.push(i);
      previous = x;
    }
  }
  chosen.push(lastIndex);
  return chosen;
}
