import { describe, expect, it } from 'vitest';
import { MAX_RECONNECT_DELAY_MS, reconnectDelay } from './backoff';

describe('reconnectDelay', () => {
  it('waits 1 s, 2 s, 5 s, then longer, never more than 30 s', () => {
    expect([0, 1, 2].map(reconnectDelay)).toEqual([1_000, 2_000, 5_000]);
    const delays = Array.from({ length: 20 }, (_, i) => reconnectDelay(i));
    for (const [i, delay] of delays.entries()) {
      expect(delay).toBeLessThanOrEqual(MAX_RECONNECT_DELAY_MS);
      if (i > 0) expect(delay).toBeGreaterThanOrEqual(delays[i - 1] ?? 0);
    }
    expect(reconnectDelay(19)).toBe(30_000);
  });

  it('starts from the first step for odd input', () => {
    expect(reconnectDelay(-1)).toBe(1_000);
    expect(reconnectDelay(Number.NaN)).toBe(1_000);
  });
});
