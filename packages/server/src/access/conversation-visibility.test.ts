import { type Conversation, canSeeConversation, conversationAudience } from '@repairable/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newId } from '../ports/ids';
import { insertConversation, pageOfConversations } from '../store/conversations';
import { useTestContext } from '../testing/harness';
import { MEMBERS, seedAccounts, seedSpace } from '../testing/random-space';
import { conversationAudienceAccounts, conversationVisibleTo } from './visibility';

/**
 * The SQL form of core's `canSeeConversation` must agree with it for every
 * member over random conversations between random members of a space (one
 * of whom has no account), on both dialects: a list can never show a
 * conversation a single read would hide. The push audience is core's too.
 */
const participantsShape = fc.uniqueArray(fc.nat({ max: MEMBERS - 1 }), { minLength: 1, maxLength: 3 });

function conversationOf(spaceId: string, participants: string[], at: string): Conversation {
  const [first = ''] = participants;
  return {
    id: newId(),
    spaceId,
    protocol: 'talk-it-through',
    ruptureId: null,
    participants,
    speaker: first,
    listener: participants[1] ?? null,
    child: null,
    ageBand: null,
    status: 'active',
    stepId: 'check-in',
    stepSince: 0,
    stepVersion: 1,
    turn: null,
    waitingOn: participants,
    alone: participants.length === 1,
    soloMember: null,
    swaps: 0,
    pausedUntil: null,
    pausedBy: null,
    openRuptures: [],
    entries: [],
    version: 1,
    startedBy: first,
    createdAt: at,
    updatedAt: at,
    endedAt: null,
  };
}

describe('conversation access: the SQL form agrees with core', () => {
  const ctx = useTestContext();

  it('on every combination of participants', async () => {
    const { db } = ctx();
    const accountIds = await seedAccounts(db, '2026-01-01T00:00:00.000Z');
    await fc.assert(
      fc.asyncProperty(fc.array(participantsShape, { minLength: 1, maxLength: 6 }), async (shapes) => {
        const at = '2026-01-02T00:00:00.000Z';
        const { spaceId, members, memberAt } = await seedSpace(db, accountIds, at);
        const conversations: Conversation[] = [];
        for (const shape of shapes) {
          const conversation = conversationOf(spaceId, shape.map(memberAt), at);
          await insertConversation(db, conversation);
          conversations.push(conversation);
        }
        const sorted = (ids: string[]) => [...ids].sort();
        for (const viewer of members) {
          const page = await pageOfConversations(db, {
            spaceId,
            visible: conversationVisibleTo(viewer.id),
            page: { limit: 100 },
          });
          expect(sorted(page.items.map((c) => c.id))).toEqual(
            sorted(conversations.filter((c) => canSeeConversation(viewer.id, c)).map((c) => c.id)),
          );
        }
        for (const conversation of conversations) {
          const audience = conversationAudienceAccounts(conversation, members);
          expect(sorted(audience)).toEqual(
            sorted(conversationAudience(conversation, members).flatMap((m) => m.accountId ?? [])),
          );
          // Only participants with an account, and every one of them.
          expect(sorted(audience)).toEqual(
            sorted(
              members
                .filter((m) => m.accountId && conversation.participants.includes(m.id))
                .map((m) => m.accountId ?? ''),
            ),
          );
        }
      }),
      { numRuns: 40 },
    );
  });
});
