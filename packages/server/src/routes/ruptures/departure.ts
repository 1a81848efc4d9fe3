import { type Member, type Rupture, type RuptureEvent, settleAfterDeparture } from '@repairable/core';
import type { Kysely } from 'kysely';
import type { EventBus } from '../../ports/event-bus';
import type { Dialect } from '../../store/connect';
import { listResponses } from '../../store/repair';
import { findRupture, insertEvents, listRuptureIdsInvolving, updateRupture } from '../../store/ruptures';
import type { Database } from '../../store/schema';
import { listMembers, markMemberLeft } from '../../store/spaces';
import { publishEvents } from './run-change';

export interface Departure {
  ruptures: Rupture[];
  events: RuptureEvent[];
  members: Member[];
}

/**
 * Inside a write: marks the member as gone, then re-reads every rupture
 * that involves them without them (core's `settleAfterDeparture`), locked
 * newest first like every change, and writes the new versions and events.
 * Nothing they said or were part of is erased here; `announceDeparture`
 * tells whoever can see each rupture once the write has committed.
 */
export async function departMember(
  trx: Kysely<Database>,
  props: { dialect: Dialect; spaceId: string; departedMemberId: string; actorMemberId: string; at: string },
): Promise<Departure> {
  const { spaceId, departedMemberId } = props;
  await markMemberLeft(trx, { spaceId, memberId: departedMemberId, at: props.at });
  const members = await listMembers(trx, spaceId);
  const settled: Departure = { ruptures: [], events: [], members };
  for (const ruptureId of await listRuptureIdsInvolving(trx, { spaceId, memberId: departedMemberId })) {
    const rupture = await findRupture(trx, { spaceId, ruptureId, forUpdate: true, dialect: props.dialect });
    if (!rupture) continue;
    const change = settleAfterDeparture({
      rupture,
      responses: await listResponses(trx, { spaceId, ruptureId }),
      members,
      departedMemberId,
      actorMemberId: props.actorMemberId,
      at: props.at,
    });
    if (change.rupture === rupture) continue;
    // The row is locked for this transaction, so the version cannot have moved.
    if (!(await updateRupture(trx, change.rupture, rupture.version))) throw new Error('rupture changed under its lock');
    await insertEvents(trx, change.events);
    settled.ruptures.push(change.rupture);
    settled.events.push(...change.events);
  }
  return settled;
}

/** After the commit: each change goes to the accounts that may see that rupture, and nobody else. */
export function announceDeparture(bus: EventBus, departure: Departure): void {
  publishEvents(bus, departure.ruptures, departure.members, departure.events);
}
