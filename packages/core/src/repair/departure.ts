import type { MemberRecord } from '../spaces';
import { isRepairComplete } from './completion';
import { type Change, event, isClosed, next, statusAfterRecognition } from './transitions';
import type { RepairResponse, Rupture, RuptureEvent } from './types';

/**
 * A member left the space, or a member without an account was removed. The
 * ruptures that involve them keep their history — who was involved, what
 * they said, the reconnections recorded for them — but they can no longer
 * answer, so they no longer hold anything open: a rupture waiting only on
 * them is recognized or repaired now. Every such rupture gets a new version
 * and a `member.left` event, so whoever can see it learns that it changed.
 *
 * @param members the members who remain, without the one who left
 * @example settleAfterDeparture({ rupture, responses, members: remaining, departedMemberId, actorMemberId, at })
 */
export function settleAfterDeparture(props: {
  rupture: Rupture;
  responses: readonly RepairResponse[];
  members: readonly MemberRecord[];
  departedMemberId: string;
  actorMemberId: string;
  at: string;
}): Change {
  const { rupture: r, members, actorMemberId, at } = props;
  if (!r.involved.includes(props.departedMemberId)) return { rupture: r, events: [], created: {} };
  const events: RuptureEvent[] = [];
  let changes: Partial<Rupture> = {};
  if (!isClosed(r)) {
    const status = statusAfterRecognition(r, r.recognizedBy, members);
    if (status !== r.status) changes = { status };
    if (r.round > 0 && isRepairComplete(r, props.responses, members)) {
      changes = { status: 'repaired', repairedAt: at, pausedUntil: null };
    }
  }
  const rupture = next(r, changes);
  events.push(event('member.left', rupture, actorMemberId, at));
  if (rupture.status === 'recognized' && r.status !== 'recognized') {
    events.push(event('rupture.recognized', rupture, actorMemberId, at));
  }
  if (rupture.status === 'repaired' && r.status !== 'repaired') {
    events.push(event('rupture.repaired', rupture, actorMemberId, at));
  }
  return { rupture, events, created: {} };
}
