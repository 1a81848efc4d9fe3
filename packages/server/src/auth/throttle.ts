import type { Kysely } from 'kysely';
import type { Clock } from '../ports/clock';
import type { Dialect, Write } from '../store/connect';
import type { Database } from '../store/schema';
import {
  type BucketState,
  chargeBuckets,
  clearBuckets,
  pruneBuckets,
  readBuckets,
  refundBuckets,
} from '../store/throttle';
import { hashToken } from './tokens';

export interface BackoffPolicy {
  /** Attempts heard back to back before any waiting starts. */
  freeFailures: number;
  /** The first wait; each further failure doubles it. */
  baseDelayMs: number;
  /** The longest wait: back-off, never lock-out. */
  maxDelayMs: number;
  /** A quiet spell this long forgets the bucket. */
  forgetAfterMs: number;
  /**
   * What a success does to the charge taken for it: `clear` forgets the
   * bucket (it belongs to the person who just proved themselves), `refund`
   * takes back only this attempt (the bucket is shared with others, so one
   * good sign-in must not launder their guesses), `keep` counts every attempt.
   */
  onSuccess: 'clear' | 'refund' | 'keep';
}

/**
 * The buckets (SECURITY.md S4, S9; the reasoning and the rates each attacker
 * reaches are in ARCHITECTURE.md):
 * - `device`: a sign-in from a browser that has signed in to this account
 *   before is heard in this bucket alone, so nobody else can slow it;
 * - `pair`: this account from this address;
 * - `account`: this account from anywhere, a higher ceiling for guesses
 *   spread over many addresses;
 * - `address`: any account from this address, against spraying one
 *   password over many accounts;
 * - `registration`: new accounts from this address, every attempt counted;
 * - `password`: current-password checks in one session, apart from sign-in
 *   so they cannot be used to slow the owner's sign-in.
 */
export type BucketKind = 'device' | 'pair' | 'account' | 'address' | 'registration' | 'password';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const POLICIES = {
  device: { freeFailures: 10, baseDelayMs: 1000, maxDelayMs: 15 * MINUTE, forgetAfterMs: DAY, onSuccess: 'clear' },
  pair: { freeFailures: 5, baseDelayMs: 1000, maxDelayMs: 15 * MINUTE, forgetAfterMs: DAY, onSuccess: 'clear' },
  account: { freeFailures: 50, baseDelayMs: 1000, maxDelayMs: 15 * MINUTE, forgetAfterMs: DAY, onSuccess: 'refund' },
  address: { freeFailures: 20, baseDelayMs: 1000, maxDelayMs: 15 * MINUTE, forgetAfterMs: DAY, onSuccess: 'refund' },
  registration: { freeFailures: 5, baseDelayMs: MINUTE, maxDelayMs: HOUR, forgetAfterMs: DAY, onSuccess: 'keep' },
  password: { freeFailures: 5, baseDelayMs: 1000, maxDelayMs: 15 * MINUTE, forgetAfterMs: DAY, onSuccess: 'clear' },
} as const satisfies Record<BucketKind, BackoffPolicy>;

export type Policies = Record<BucketKind, BackoffPolicy>;

/**
 * The policies with the operator's settings: `registrationsPerAddress` is
 * how many accounts one address may make back to back before the wait
 * starts (a lab or shelter behind one address may need more).
 */
export function policiesWith(settings: { registrationsPerAddress?: number }): Policies {
  const free = settings.registrationsPerAddress ?? POLICIES.registration.freeFailures;
  return { ...POLICIES, registration: { ...POLICIES.registration, freeFailures: free } };
}

export interface Bucket {
  kind: BucketKind;
  /** Who or what the bucket counts; stored only hashed. */
  id: string;
}

/**
 * The buckets a sign-in is heard in. The email (normalised) is the account
 * key whether or not an account has it, so the back-off answers the same
 * for unknown emails (S3). `deviceId` is set only when the browser carried a
 * valid device token of this very account.
 */
