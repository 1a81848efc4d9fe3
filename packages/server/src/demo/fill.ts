import { byRupture, type SimulatedHistory } from '@repairable/core';
import type { Write } from '../store/connect';
import { insertCheckin, insertMoment } from '../store/moments';
import { insertAttempt, insertResponse } from '../store/repair';
import { insertEvents, insertRupture } from '../store/ruptures';

/** Ruptures per transaction, with everything that belongs to them: short transactions that never hold the database long. */
const RUPTURES_PER_WRITE = 200;
/** Good moments or check-ins per transaction. */
const ROWS_PER_WRITE = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Writes a simulated history into its space through the store's own
 * functions, the ones the routes use, in short transactions: ruptures in the
 * order they were logged (an earlier one is always there before a later one
 * links to it), each with its attempts, answers and events; then the good
 * moments and the check-ins. The space and its members must exist.
 */
export async function writeHistory(write: Write, history: SimulatedHistory): Promise<void> {
  const attempts = byRupture(history.attempts);
  const responses = byRupture(history.responses);
  const events = byRupture(history.events);
  for (const part of chunks(history.ruptures, RUPTURES_PER_WRITE)) {
    await write(async (trx) => {
      for (const r of part) await insertRupture(trx, r);
      for (const r of part) {
        for (const a of attempts.get(r.id) ?? []) await insertAttempt(trx, a);
        for (const x of responses.get(r.id) ?? []) await insertResponse(trx, x);
      }
      await insertEvents(
        trx,
        part.flatMap((r) => events.get(r.id) ?? []),
      );
    });
  }
  for (const part of chunks(history.moments, ROWS_PER_WRITE)) {
    await write(async (trx) => {
      for (const m of part) await insertMoment(trx, m);
    });
  }
  for (const part of chunks(history.checkins, ROWS_PER_WRITE)) {
    await write(async (trx) => {
      for (const c of part) await insertCheckin(trx, c);
    });
  }
}
