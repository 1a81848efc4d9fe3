import type { Clock } from '../ports/clock';

export interface BackoffPolicy {
  /** Failures allowed before any waiting starts. */
  freeFailures: number;
  /** The first wait; each further failure doubles it. */
  baseDelayMs: number;
  /** The longest wait. Kept short per account so nobody can lock another person out. */
  maxDelayMs: number;
  /** A quiet spell this long forgets all failures. */
  forgetAfterMs: number;
}

interface Entry {
  failures: number;
  lastFailureAt: number;
}

/**
 * Exponential back-off after failed sign-ins, keyed separately per account
 * and per IP address (SECURITY.md S4). Nothing is ever locked: the longest
 * per-account wait is a minute, so an attacker hammering someone's email
 * only slows them down a little, while guessing becomes impractically slow.
 * Memory is bounded: the oldest keys are forgotten first.
 */
export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly clock: Clock,
    private readonly policies: { account: BackoffPolicy; ip: BackoffPolicy } = DEFAULT_POLICIES,
    private readonly maxKeys = 100_000,
  ) {}

  /** Milliseconds to wait before the next attempt is heard; 0 when it may go ahead. */
  waitFor(keys: { account: string; ip: string }): number {
    return Math.max(this.wait(`a:${keys.account}`, this.policies.account), this.wait(`i:${keys.ip}`, this.policies.ip));
  }

  recordFailure(keys: { account: string; ip: string }): void {
    this.fail(`a:${keys.account}`, this.policies.account);
    this.fail(`i:${keys.ip}`, this.policies.ip);
  }

  /** A correct password clears the account's failures; the address's stay, so one good account cannot launder guesses. */
  recordSuccess(keys: { account: string }): void {
    this.entries.delete(`a:${keys.account}`);
  }

  private wait(key: string, policy: BackoffPolicy): number {
    const entry = this.current(key, policy);
    if (!entry || entry.failures <= policy.freeFailures) return 0;
    const delay = Math.min(policy.baseDelayMs * 2 ** (entry.failures - policy.freeFailures - 1), policy.maxDelayMs);
    return Math.max(0, entry.lastFailureAt + delay - this.clock.now().getTime());
  }

  private fail(key: string, policy: BackoffPolicy): void {
    const failures = (this.current(key, policy)?.failures ?? 0) + 1;
    this.entries.delete(key);
    this.entries.set(key, { failures, lastFailureAt: this.clock.now().getTime() });
    if (this.entries.size > this.maxKeys) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  private current(key: string, policy: BackoffPolicy): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && this.clock.now().getTime() - entry.lastFailureAt > policy.forgetAfterMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
}

const HOUR = 60 * 60 * 1000;
export const DEFAULT_POLICIES = {
  account: { freeFailures: 5, baseDelayMs: 1000, maxDelayMs: 60_000, forgetAfterMs: 24 * HOUR },
  ip: { freeFailures: 20, baseDelayMs: 1000, maxDelayMs: 15 * 60_000, forgetAfterMs: 24 * HOUR },
} as const satisfies { account: BackoffPolicy; ip: BackoffPolicy };
