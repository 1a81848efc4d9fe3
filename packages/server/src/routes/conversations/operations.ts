import {
  abandonConversation,
  type Checkin,
  type ChildAgeBand,
  type Conversation,
  continueAlone,
  type Member,
  type ProtocolId,
  pauseConversation,
  resumeConversation,
  startConversation,
  submitStep,
} from '@repairable/core';
import type { Kysely } from 'kysely';
import {
  assertCanSeeConversation,
  conversationFromRuptureVisibleTo,
  conversationVisibleTo,
  ruptureVisibleToAll,
} from '../../access/visibility';
import { newId } from '../../ports/ids';
import { findConversation, insertConversation, pageOfConversations } from '../../store/conversations';
import { insertCheckin } from '../../store/moments';
import type { PageRequest } from '../../store/paging';
import { listRuptures } from '../../store/ruptures';
import type { Database } from '../../store/schema';
import { findSpace } from '../../store/spaces';
import type { ChangeDeps } from '../ruptures/run-change';
import {
  announceConversation,
  announceRupture,
  type ConversationContext,
  runConversationChange,
} from './run-conversation';
import { linkRuptureAtStart } from './rupture-link';

/**
 * Starts a conversation: the engine checks the protocol, the participants
 * and a child's age band first, so a refused start writes nothing; then,
 * in one write, the rupture it starts from (if any) records the attempt the
 * cycle needs, and the conversation is stored. Its participants hear of it.
 */
export async function startConversationIn(
  deps: ChangeDeps,
  props: {
    spaceId: string;
    viewer: Member;
    members: Member[];
    input: {
      protocol: ProtocolId;
      participants: string[];
      ruptureId?: string | null | undefined;
      ageBand?: ChildAgeBand | null | undefined;
      alone?: boolean | undefined;
    };
  },
): Promise<Conversation> {
  const { viewer, members, input } = props;
  const now = deps.clock.now();
  const participants = [...new Set([viewer.id, ...input.participants])];
  const space = await findSpace(deps.db, props.spaceId);
  const { conversation } = startConversation({
    spaceKind: space?.kind,
    id: newId(now.getTime()),
    spaceId: props.spaceId,
    protocol: input.protocol,
    participants,
    startedBy: viewer.id,
    ruptureId: input.ruptureId ?? null,
    ageBand: input.ageBand ?? null,
    alone: input.alone ?? false,
    members,
    now: now.toISOString(),
    openRuptures:
      input.protocol === WEEKLY_CHECK_IN ? await openRupturesOfAll(deps.db, props.spaceId, participants) : [],
  });
  const touched = await deps.write(async (trx) => {
    const linked = conversation.ruptureId
      ? await linkRuptureAtStart(trx, {
          dialect: deps.dialect,
          spaceId: props.spaceId,
          ruptureId: conversation.ruptureId,
          participants: conversation.participants,
          members,
          viewer,
          now,
        })
      : undefined;
    await insertConversation(trx, conversation);
    return linked;
  });
  announceConversation(deps.bus, conversation, members);
  announceRupture(deps.bus, touched, members);
  return conversation;
}

const WEEKLY_CHECK_IN: ProtocolId = 'weekly-check-in';
/** The most open ruptures a weekly check-in lists to pick from (at most one is talked through). */
const OPEN_RUPTURES_SHOWN = 10;

/**
 * The open ruptures a weekly check-in shows its participants: only those
 * every one of them may see (shared between them), newest first. Each is
 * summed up by its kinds (ids, which the app words), never by its topic or
 * note: the conversation keeps this list, and a copy of someone's words
 * would outlive their editing or taking them back. The app reads the rupture
 * itself (both may) for its words.
 */
async function openRupturesOfAll(db: Kysely<Database>, spaceId: string, participants: readonly string[]) {
  const ruptures = await listRuptures(db, {
    spaceId,
    visible: ruptureVisibleToAll(participants),
    status: 'open',
    limit: OPEN_RUPTURES_SHOWN,
  });
  return ruptures.map((r) => ({ id: r.id, summary: r.kinds.join(', ') }));
}

