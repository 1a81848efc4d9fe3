import { z } from '@hono/zod-openapi';
import {
  CHECKIN_STATES,
  CHILD_AGE_BANDS,
  CONVERSATION_STATUSES,
  FEELINGS,
  LIMITS,
  PROTOCOL_IDS,
} from '@repairable/core';
import { NextCursor, pageQuery } from '../../http/paging';

const instant = z.iso.datetime({ offset: true });
const memberId = z.string();

export const ConversationParams = z.strictObject({ spaceId: z.uuid(), conversationId: z.uuid() });

export const StartConversationBody = z
  .strictObject({
    protocol: z.enum(PROTOCOL_IDS),
    /** Who takes part, the starter included or not: the starter always is, and comes first. */
    participants: z.array(z.uuid()).max(LIMITS.membersPerSpace),
    ruptureId: z.uuid().nullish(),
    ageBand: z.enum(CHILD_AGE_BANDS).nullish(),
    /** Two people, but the starter goes through it at their own pace (apology, feedback wheel). */
    alone: z.boolean().optional(),
  })
  .openapi('StartConversationBody');

export const ListConversationsQuery = z.strictObject({
  status: z.enum(['open', 'ended', 'all']).default('all'),
  /** Only those started from this rupture. */
  ruptureId: z.uuid().optional(),
  ...pageQuery(50),
});

/**
 * What one step takes, by the kind of input the step asks for: words, a
 * choice from its list (one or several), a check-in, or the closing
 * "do you feel repaired?". The engine checks it fits the step.
 */
export const StepInputSchema = z
  .union([
    z.strictObject({ text: z.string().max(LIMITS.note) }),
    z.strictObject({ choices: z.array(z.string().max(64)).max(32) }),
    z.strictObject({ choice: z.string().max(64), until: instant.optional() }),
    z.strictObject({ state: z.enum(CHECKIN_STATES), intensity: z.number().int().min(0).max(10) }),
    z.strictObject({ feel: z.enum(FEELINGS), need: z.string().max(LIMITS.shortNote).nullish() }),
  ])
  .openapi('StepInput');

export const StepBody = z
  .strictObject({
    stepId: z.string().min(1).max(64),
    input: StepInputSchema,
    /** The version the sender last saw: a step sent on an older one is refused (409), or recognised as a resend. */
    version: z.number().int().min(0).max(1_000_000_000),
  })
  .openapi('StepBody');

export const PauseBody = z
  .strictObject({ until: instant, version: z.number().int().min(0).max(1_000_000_000).optional() })
  .openapi('PauseBody');

/** Resume, continue alone, abandon: no body, or only the version last seen. */
export const VersionOnlyBody = z.strictObject({ version: z.number().int().min(0).max(1_000_000_000).optional() });

const EntrySchema = z.object({
  seq: z.number().int(),
  stepId: z.string(),
  memberId,
  input: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  revealed: z.boolean(),
});

export const ConversationSchema = z
  .object({
    id: z.string(),
    spaceId: z.string(),
    protocol: z.enum(PROTOCOL_IDS),
    ruptureId: z.string().nullable(),
    participants: z.array(memberId),
    speaker: memberId.nullable(),
    listener: memberId.nullable(),
    child: memberId.nullable().openapi({ description: 'The member without an account (parent do-over).' }),
    ageBand: z.enum(CHILD_AGE_BANDS).nullable(),
    status: z.enum(CONVERSATION_STATUSES),
    stepId: z.string(),
    stepSince: z
      .number()
      .int()
      .openapi({ description: 'Entries after this seq answer the current visit of the step.' }),
    stepVersion: z.number().int().openapi({ description: 'The version when the current visit began.' }),
    turn: memberId.nullable().openapi({ description: 'Who acts next; null when each (or both) act.' }),
    waitingOn: z.array(memberId).openapi({ description: 'Who has still to answer the current step.' }),
    alone: z.boolean(),
    soloMember: memberId.nullable().openapi({ description: 'Who goes on alone, when alone.' }),
    swaps: z.number().int(),
    openRuptures: z
      .array(z.object({ id: z.string(), summary: z.string() }))
      .openapi({ description: 'Weekly check-in: open ruptures shared by everyone in it.' }),
    pausedUntil: z.string().nullable(),
    pausedBy: memberId.nullable(),
    entries: z.array(EntrySchema).openapi({ description: 'Only what this participant may read.' }),
    version: z.number().int(),
    startedBy: memberId,
    createdAt: z.string(),
    updatedAt: z.string(),
    endedAt: z.string().nullable(),
  })
  .openapi('Conversation');

export const ConversationResponse = z.object({ conversation: ConversationSchema });

/** A list shows each conversation without its entries. */
export const ConversationsResponse = z.object({
  conversations: z.array(ConversationSchema.omit({ entries: true })),
  next: NextCursor,
});

export const ProtocolsResponse = z.object({
  protocols: z.array(
    z.object({
      id: z.enum(PROTOCOL_IDS),
      title: z.string(),
      purpose: z.string(),
      inspiredBy: z.string(),
      alone: z.boolean(),
      withChild: z.boolean(),
    }),
  ),
});
