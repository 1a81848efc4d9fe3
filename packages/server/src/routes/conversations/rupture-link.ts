import {
  attemptRepair,
  type Change,
  type Conversation,
  completionAnswers,
  DomainError,
  isHarm,
  isOpen,
  type Member,
  type RepairResponse,
  type Rupture,
  type RuptureEvent,
  recordReconnection,
  respondToRepair,
} from '@repairable/core';
import type { Kysely } from 'kysely';
import { assertCanSeeRupture, mayHostConversation } from '../../access/visibility';
import { AppError } from '../../http/errors';
import { newId } from '../../ports/ids';
import type { Dialect } from '../../store/connect';
import { insertAttempt, insertResponse, listResponses } from '../../store/repair';
import { findRupture, insertEvents, updateRupture } from '../../store/ruptures';
import type { Database } from '../../store/schema';
import { adviceFor } from '../ruptures/operations';
import type { RuptureTouched } from './run-conversation';

/**
 * Whether starting a conversation on this rupture should count as a repair
 * attempt: when nothing has been tried yet, or when the latest try has
 * already been answered (the conversation is a new try, and its answers
 * belong to it). An attempt nobody has answered yet is left as it is: the
 * conversation's answers will answer it, and no round is started twice.
 */
export function needsAttempt(rupture: Rupture, responses: readonly RepairResponse[]): boolean {
  return rupture.round === 0 || responses.some((r) => r.round === rupture.round);
}

/**
 * Inside the write that starts a conversation from a rupture: the starter
 * must see it (404 otherwise), it must be open and not harm (rule 9), and
 * everyone taking part must be able to act on it; then, if the cycle needs
 * one, an attempt of kind `conversation` is recorded on it (core's
 * `attemptRepair`), version-checked under the row's lock.
 */
export async function linkRuptureAtStart(
  trx: Kysely<Database>,
  props: {
    dialect: Dialect;
    spaceId: string;
    ruptureId: string;
    participants: readonly string[];
    members: readonly Member[];
    viewer: Member;
    now: Date;
  },
): Promise<RuptureTouched | undefined> {
  const { spaceId, ruptureId, viewer, now } = props;
  const rupture = await findRupture(trx, { spaceId, ruptureId, forUpdate: true, dialect: props.dialect });
  assertCanSeeRupture(viewer, rupture);
  if (isHarm(rupture)) throw new DomainError('harm_not_for_repair');
  if (!isOpen(rupture)) throw new DomainError('rupture_closed');
  if (!mayHostConversation(rupture, props.participants, props.members))
    throw new AppError('conversation_rupture_not_shared');
  const responses = await listResponses(trx, { spaceId, ruptureId });
  if (!needsAttempt(rupture, responses)) return undefined;
  const advice = await adviceFor(trx, { spaceId, viewer, now });
  const change = attemptRepair({
    rupture,
    actorMemberId: viewer.id,
    id: newId(now.getTime()),
    kind: 'conversation',
    message: null,
    whileFlooded: advice.offerBreak,
    at: now.toISOString(),
  });
  if (!(await updateRupture(trx, change.rupture, rupture.version))) throw new AppError('stale_version');
  await insertAttempt(trx, change.created.attempt);
  await insertEvents(trx, change.events);
  return { rupture: change.rupture, events: change.events };
}

/**
 * Inside the write that ends a conversation done: each participant's
 * closing answer becomes their answer on the linked rupture (rule 4, core's
 * `respondToRepair`), and for a member without an account the reconnection
 * their parent observed (`recordReconnection`), so the rupture is repaired
 * when everyone said so. Nothing is recorded when the rupture has gone,
 * closed meanwhile, or has no attempt to answer; nor for someone who can no
 * longer act on it (left the space).
 */
export async function answerLinkedRupture(
  trx: Kysely<Database>,
  props: { dialect: Dialect; conversation: Conversation; members: readonly Member[]; now: Date },
): Promise<RuptureTouched | undefined> {
  const { conversation, members, now } = props;
  if (!conversation.ruptureId) return undefined;
  const key = { spaceId: conversation.spaceId, ruptureId: conversation.ruptureId };
  const before = await findRupture(trx, { ...key, forUpdate: true, dialect: props.dialect });
  if (!before || isHarm(before) || !isOpen(before) || before.round === 0) return undefined;
  const responses = await listResponses(trx, key);
  let rupture = before;
  const events: RuptureEvent[] = [];
  const made: RepairResponse[] = [];
  for (const answer of completionAnswers(conversation)) {
    const member = members.find((m) => m.id === answer.memberId);
    if (!member || !mayHostConversation(rupture, [member.id], members) || !isOpen(rupture)) continue;
    const common = { rupture, responses: [...responses, ...made], members, id: newId(now.getTime()) };
    const at = now.toISOString();
    let change: Change<{ response: RepairResponse }>;
    if (member.accountId !== null) {
      change = respondToRepair({
        ...common,
        actorMemberId: member.id,
        feel: answer.feel,
        need: answer.need ?? null,
        at,
      });
    } else {
      // A child's answer is the reconnection the parent saw, in the words of what they picked.
      if (!answer.observedBy || !mayHostConversation(rupture, [answer.observedBy], members)) continue;
      change = recordReconnection({
        ...common,
        actorMemberId: answer.observedBy,
        memberId: member.id,
        note: answer.observed,
        at,
      });
    }
    rupture = change.rupture;
    events.push(...change.events);
    made.push(change.created.response);
  }
  if (made.length === 0) return undefined;
  if (!(await updateRupture(trx, rupture, before.version))) throw new AppError('stale_version');
  for (const response of made) await insertResponse(trx, response);
  await insertEvents(trx, events);
  return { rupture, events };
}