/** One conversation the viewer takes part in; anyone else: 404. */
export async function loadConversation(
  db: Kysely<Database>,
  props: { spaceId: string; conversationId: string; viewer: Member },
): Promise<Conversation> {
  const conversation = (await findConversation(db, props))?.conversation;
  assertCanSeeConversation(props.viewer, conversation);
  return conversation;
}

/** One page of the conversations the viewer takes part in, newest first. */
export function conversationsOf(
  db: Kysely<Database>,
  props: {
    spaceId: string;
    viewer: Member;
    status: 'open' | 'ended' | 'all';
    ruptureId: string | undefined;
    page: PageRequest;
  },
) {
  return pageOfConversations(db, {
    spaceId: props.spaceId,
    visible: props.ruptureId
      ? conversationFromRuptureVisibleTo(props.viewer.id, props.ruptureId)
      : conversationVisibleTo(props.viewer.id),
    status: props.status,
    page: props.page,
  });
}

/** Compares two step inputs as the person sent them, ignoring key order and spaces around words. */
function sameInput(a: unknown, b: unknown): boolean {
  const canonical = (v: unknown): unknown => {
    if (typeof v === 'string') return v.trim();
    if (Array.isArray(v)) return v.map(canonical);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([, x]) => x !== undefined && x !== null)
          .sort(([x], [y]) => x.localeCompare(y))
          .map(([k, x]) => [k, canonical(x)]),
      );
    }
    return v;
  };
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/**
 * A step this member already sent against this very version: a resend (a
 * retry after a lost answer, a double tap), answered with the conversation
 * as it is now and nothing recorded twice.
 */
function isResend(ctx: ConversationContext, step: { stepId: string; input: unknown; version: number }): boolean {
  return ctx.conversation.entries.some(
    (e) =>
      e.memberId === ctx.viewer.id &&
      e.stepId === step.stepId &&
      ctx.basedOn.get(e.seq) === step.version &&
      sameInput(e.input, step.input),
  );
}

type StepInput = Parameters<typeof submitStep>[1]['input'];

/**
 * One member's answer to the current step. A check-in given inside a
 * conversation is also kept as that member's own check-in (rule 6 reads the
 * latest one, and it stays theirs alone), in the same transaction.
 */
export function submitConversationStep(
  deps: ChangeDeps,
  props: {
    spaceId: string;
    conversationId: string;
    viewer: Member;
    step: { stepId: string; input: StepInput; version: number };
  },
) {
  const { step, viewer } = props;
  return runConversationChange(deps, {
    ...props,
    apply(ctx) {
      if (isResend(ctx, step)) return { conversation: ctx.conversation };
      const at = ctx.now.toISOString();
      const { conversation } = submitStep(ctx.conversation, { memberId: viewer.id, ...step, now: at });
      // What the engine recorded (checked and normalised), not the raw request.
      const recorded = conversation.entries[conversation.entries.length - 1]?.input;
      if (!recorded || !('intensity' in recorded)) return { conversation };
      const checkin: Checkin = {
        id: newId(ctx.now.getTime()),
        spaceId: props.spaceId,
        memberId: viewer.id,
        state: recorded.state,
        intensity: recorded.intensity,
        note: null,
        createdAt: at,
        editedAt: null,
      };
      return { conversation, save: (trx: Kysely<Database>) => insertCheckin(trx, checkin) };
    },
  });
}

/** Pause (with a return time), resume, continue alone, abandon: one engine call each, version-checked if sent. */
export type ConversationAction =
  | { kind: 'pause'; until: string }
  | { kind: 'resume' }
  | { kind: 'continue-alone' }
  | { kind: 'abandon' };

export function actOnConversation(
  deps: ChangeDeps,
  props: {
    spaceId: string;
    conversationId: string;
    viewer: Member;
    action: ConversationAction;
    version: number | undefined;
  },
) {
  const { action } = props;
  return runConversationChange(deps, {
    ...props,
    apply(ctx) {
      const who = { memberId: props.viewer.id, now: ctx.now.toISOString(), version: props.version };
      const c = ctx.conversation;
      switch (action.kind) {
        case 'pause':
          return pauseConversation(c, { ...who, until: action.until });
        case 'resume':
          return resumeConversation(c, who);
        case 'continue-alone':
          return continueAlone(c, who);
        case 'abandon':
          return abandonConversation(c, who);
      }
    },
  });
}
