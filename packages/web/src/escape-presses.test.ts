import { describe, expect, it } from 'vitest';
import { createEscapeCounter } from './escape-presses';

describe('createEscapeCounter', () => {
  it('fires on the third press within 1.5 s', () => {
    const press = createEscapeCounter();
    expect(press(0)).toBe(false);
    expect(press(700)).toBe(false);
    expect(press(1500)).toBe(true);
  });

  it('does not fire when the presses are spread out', () => {
    const press = createEscapeCounter();
    expect(press(0)).toBe(false);
    expect(press(1000)).toBe(false);
    expect(press(1501)).toBe(false);
    expect(press(2400)).toBe(true);
  });

  it('starts over after firing', () => {
    const press = createEscapeCounter();
    press(0);
    press(100);
    expect(press(200)).toBe(true);
    expect(press(300)).toBe(false);
    expect(press(400)).toBe(false);
    expect(press(500)).toBe(true);
  });

  it('takes other counts and windows', () => {
    const press = createEscapeCounter({ count: 2, withinMs: 100 });
    expect(press(0)).toBe(false);
    expect(press(150)).toBe(false);
    expect(press(200)).toBe(true);
  });
});
