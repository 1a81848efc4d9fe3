import { z } from '@hono/zod-openapi';
import { LIMITS, SPACE_KINDS } from '@repairable/core';
import { NextCursor, pageQuery } from '../../http/paging';

export const MemberSchema = z
  .object({ id: z.string(), displayName: z.string(), hasAccount: z.boolean(), isMe: z.boolean() })
  .openapi('Member');

/** What waits on the viewer: never a count, a read receipt or presence (P2). */
export const AttentionSchema = z
  .object({
    needsYou: z
      .object({ ruptureId: z.string(), reason: z.enum(['raised', 'reached']), byMemberId: z.string() })
      .nullable(),
    breaks: z.array(z.object({ memberId: z.string(), until: z.string() })),
    /** A guided conversation with someone that waits on the viewer (their turn or their private answer), and with whom. */
    conversation: z.object({ conversationId: z.string(), withMemberId: z.string() }).nullable(),
  })
  .openapi('Attention');

/** The viewer's quiet wall here: open, more than 3 days old, from what they may see (insights' `quietWall` in brief). */
export const QuietWallSummarySchema = z
  .object({
    count: z.number().int(),
    bySize: z.object({
      tiny: z.number().int(),
      small: z.number().int(),
      medium: z.number().int(),
      big: z.number().int(),
    }),
    oldestDays: z.number().int().nullable(),
  })
  .openapi('QuietWallSummary');

export const SpaceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(SPACE_KINDS),
    createdAt: z.string(),
    /** A sample space with simulated history (POST /api/demo-space, `repairable demo`). */
    sample: z.boolean(),
    members: z.array(MemberSchema),
    attention: AttentionSchema,
    quietWall: QuietWallSummarySchema,
  })
  .openapi('Space');

export const SpaceParams = z.strictObject({ spaceId: z.uuid() });
export const MemberParams = z.strictObject({ spaceId: z.uuid(), memberId: z.uuid() });

export const CreateSpaceBody = z
  .strictObject({ name: z.string().max(LIMITS.spaceName * 2), kind: z.enum(SPACE_KINDS) })
  .openapi('CreateSpaceBody');

export const RenameSpaceBody = z
  .strictObject({ name: z.string().max(LIMITS.spaceName * 2) })
  .openapi('RenameSpaceBody');

export const MemberBody = z.strictObject({ displayName: z.string().max(LIMITS.displayName * 2) }).openapi('MemberBody');

export const LeaveBody = z.strictObject({ removeShared: z.boolean().optional() });

export const SpaceResponse = z.object({ space: SpaceSchema });
/** An account may make spaces without end, so the list answers one bounded page at a time (SECURITY.md R6). */
export const SpacesQuery = z.strictObject(pageQuery(50));
export const SpacesResponse = z.object({ spaces: z.array(SpaceSchema), next: NextCursor });
export const MemberResponse = z.object({ member: MemberSchema });
