import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../ports/clock';
import { openStore, type Store, type StoreTarget } from '../store/connect';
import { openTestStore } from '../testing/harness';
import { type Bucket, backoffWait, LoginThrottle, POLICIES, signInBuckets } from './throttle';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const ben = signInBuckets({ email: 'ben@example.org', address: '10.0.0.1', deviceId: undefined });

describe('backoffWait', () => {
  const policy = POLICIES.pair;

  it('lets the free attempts through, then doubles from the last failure up to the ceiling', () => {
    const at = (failures: number) => backoffWait(policy, { failures, lastFailureMs: 0 }, 0);
    expect([0, 4].map(at)).toEqual([0, 0]);
    expect([5, 6, 7, 8].map(at)).toEqual([1000, 2000, 4000, 8000]);
    expect(at(10_000)).toBe(policy.maxDelayMs);
    expect(backoffWait(policy, { failures: 6, lastFailureMs: 0 }, 1500)).toBe(500);
    expect(backoffWait(policy, undefined, 0)).toBe(0);
  });
});

describe('LoginThrottle, stored in the database (S4)', () => {
  let opened: { store: Store; target: StoreTarget; drop(): Promise<void> };
  const extra: Store[] = [];
  beforeEach(async () => {
    opened = await openTestStore();
  });
  afterEach(async () => {
    for (const s of extra.splice(0)) await s.close();
    await opened.store.close();
    await opened.drop();
  });

  /** How many attempts in a row get heard (0 wait), each immediately after the last. */
  async function heardInARow(throttle: LoginThrottle, buckets: Bucket[], store = opened.store): Promise<number> {
    let heard = 0;
    while ((await throttle.reserve(store, buckets)) === 0) heard += 1;
    return heard;
  }

  it('grows the wait after the free attempts and never waits longer than the ceiling: back-off, not lock-out', async () => {
    const clock = manualClock();
    const throttle = new LoginThrottle(clock);
    expect(await heardInARow(throttle, ben)).toBe(POLICIES.pair.freeFailures);
    const waits: number[] = [];
    for (let i = 0; i < 14; i++) {
      const wait = await throttle.reserve(opened.store, ben);
      waits.push(wait);
      clock.advance(wait);
      expect(await throttle.reserve(opened.store, ben)).toBe(0);
    }
    expect(waits.slice(0, 4)).toEqual([1000, 2000, 4000, 8000]);
    expect(Math.max(...waits)).toBe(POLICIES.pair.maxDelayMs);
    expect(waits.at(-1)).toBe(POLICIES.pair.maxDelayMs);
  });

  it('charges before the password is checked: a burst of guesses sent at once gets only the free ones through', async () => {
    const throttle = new LoginThrottle(manualClock());
    const waits = await Promise.all(Array.from({ length: 20 }, () => throttle.reserve(opened.store, ben)));
    expect(waits.filter((w) => w === 0)).toHaveLength(POLICIES.pair.freeFailures);
  });

  it('holds across a restart and between instances on the same database', async () => {
    const clock = manualClock();
    await heardInARow(new LoginThrottle(clock), ben);
    const restarted = openStore(opened.target);
    extra.push(restarted);
    const wait = await new LoginThrottle(clock).reserve(restarted, ben);
    expect(wait).toBe(1000);
  });

  it('a success clears the person’s own bucket and takes back only its own charge from shared ones', async () => {
    const throttle = new LoginThrottle(manualClock());
    const [pair, account, address] = ben;
    if (!pair || !account || !address) throw new Error('three buckets expected');
    for (let i = 0; i < 4; i++) await throttle.reserve(opened.store, ben);
    expect(await throttle.reserve(opened.store, ben)).toBe(0);
    await opened.store.write((trx) => throttle.settle(trx, ben));
    // Ben's own mistakes from this address are forgiven…
    expect(await heardInARow(throttle, [pair])).toBe(POLICIES.pair.freeFailures);
    // …but the four failures stay on the address, so a good sign-in cannot launder guesses made there.
    expect(await heardInARow(throttle, [address])).toBe(POLICIES.address.freeFailures - 4);
  });

  it('forgets a quiet bucket and prunes it, so what it stores stays bounded', async () => {
    const clock = manualClock();
    const throttle = new LoginThrottle(clock);
    for (let i = 0; i < 30; i++) {
      await throttle.reserve(
        opened.store,
        signInBuckets({ email: `u${i}@x.org`, address: `10.0.0.${i}`, deviceId: undefined }),
      );
    }
    const count = async () =>
      Number(
        (
          await opened.store.db
            .selectFrom('throttle')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count()).toBe(90);
    clock.advance(DAY - MINUTE);
    expect(await throttle.prune(opened.store)).toBe(0);
    clock.advance(2 * MINUTE);
    expect(await throttle.prune(opened.store)).toBe(90);
    expect(await count()).toBe(0);
  });

  it('prunes by itself as it is used', async () => {
    const clock = manualClock();
    const throttle = new LoginThrottle(clock);
    for (let i = 0; i < 10; i++) await throttle.reserve(opened.store, [{ kind: 'registration', id: `old${i}` }]);
    clock.advance(DAY + 1);
    for (let i = 0; i < 100; i++) await throttle.reserve(opened.store, [{ kind: 'registration', id: 'same' }]);
    const rows = await opened.store.db.selectFrom('throttle').select('key').execute();
    expect(rows).toHaveLength(1);
  });

  it('stores only hashes: no email or address can be read from the table', async () => {
    await new LoginThrottle(manualClock()).reserve(opened.store, ben);
    const rows = await opened.store.db.selectFrom('throttle').selectAll().execute();
    expect(rows).toHaveLength(3);
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain('ben');
    expect(dump).not.toContain('10.0.0.1');
  });
});
