import { z } from '@hono/zod-openapi';
import { LIMITS } from '@repairable/core';
import { NextCursor, pageQuery } from '../../http/paging';

export const UserSchema = z.object({ id: z.string(), email: z.string(), displayName: z.string() }).openapi('User');

export const SessionSchema = z
  .object({
    id: z.string(),
    device: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string(),
    current: z.boolean(),
  })
  .openapi('Session');

/** Policy (length, common list) is checked in core so the messages are specific; here only shape and bounds. */
const password = z.string().max(LIMITS.passwordMax * 4);

export const RegisterBody = z
  .strictObject({
    email: z.string().trim().pipe(z.email().max(LIMITS.email)),
    password,
    displayName: z.string().max(LIMITS.displayName * 2),
  })
  .openapi('RegisterBody');

export const LoginBody = z.strictObject({ email: z.string().max(LIMITS.email), password }).openapi('LoginBody');

export const ChangePasswordBody = z
  .strictObject({
    currentPassword: password,
    newPassword: password,
    endOtherSessions: z.boolean().default(false),
  })
  .openapi('ChangePasswordBody');

export const UserResponse = z.object({ user: UserSchema });
/** `GET /api/auth/session`: the same user, or null when signed out. */
export const SessionUserResponse = z.object({ user: UserSchema.nullable() });
/** Each sign-in makes a session, so the list answers one bounded page at a time (SECURITY.md R6). */
export const SessionsQuery = z.strictObject(pageQuery(50));
export const SessionsResponse = z.object({ sessions: z.array(SessionSchema), next: NextCursor });
