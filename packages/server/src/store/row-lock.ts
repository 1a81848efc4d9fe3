import type { Dialect } from './connect';

/** Whether a load locks the row it reads for the rest of its transaction. */
export type RowLock = { forUpdate?: boolean; dialect?: Dialect };

/**
 * Adds `FOR UPDATE` when asked for on PostgreSQL, so concurrent changes to one
 * row queue up instead of racing (SECURITY.md R2). SQLite has no row locks and
 * needs none: its write transactions are serialized already.
 */
export function lockedIf<Q extends { forUpdate(): Q }>(query: Q, lock: RowLock): Q {
  return lock.forUpdate && lock.dialect === 'postgres' ? query.forUpdate() : query;
}
