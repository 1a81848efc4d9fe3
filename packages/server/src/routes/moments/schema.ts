import { z } from '@hono/zod-openapi';
import { CHECKIN_STATES, LIMITS, MOMENT_KINDS, VISIBILITIES } from '@repairable/core';

export const MomentBody = z
  .strictObject({
    kind: z.enum(MOMENT_KINDS),
    visibility: z.enum(VISIBILITIES),
    note: z.string().max(LIMITS.note).nullish(),
    about: z.array(z.uuid()).max(50).optional(),
  })
  .openapi('MomentBody');

export const CheckinBody = z
  .strictObject({
    state: z.enum(CHECKIN_STATES),
    intensity: z.number().int().min(0).max(10),
    note: z.string().max(LIMITS.note).nullish(),
  })
  .openapi('CheckinBody');

export const MomentParams = z.strictObject({ spaceId: z.uuid(), momentId: z.uuid() });
export const CheckinParams = z.strictObject({ spaceId: z.uuid(), checkinId: z.uuid() });

/** What a moment's author may change; at least one of them. */
export const MomentPatch = z
  .strictObject({
    kind: z.enum(MOMENT_KINDS).optional(),
    visibility: z.enum(VISIBILITIES).optional(),
    note: z.string().max(LIMITS.note).nullish(),
    about: z.array(z.uuid()).max(50).optional(),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), { message: 'Change at least one thing.' })
  .openapi('MomentPatch');

/** A check-in's note is all that changes: its state and intensity are a reading of one moment in time. */
export const CheckinPatch = z.strictObject({ note: z.string().max(LIMITS.note).nullable() }).openapi('CheckinPatch');

export const MomentSchema = z
  .object({
    id: z.string(),
    kind: z.enum(MOMENT_KINDS),
    visibility: z.enum(VISIBILITIES),
    note: z.string().nullable(),
    about: z.array(z.string()),
    authorMemberId: z.string(),
    isMine: z.boolean(),
    createdAt: z.string(),
    editedAt: z.string().nullable(),
  })
  .openapi('Moment');

export const CheckinSchema = z
  .object({
    id: z.string(),
    state: z.enum(CHECKIN_STATES),
    intensity: z.number(),
    note: z.string().nullable(),
    createdAt: z.string(),
    editedAt: z.string().nullable(),
  })
  .openapi('Checkin');

export const RegulationSchema = z
  .object({ offerBreak: z.boolean(), minimumBreakMinutes: z.number(), latest: CheckinSchema.nullable() })
  .openapi('Regulation');
