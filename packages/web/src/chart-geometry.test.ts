import { describe, expect, it } from 'vitest';
import {
  bandPath,
  hoursScale,
  hourTicks,
  linearScale,
  linePath,
  num,
  ratioAxisMax,
  shareScale,
  spacedLabels,
  stepBandPath,
  stepPath,
} from './chart-geometry';

describe('chart geometry: scales', () => {
  it('a linear scale maps the ends of its domain to the ends of its range, either way round', () => {
    const x = linearScale([0, 10], [20, 320]);
    expect(x(0)).toBe(20);
    expect(x(5)).toBe(170);
    expect(x(10)).toBe(320);
    const y = shareScale(200, 0);
    expect(y(0)).toBe(200);
    expect(y(1)).toBe(0);
    expect(y(0.25)).toBe(150);
    expect(linearScale([3, 3], [0, 100])(3)).toBe(0);
  });

  it('the hours axis starts at 0, ends at the longest time, and gives a day more room than a straight axis', () => {
    const x = hoursScale(720, [0, 300]);
    expect(x(0)).toBe(0);
    expect(x(720)).toBeCloseTo(300);
    expect(x(24)).toBeGreaterThan(300 * (24 / 720) * 5);
    expect(x(-5)).toBe(0);
    // Ever rising.
    expect(x(1)).toBeLessThan(x(2));
    expect(x(168)).toBeLessThan(x(169));
  });

  it('ticks are the spans that fit, with a day when nothing does', () => {
    expect(hourTicks(200).map((t) => t.label)).toEqual(['1 h', '1 day', '1 week']);
    expect(hourTicks(0.5)).toEqual([{ hours: 24, label: '1 day' }]);
    expect(hourTicks(9000).at(-1)?.label).toBe('1 year');
  });

  it('a ratio axis reaches past the guide and the largest value', () => {
    expect(ratioAxisMax([1, 2, null], 5)).toBe(6);
    expect(ratioAxisMax([12], 5)).toBe(15);
    expect(ratioAxisMax([null, Number.POSITIVE_INFINITY], 5)).toBe(6);
  });

  it('axis labels keep their distance, and the last is always there', () => {
    expect(spacedLabels([0, 100, 200, 230], 44)).toEqual([0, 1, 3]);
    expect(spacedLabels([0, 10, 20, 100], 44)).toEqual([0, 3]);
    expect(spacedLabels([50], 44)).toEqual([0]);
    expect(spacedLabels([], 44)).toEqual([]);
  });

  it('numbers are short and never "-0"', () => {
    expect(num(1.23456)).toBe('1.23');
    expect(num(-0.001)).toBe('0');
    expect(num(10)).toBe('10');
  });
});

describe('chart geometry: paths', () => {
  it('a step path holds each value until the next point, then runs on to the end', () => {
    const d = stepPath(
      [
        { x: 0, y: 100 },
        { x: 10, y: 60 },
        { x: 30, y: 20 },
      ],
      50,
    );
    expect(d).toBe('M0 100H10V60H30V20H50');
    expect(stepPath([])).toBe('');
    expect(stepPath([{ x: 5, y: 5 }], 5)).toBe('M5 5');
  });

  it('a step band goes forward along the high edge and back along the low, closed', () => {
    const d = stepBandPath(
      [
        { x: 0, low: 100, high: 100 },
        { x: 10, low: 80, high: 40 },
        { x: 30, low: 50, high: 10 },
      ],
      40,
    );
    expect(d).toBe('M0 100H10V40H30V10H40H40V50H30V80H10V100H0Z');
    // It outlines a region: it starts and ends where the curve starts.
    expect(d.startsWith('M0 100')).toBe(true);
    expect(d.endsWith('H0Z')).toBe(true);
    expect(stepBandPath([])).toBe('');
  });

  it('without an end, the band closes at its last point', () => {
    expect(
      stepBandPath([
        { x: 0, low: 9, high: 9 },
        { x: 5, low: 6, high: 2 },
      ]),
    ).toBe('M0 9H5V2V6H5V9H0Z');
  });

  it('a line and a straight band pass through every point', () => {
    const points = [
      { x: 0, y: 5 },
      { x: 10, y: 7.5 },
    ];
    expect(linePath(points)).toBe('M0 5L10 7.5');
    expect(
      bandPath([
        { x: 0, low: 8, high: 2 },
        { x: 10, low: 9, high: 3 },
      ]),
    ).toBe('M0 2L10 3L10 9L0 8Z');
    expect(bandPath([])).toBe('');
  });
});
