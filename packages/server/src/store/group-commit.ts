import { type Kysely, sql } from 'kysely';
import type { Database } from './schema';

export type WriteWork<T> = (trx: Kysely<Database>) => Promise<T>;

interface Job {
  work: WriteWork<unknown>;
  resolve(value: unknown): void;
  reject(reason: unknown): void;
}

/** A batch this large commits without waiting for more. */
const MAX_BATCH = 64;

/**
 * Work that waited beyond this many others would wait longer than a client
 * is willing to: refused at once instead (four batches; requests in flight
 * are bounded before this, see http/load-shedding.ts).
 */
export const DEFAULT_MAX_QUEUED = 4 * MAX_BATCH;

/** The write queue is full: answered as 503 with Retry-After, nothing written. */
export class WriteQueueFull extends Error {
  constructor() {
    super('The write queue is full.');
    this.name = 'WriteQueueFull';
  }
}

/**
 * Group commit for SQLite. With `synchronous=FULL` every commit waits for
 * the disk, and better-sqlite3 waits on the event loop; one sync per request
 * was the largest cost of a write. Work that arrives together runs in one
 * transaction, each piece inside its own savepoint (so one failing rolls
 * back only itself), and every caller is answered after the shared commit:
 * nothing is acknowledged before it is durable (SECURITY.md R1).
 *
 * Work must use only the `trx` it is given: the connection is held for the
 * whole batch. At most `maxQueued` pieces wait for a batch; beyond that a
 * write is refused with `WriteQueueFull` before it runs (SECURITY.md R5),
 * so an overload is answered at once rather than queued without bound.
 */
export function groupCommit(db: Kysely<Database>, options: { maxQueued?: number } = {}) {
  const maxQueued = options.maxQueued ?? DEFAULT_MAX_QUEUED;
  let queue: Job[] = [];
  let running = false;

  async function runBatch(batch: Job[]): Promise<void> {
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      await db.transaction().execute(async (trx) => {
        for (const job of batch) {
          await sql`savepoint work`.execute(trx);
          try {
            const value = await job.work(trx);
            await sql`release savepoint work`.execute(trx);
            outcomes.push({ ok: true, value });
          } catch (err) {
            await sql`rollback to savepoint work`.execute(trx);
            await sql`release savepoint work`.execute(trx);
            outcomes.push({ ok: false, value: err });
          }
        }
      });
    } catch (err) {
      for (const job of batch) job.reject(err);
      return;
    }
    batch.forEach((job, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) job.resolve(outcome.value);
      else job.reject(outcome?.value);
    });
  }

  async function drain(): Promise<void> {
    running = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(MAX_BATCH);
      await runBatch(batch);
    }
    running = false;
  }

  return function write<T>(work: WriteWork<T>): Promise<T> {
    if (queue.length >= maxQueued) return Promise.reject(new WriteQueueFull());
    return new Promise<T>((resolve, reject) => {
      queue.push({ work: work as WriteWork<unknown>, resolve: resolve as (v: unknown) => void, reject });
      // Let the work that arrives in this turn of the event loop join the batch.
      if (!running) setImmediate(() => void drain());
      running = true;
    });
  };
}
