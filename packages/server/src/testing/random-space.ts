import type { Member, Rupture } from '@repairable/core';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { newId } from '../ports/ids';
import { insertAccount } from '../store/accounts';
import type { Database } from '../store/schema';
import { insertMember, insertSpace } from '../store/spaces';

/**
 * Random spaces for the property tests that hold the SQL forms in `access/`
 * to core's rules (visibility.test.ts, attention.test.ts): four members,
 * three with an account and one without, and ruptures whose author,
 * involvement, visibility and harm are drawn at random.
 */
export const MEMBERS = 4;
export const ACCOUNTS = 3;

/** Who a random rupture is by and for: indexes into the space's members. */
export const audience = {
  author: fc.nat({ max: ACCOUNTS - 1 }),
  others: fc.subarray([0, 1, 2, 3]),
  shared: fc.boolean(),
  harm: fc.boolean(),
};

export type Audience = { author: number; others: number[]; shared: boolean; harm: boolean };

/** The accounts the members of every random space belong to, created once per test. */
export async function seedAccounts(db: Kysely<Database>, createdAt: string): Promise<string[]> {
  const accountIds: string[] = [];
  for (let i = 0; i < ACCOUNTS; i++) {
    const id = newId();
    await insertAccount(db, {
      id,
      email: `p${i}-${id}@example.org`,
      passwordHash: 'x',
      displayName: `P${i}`,
      createdAt,
    });
    accountIds.push(id);
  }
  return accountIds;
}

export interface RandomSpace {
  spaceId: string;
  members: Member[];
  /** The id of the member at an index the arbitraries drew. */
  memberAt(index: number): string;
  /**
   * A rupture of this space between the members `who` draws, logged at
   * `createdAt` in `status`; small, in round 0, unrecognized, unpaused and
   * unlinked unless `rest` says otherwise.
   */
  rupture(who: Audience, rest: Pick<Rupture, 'createdAt' | 'status'> & Partial<Rupture>): Rupture;
}

/** A new space with the accounts' members and one member without an account. */
export async function seedSpace(db: Kysely<Database>, accountIds: string[], createdAt: string): Promise<RandomSpace> {
  const spaceId = newId();
  await insertSpace(db, { id: spaceId, name: 'Us', kind: 'family', createdAt, sample: false });
  const members: Member[] = [];
  for (let i = 0; i < MEMBERS; i++) {
    const m: Member = {
      id: newId(),
      spaceId,
      accountId: accountIds[i] ?? null,
      displayName: `M${i}`,
      createdAt,
      leftAt: null,
    };
    await insertMember(db, m);
    members.push(m);
  }
  const memberAt = (i: number) => members[i]?.id ?? '';
  return {
    spaceId,
    members,
    memberAt,
    rupture: (who, rest) => {
      const author = memberAt(who.author);
      return {
        id: newId(),
        spaceId,
        authorMemberId: author,
        visibility: who.shared ? 'shared' : 'private',
        kinds: who.harm ? ['harm'] : ['missed_bid'],
        involved: [...new Set([author, ...who.others.map(memberAt)])],
        size: 'small',
        topic: null,
        note: null,
        occurredAt: rest.createdAt,
        version: 1,
        recognizedBy: [],
        round: 0,
        pausedUntil: null,
        linkedToId: null,
        repairHeld: null,
        raisedAt: null,
        repairedAt: null,
        letGoAt: null,
        editedAt: null,
        ...rest,
      };
    },
  };
}
