import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { assertMemberWithoutAccount, createMemberWithoutAccount, createSpace, planLeave } from './spaces';

describe('planLeave (P3)', () => {
  it('deletes the space exactly when no other account member would remain', () => {
    const member = fc.record({ id: fc.uuid(), accountId: fc.option(fc.uuid(), { freq: 2 }) });
    fc.assert(
      fc.property(
        fc.uniqueArray(member, { selector: (m) => m.id, minLength: 1, maxLength: 6 }),
        fc.nat(),
        (members, pick) => {
          const leaving = members[pick % members.length];
          if (!leaving) return;
          const others = members.filter((m) => m.id !== leaving.id && m.accountId !== null);
          expect(planLeave({ members, leavingMemberId: leaving.id }).deleteSpace).toBe(others.length === 0);
        },
      ),
    );
  });

  it('keeps a parent-and-child space while another parent remains', () => {
    const members = [
      { id: 'p1', accountId: 'a1' },
      { id: 'child', accountId: null },
      { id: 'p2', accountId: 'a2' },
    ];
    expect(planLeave({ members, leavingMemberId: 'p1' })).toEqual({ deleteSpace: false });
    expect(planLeave({ members: members.slice(0, 2), leavingMemberId: 'p1' })).toEqual({ deleteSpace: true });
  });
});

describe('createSpace', () => {
  it('makes the creator the first member and tidies the name', () => {
    const { space, member } = createSpace({
      spaceId: 's',
      memberId: 'm',
      name: '  Ana   and Ben ',
      kind: 'couple',
      creator: { accountId: 'a', displayName: 'Ana' },
      at: '2026-11-21T10:00:00.000Z',
    });
    expect(space).toEqual({
      id: 's',
      name: 'Ana and Ben',
      kind: 'couple',
      createdAt: '2026-11-21T10:00:00.000Z',
      sample: false,
    });
    expect(member).toMatchObject({ spaceId: 's', accountId: 'a', displayName: 'Ana', leftAt: null });
  });

  it('refuses an empty name', () => {
    expect(() =>
      createSpace({
        spaceId: 's',
        memberId: 'm',
        name: ' ',
        kind: 'couple',
        creator: { accountId: 'a', displayName: 'A' },
        at: '',
      }),
    ).toThrow(DomainError);
  });
});

describe('members without an account', () => {
  it('are created without an account and may be changed by others', () => {
    const mia = createMemberWithoutAccount({ memberId: 'm', spaceId: 's', displayName: ' Mia ', at: 'now' });
    expect(mia).toMatchObject({ accountId: null, displayName: 'Mia' });
    expect(() => assertMemberWithoutAccount(mia)).not.toThrow();
    expect(() => assertMemberWithoutAccount({ id: 'x', accountId: 'a' })).toThrow(DomainError);
  });
});
