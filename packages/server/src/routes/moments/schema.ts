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
  })
  .openapi('Moment');

export const CheckinSchema = z
  .object({
    id: z.string(),
    state: z.enum(CHECKIN_STATES),
    intensity: z.number(),
    note: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Checkin');

export const RegulationSchema = z
  .object({ offerBreak: z.boolean(), minimumBreakMinutes: z.number(), latest: CheckinSchema.nullable() })
  .openapi('Regulation');
