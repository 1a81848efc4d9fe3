import type { MemberRecord } from '../spaces';
import type { RepairResponse, Rupture } from './types';

/** The part of an answer completion looks at; the API's response view has it too. */
type Answer = Pick<RepairResponse, 'memberId' | 'round' | 'feel' | 'need'>;

/**
 * The members whose answer completes a repair: the involved members who are
 * still in the space. Someone who left can no longer answer, so they no
 * longer hold it open.
 */
export function requiredResponders<M extends Pick<MemberRecord, 'id'>>(
  rupture: Pick<Rupture, 'involved'>,
  members: readonly M[],
): M[] {
  return members.filter((m) => rupture.involved.includes(m.id));
}

/**
 * Rule 4: repaired exactly when every required member's latest answer in
 * the current round is `repaired`. Account members answer for themselves;
 * a member without an account is covered by an observed reconnection an
 * account member recorded. A later `not_yet` replaces an earlier `repaired`.
 */
export function isRepairComplete(
  rupture: Pick<Rupture, 'round' | 'involved'>,
  responses: readonly Answer[],
  members: readonly Pick<MemberRecord, 'id'>[],
): boolean {
  if (rupture.round === 0) return false;
  const latest = new Map<string, RepairResponse['feel']>();
  for (const r of responses) if (r.round === rupture.round) latest.set(r.memberId, r.feel);
  const required = requiredResponders(rupture, members);
  return required.length > 0 && required.every((m) => latest.get(m.id) === 'repaired');
}

/** Each required member's state in the current round, for the rupture page. No counts, no tally between people. */
export function completionStates(
  rupture: Pick<Rupture, 'round' | 'involved'>,
  responses: readonly Answer[],
  members: readonly Pick<MemberRecord, 'id'>[],
): { memberId: string; state: 'waiting' | 'repaired' | 'not_yet'; need: string | null }[] {
  const latest = new Map<string, Answer>();
  for (const r of responses) if (r.round === rupture.round) latest.set(r.memberId, r);
  return requiredResponders(rupture, members).map((m) => {
    const r = latest.get(m.id);
    return { memberId: m.id, state: r ? r.feel : 'waiting', need: r?.feel === 'not_yet' ? r.need : null };
  });
}
