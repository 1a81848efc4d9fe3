import { describe, expect, it } from 'vitest';
import { scrollDelta } from './scroll-into-view';

const phone = { height: 844, topInset: 61, bottomInset: 57 };

describe('scrollDelta', () => {
  it('does nothing when the box already shows whole', () => {
    expect(scrollDelta({ top: 200, bottom: 500 }, phone)).toBe(0);
  });

  it('scrolls a box hidden under the bottom navigation up above it, with room', () => {
    expect(scrollDelta({ top: 700, bottom: 900 }, phone)).toBe(900 - (844 - 57 - 16));
  });

  it('scrolls a box under the header down below it', () => {
    expect(scrollDelta({ top: 20, bottom: 200 }, phone)).toBe(20 - (61 + 16));
  });

  it('shows the top of a box taller than the room', () => {
    expect(scrollDelta({ top: 300, bottom: 1500 }, phone)).toBe(300 - (61 + 16));
  });
});
