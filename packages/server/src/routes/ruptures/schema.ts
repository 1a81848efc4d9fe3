import { z } from '@hono/zod-openapi';
import {
  ATTEMPT_KINDS,
  FEELINGS,
  LIMITS,
  RUPTURE_KINDS,
  RUPTURE_SIZES,
  RUPTURE_STATUSES,
  VISIBILITIES,
} from '@repairable/core';
import { NextCursor, pageQuery } from '../../http/paging';

const note = z.string().max(LIMITS.note);
const shortText = z.string().max(LIMITS.shortNote);
const instant = z.iso.datetime({ offset: true });

export const RuptureParams = z.strictObject({ spaceId: z.uuid(), ruptureId: z.uuid() });

export const CreateRuptureBody = z
  .strictObject({
    size: z.enum(RUPTURE_SIZES),
    kinds: z.array(z.enum(RUPTURE_KINDS)).min(1).max(RUPTURE_KINDS.length),
    involved: z.array(z.uuid()).max(LIMITS.membersPerSpace),
    visibility: z.enum(VISIBILITIES),
    topic: z.string().max(LIMITS.topic).nullish(),
    note: note.nullish(),
    occurredAt: instant.optional(),
  })
  .openapi('CreateRuptureBody');

/** A member may log ruptures without end, so the list answers one bounded page at a time (SECURITY.md R6). */
export const ListRupturesQuery = z.strictObject({
  status: z.enum(['open', 'repaired', 'all']).default('all'),
  ...pageQuery(50),
});

export const AttemptBody = z
  .strictObject({ kind: z.enum(ATTEMPT_KINDS), message: note.nullish() })
  .openapi('AttemptBody');

export const ResponseBody = z
  .strictObject({ feel: z.enum(FEELINGS), need: shortText.nullish() })
  .openapi('ResponseBody');

/**
 * The reconnection observed in a member without an account; with `feel`,
 * also the recorder's own answer, saved together in one change (parent mode).
 * A `need` belongs to a "not yet" only.
 */
export const ReconnectedBody = z
  .strictObject({
    memberId: z.uuid(),
    note: shortText.nullish(),
    feel: z.enum(FEELINGS).optional(),
    need: shortText.nullish(),
  })
  .refine((body) => body.need == null || body.feel === 'not_yet', {
    message: 'A need goes with "not yet".',
    path: ['need'],
  })
  .openapi('ReconnectedBody');

/**
 * What the author may change of their rupture (core's `editRupture`): any of
 * these, at least one. Who it involves and who sees it are not here: raising
 * is how a rupture is shared.
 */
export const EditRuptureBody = z
  .strictObject({
    size: z.enum(RUPTURE_SIZES).optional(),
    kinds: z.array(z.enum(RUPTURE_KINDS)).min(1).max(RUPTURE_KINDS.length).optional(),
    topic: z.string().max(LIMITS.topic).nullish(),
    note: note.nullish(),
    occurredAt: instant.optional(),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), {
    message: 'Say what to change: size, kinds, topic, note or occurredAt.',
  })
  .openapi('EditRuptureBody');

/** An attempt's new message; null clears it. */
export const EditAttemptBody = z.strictObject({ message: note.nullable() }).openapi('EditAttemptBody');

/** The need of one's own "not yet", or the note of an observed reconnection: one of the two. */
export const EditResponseBody = z
  .strictObject({ need: shortText.nullish(), note: shortText.nullish() })
  .refine((body) => (body.need === undefined) !== (body.note === undefined), {
    message: 'Send either need (for a "not yet") or note (for a reconnection).',
  })
  .openapi('EditResponseBody');

export const AttemptParams = RuptureParams.extend({ attemptId: z.uuid() });
export const ResponseParams = RuptureParams.extend({ responseId: z.uuid() });

export const BreakBody = z.strictObject({ returnAt: instant }).openapi('BreakBody');

export const LinkBody = z.strictObject({ earlierId: z.uuid() }).openapi('LinkBody');

export const ReminderBody = z.strictObject({ snoozeUntil: instant.nullish() }).openapi('ReminderBody');

/** Optional optimistic concurrency: the version the client last saw. */
export const IfMatchHeader = z.object({
  'if-match': z
    .string()
    .regex(/^"?\d{1,9}"?$/)
    .optional(),
});

/** The version an `If-Match` header names (quoted or not), if any. */
export function expectedVersion(ifMatch: string | undefined): number | undefined {
  return ifMatch === undefined ? undefined : Number(ifMatch.replaceAll('"', ''));
}

export const RuptureSchema = z
  .object({
    id: z.string(),
    spaceId: z.string(),
    status: z.enum(RUPTURE_STATUSES),
    visibility: z.enum(VISIBILITIES),
    size: z.enum(RUPTURE_SIZES),
    kinds: z.array(z.enum(RUPTURE_KINDS)),
    involved: z.array(z.string()),
    topic: z.string().nullable(),
    note: z.string().nullable(),
    occurredAt: z.string(),
    createdAt: z.string(),
    version: z.number(),
    authorMemberId: z.string(),
    isMine: z.boolean(),
    harm: z.boolean(),
    recognizedBy: z.array(z.string()),
    round: z.number(),
    pausedUntil: z.string().nullable(),
    linkedToId: z.string().nullable(),
    repairHeld: z.boolean().nullable(),
    raisedAt: z.string().nullable(),
    repairedAt: z.string().nullable(),
    letGoAt: z.string().nullable(),
    editedAt: z.string().nullable(),
  })
  .openapi('Rupture');

export const AttemptSchema = z
  .object({
    id: z.string(),
    memberId: z.string(),
    kind: z.enum(ATTEMPT_KINDS),
    message: z.string().nullable(),
    returnAt: z.string().nullable(),
    round: z.number(),
    createdAt: z.string(),
    whileFlooded: z.boolean().optional(),
    editedAt: z.string().nullable(),
  })
  .openapi('Attempt');

export const ResponseSchema = z
  .object({
    id: z.string(),
    memberId: z.string(),
    recordedByMemberId: z.string(),
    round: z.number(),
    feel: z.enum(FEELINGS),
    need: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
    editedAt: z.string().nullable(),
  })
  .openapi('RepairResponse');

export const RuptureDetailSchema = RuptureSchema.extend({
  attempts: z.array(AttemptSchema),
  responses: z.array(ResponseSchema),
  completion: z.array(
    z.object({ memberId: z.string(), state: z.enum(['waiting', 'repaired', 'not_yet']), need: z.string().nullable() }),
  ),
  departed: z.array(z.object({ memberId: z.string(), displayName: z.string() })),
}).openapi('RuptureDetail');

export const SimilarSchema = z
  .object({
    id: z.string(),
    occurredAt: z.string(),
    size: z.enum(RUPTURE_SIZES),
    topic: z.string().nullable(),
    status: z.enum(RUPTURE_STATUSES),
    reason: z.union([
      z.object({ kind: z.literal('same_topic'), topic: z.string() }),
      z.object({ kind: z.literal('similar_words'), words: z.array(z.string()) }),
    ]),
  })
  .openapi('SimilarRupture');

export const RuptureResponse = z.object({ rupture: RuptureDetailSchema });
export const CreatedRuptureResponse = z.object({ rupture: RuptureDetailSchema, similar: z.array(SimilarSchema) });
export const RupturesResponse = z.object({ ruptures: z.array(RuptureSchema), next: NextCursor });
export const AttemptResponse = z.object({ attempt: AttemptSchema, rupture: RuptureDetailSchema });