export function signInBuckets(props: { email: string; address: string; deviceId: string | undefined }): Bucket[] {
  if (props.deviceId) return [{ kind: 'device', id: props.deviceId }];
  return [
    { kind: 'pair', id: `${props.email}\n${props.address}` },
    { kind: 'account', id: props.email },
    { kind: 'address', id: props.address },
  ];
}

/** Milliseconds until a bucket hears its next attempt; 0 when it may go ahead. */
export function backoffWait(
  policy: BackoffPolicy,
  state: { failures: number; lastFailureMs: number } | undefined,
  nowMs: number,
): number {
  if (!state || state.failures < policy.freeFailures) return 0;
  const doublings = state.failures - policy.freeFailures;
  const delay = Math.min(policy.baseDelayMs * 2 ** Math.min(doublings, 40), policy.maxDelayMs);
  return Math.max(0, state.lastFailureMs + delay - nowMs);
}

/** Prune quiet buckets once every this many reservations, this many at a time. */
const PRUNE_EVERY = 100;
const PRUNE_BATCH = 1000;

/**
 * Exponential back-off kept in the database, so it holds across restarts
 * and instances. An attempt is charged before the password is checked: a
 * burst of guesses sent at once cannot all pass the check before the first
 * is counted. A success then clears or refunds the charge.
 */
export class LoginThrottle {
  private reservations = 0;

  constructor(
    private readonly clock: Clock,
    private readonly policies: Policies = POLICIES,
  ) {}

  /**
   * In one transaction: the longest wait of these buckets; when there is
   * none, every bucket is charged one attempt and 0 is returned.
   */
  async reserve(deps: { write: Write; dialect: Dialect }, buckets: readonly Bucket[]): Promise<number> {
    const keyed = buckets.map((b) => ({ key: bucketKey(b), policy: this.policies[b.kind] }));
    const wait = await deps.write(async (trx) => {
      const now = this.clock.now();
      const states = await readBuckets(trx, {
        keys: keyed.map((b) => b.key),
        dialect: deps.dialect,
        at: now.toISOString(),
      });
      const longest = Math.max(
        0,
        ...keyed.map((b) => backoffWait(b.policy, live(states.get(b.key), now), now.getTime())),
      );
      if (longest > 0) return longest;
      await chargeBuckets(trx, {
        buckets: keyed.map((b) => ({
          key: b.key,
          forgetAt: new Date(now.getTime() + b.policy.forgetAfterMs).toISOString(),
        })),
        at: now.toISOString(),
      });
      return 0;
    });
    this.reservations += 1;
    if (this.reservations % PRUNE_EVERY === 0) await this.prune(deps);
    return wait;
  }

  /** After a success, inside the caller's write: clears or refunds each bucket as its policy says. */
  async settle(trx: Kysely<Database>, buckets: readonly Bucket[]): Promise<void> {
    const keysOn = (onSuccess: BackoffPolicy['onSuccess']) =>
      buckets.filter((b) => this.policies[b.kind].onSuccess === onSuccess).map(bucketKey);
    await clearBuckets(trx, keysOn('clear'));
    await refundBuckets(trx, keysOn('refund'));
  }

  /** Forgets buckets quiet for longer than their policy remembers. */
  async prune(deps: { write: Write }): Promise<number> {
    const before = this.clock.now().toISOString();
    return deps.write((trx) => pruneBuckets(trx, { before, limit: PRUNE_BATCH }));
  }
}

function live(state: BucketState | undefined, now: Date): { failures: number; lastFailureMs: number } | undefined {
  if (!state || state.forgetAt <= now.toISOString()) return undefined;
  return { failures: state.failures, lastFailureMs: Date.parse(state.lastFailureAt) };
}

/** Buckets are stored under a hash, so the table names no email or address. */
function bucketKey(bucket: Bucket): string {
  return hashToken(`${bucket.kind}\n${bucket.id}`);
}
