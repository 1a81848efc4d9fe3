import {
  type Change,
  DomainError,
  isBefore,
  type Member,
  type RepairResponse,
  type Rupture,
  type RuptureEvent,
} from '@repairable/core';
import type { Kysely } from 'kysely';
import { assertCanSeeRupture, ruptureAudienceAccounts } from '../../access/visibility';
import { AppError } from '../../http/errors';
import type { Clock } from '../../ports/clock';
import type { EventBus } from '../../ports/event-bus';
import type { Dialect, Write } from '../../store/connect';
import { listResponses } from '../../store/repair';
import { findRupture, insertEvents, updateRupture } from '../../store/ruptures';
import type { Database } from '../../store/schema';
import { listMembers } from '../../store/spaces';

type Related<C> = C & { related?: Rupture[] };

export type ChangeDeps = { db: Kysely<Database>; write: Write; dialect: Dialect; clock: Clock; bus: EventBus };

export interface ChangeContext {
  rupture: Rupture;
  members: Member[];
  responses: RepairResponse[];
  viewer: Member;
  at: string;
  now: Date;
  db: Kysely<Database>;
  /**
   * Loads another rupture of the space for this change, locked like the
   * first (PostgreSQL). Only one logged before this change's own rupture
   * can be (core's `isBefore`): every change locks newer before older, so
   * two never wait on each other in a circle. Asking for a later one is
   * refused as `not_linkable`, since only a recurrence reaches back to
   * another rupture. Whatever the change returns in `related` must have been
   * loaded here.
   */
  lock(ruptureId: string): Promise<Rupture | undefined>;
}

/**
 * Announces events, each only to whoever may see the rupture it is about.
 * One change can touch two ruptures (linking marks an earlier repair as not
 * held), and their audiences differ: a private earlier rupture must not be
 * named on anyone else's socket (SECURITY.md A2).
 */
export function publishEvents(
  bus: EventBus,
  ruptures: readonly Rupture[],
  members: readonly Member[],
  events: readonly RuptureEvent[],
) {
  for (const e of events) {
    const about = ruptures.find((r) => r.id === e.ruptureId);
    if (!about) continue;
    bus.publish({
      accountIds: ruptureAudienceAccounts(about, members),
      message: { type: e.type, spaceId: e.spaceId, ruptureId: e.ruptureId, version: about.version },
    });
  }
}

/**
 * Applies one core operation to one rupture, all or nothing: the row is
 * locked (PostgreSQL) or the transaction serialized (SQLite), the caller's
 * `If-Match` version is checked, the core operation decides, and the new
 * rupture, what it created and its events are written in one transaction
 * (SECURITY.md R2). Events are announced only after the commit.
 */
export async function runChange<T>(
  deps: ChangeDeps,
  props: {
    spaceId: string;
    ruptureId: string;
    viewer: Member;
    expectedVersion: number | undefined;
    /**
     * Locks taken before the rupture's own, in the same transaction: what a
     * change also writes and others lock before a rupture (a conversation
     * started from it) is locked here, so two writes never wait on each other in a circle.
     */
    lockFirst?(db: Kysely<Database>): Promise<void>;
    /** `related`: other ruptures the work changed (and wrote), so their events reach the right people. */
    apply(ctx: ChangeContext): Related<Change<T>> | Promise<Related<Change<T>>>;
    /** Writes what the change created, after the rupture (`after.rupture`: as the change left it, at `after.at`). */
    save?(db: Kysely<Database>, created: T, after: { rupture: Rupture; at: string }): Promise<void>;
  },
): Promise<{ rupture: Rupture; created: T; members: Member[] }> {
  const result = await deps.write(async (trx) => {
    const load = (ruptureId: string) =>
      findRupture(trx, { spaceId: props.spaceId, ruptureId, forUpdate: true, dialect: deps.dialect });
    if (props.lockFirst) await props.lockFirst(trx);
    const rupture = await load(props.ruptureId);
    assertCanSeeRupture(props.viewer, rupture);
    if (props.expectedVersion !== undefined && props.expectedVersion !== rupture.version) {
      throw new AppError('stale_version');
    }
    const loaded = new Map<string, Rupture>([[rupture.id, rupture]]);
    const members = await listMembers(trx, props.spaceId);
    const responses = await listResponses(trx, { spaceId: props.spaceId, ruptureId: props.ruptureId });
    const now = deps.clock.now();
    const at = now.toISOString();
    const change = await props.apply({
      rupture,
      members,
      responses,
      viewer: props.viewer,
      at,
      now,
      db: trx,
      async lock(ruptureId) {
        if (!isBefore({ id: ruptureId }, rupture)) throw new DomainError('not_linkable');
        const other = loaded.get(ruptureId) ?? (await load(ruptureId));
        if (other) loaded.set(other.id, other);
        return other;
      },
    });
    for (const changed of [change.rupture, ...(change.related ?? [])]) {
      const before = loaded.get(changed.id);
      if (!before) throw new Error(`rupture ${changed.id} changed without being locked first`);
      // Unreachable while rows are locked; kept so a lost lock can never lose a write silently.
      if (changed !== before && !(await updateRupture(trx, changed, before.version))) {
        throw new AppError('stale_version');
      }
    }
    if (props.save) await props.save(trx, change.created, { rupture: change.rupture, at });
    await insertEvents(trx, change.events);
    return { change, members };
  });
  const touched = [result.change.rupture, ...(result.change.related ?? [])];
  publishEvents(deps.bus, touched, result.members, result.change.events);
  return { rupture: result.change.rupture, created: result.change.created, members: result.members };
}
