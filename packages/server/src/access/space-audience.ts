import type { Member } from '@repairable/core';

/**
 * Whom news of the space itself reaches (someone joined or left): its
 * current members with an account, as space-level access (policy.ts) admits
 * them, but the one who did it. It names nobody's rupture, so it carries no
 * object-level rule.
 */
export function spaceAudienceAccounts(members: readonly Member[], exceptAccountId: string | null): string[] {
  return members.flatMap((m) =>
    m.accountId !== null && m.leftAt === null && m.accountId !== exceptAccountId ? [m.accountId] : [],
  );
}
