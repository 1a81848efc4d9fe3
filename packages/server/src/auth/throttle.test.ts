import { describe, expect, it } from 'vitest';
import { manualClock } from '../ports/clock';
import { DEFAULT_POLICIES, LoginThrottle } from './throttle';

const keys = { account: 'ben@example.org', ip: '10.0.0.1' };

describe('LoginThrottle (S4)', () => {
  it('lets the first five failures through, then doubles the wait', () => {
    const clock = manualClock();
    const throttle = new LoginThrottle(clock);
    for (let i = 0; i < 5; i++) throttle.recordFailure(keys);
    expect(throttle.waitFor(keys)).toBe(0);
    throttle.recordFailure(keys);
    expect(throttle.waitFor(keys)).toBe(1000);
    throttle.recordFailure(keys);
    expect(throttle.waitFor(keys)).toBe(2000);
    clock.advance(2000);
    expect(throttle.waitFor(keys)).toBe(0);
  });

  it('never makes an account wait more than a minute, so nobody can be locked out', () => {
    const throttle = new LoginThrottle(manualClock());
    for (let i = 0; i < 200; i++) throttle.recordFailure({ account: keys.account, ip: `10.0.${i}.1` });
    expect(throttle.waitFor({ account: keys.account, ip: 'fresh' })).toBe(DEFAULT_POLICIES.account.maxDelayMs);
  });

  it('slows one address guessing many accounts', () => {
    const throttle = new LoginThrottle(manualClock());
    for (let i = 0; i < 25; i++) throttle.recordFailure({ account: `a${i}@x.org`, ip: keys.ip });
    expect(throttle.waitFor({ account: 'someone-new@x.org', ip: keys.ip })).toBeGreaterThan(0);
    expect(throttle.waitFor({ account: 'someone-new@x.org', ip: '10.9.9.9' })).toBe(0);
  });

  it('forgets failures after a quiet day, and a success clears the account', () => {
    const clock = manualClock();
    const throttle = new LoginThrottle(clock);
    for (let i = 0; i < 8; i++) throttle.recordFailure(keys);
    throttle.recordSuccess(keys);
    expect(throttle.waitFor({ account: keys.account, ip: 'other' })).toBe(0);
    for (let i = 0; i < 8; i++) throttle.recordFailure(keys);
    clock.advance(DEFAULT_POLICIES.account.forgetAfterMs + 1);
    expect(throttle.waitFor(keys)).toBe(0);
  });

  it('keeps its memory bounded', () => {
    const throttle = new LoginThrottle(manualClock(), DEFAULT_POLICIES, 100);
    for (let i = 0; i < 1000; i++) throttle.recordFailure({ account: `a${i}`, ip: `i${i}` });
    // The oldest keys were forgotten; the newest are still tracked.
    for (let i = 0; i < 10; i++) throttle.recordFailure({ account: 'a999', ip: 'x' });
    expect(throttle.waitFor({ account: 'a999', ip: 'y' })).toBeGreaterThan(0);
    expect((throttle as unknown as { entries: Map<string, unknown> }).entries.size).toBeLessThanOrEqual(100);
  });
});
