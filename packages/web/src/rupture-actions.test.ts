import type { MemberView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { availableActions, NO_ACTIONS, quickLogInvolved } from './rupture-actions';

const me: MemberView = { id: 'a', displayName: 'Ana', hasAccount: true, isMe: true };
const ben: MemberView = { id: 'b', displayName: 'Ben', hasAccount: true, isMe: false };
const mia: MemberView = { id: 'm', displayName: 'Mia', hasAccount: false, isMe: false };

type Shape = Parameters<typeof availableActions>[0];

function rupture(over: Partial<Shape> = {}): Shape {
  return {
    status: 'noted',
    visibility: 'private',
    size: 'tiny',
    harm: false,
    isMine: true,
    involved: ['a', 'b'],
    recognizedBy: [],
    round: 0,
    completion: [
      { memberId: 'a', state: 'waiting' },
      { memberId: 'b', state: 'waiting' },
    ],
    ...over,
  };
}

const names = (a: ReturnType<typeof availableActions>) =>
  Object.entries(a)
    .filter(([, v]) => (Array.isArray(v) ? v.length > 0 : v))
    .map(([k]) => k)
    .sort();

describe('availableActions', () => {
  it('my own private tiny one: raise, attempt, break, let go', () => {
    expect(names(availableActions(rupture(), [me, ben]))).toEqual(['attempt', 'letGo', 'raise', 'takeBreak']);
  });

  it('nothing to raise when the only others are without an account: nobody could be told', () => {
    const withMia = rupture({ involved: ['a', 'm'], completion: [] });
    expect(names(availableActions(withMia, [me, mia]))).toEqual(['attempt', 'letGo', 'takeBreak']);
    expect(availableActions(rupture({ involved: ['a', 'b', 'm'] }), [me, ben, mia]).raise).toBe(true);
  });

  it('no letting go of a medium one or a shared one', () => {
    expect(availableActions(rupture({ size: 'medium' }), [me, ben]).letGo).toBe(false);
    expect(availableActions(rupture({ visibility: 'shared', status: 'raised' }), [me, ben]).letGo).toBe(false);
  });

  it("someone else's raised one: acknowledge until I have", () => {
    const raised = rupture({ isMine: false, visibility: 'shared', status: 'raised', recognizedBy: ['b'] });
    expect(names(availableActions(raised, [me, ben]))).toEqual(['acknowledge', 'attempt', 'takeBreak']);
    const recognized = { ...raised, recognizedBy: ['b', 'a'], status: 'recognized' as const };
    expect(availableActions(recognized, [me, ben]).acknowledge).toBe(false);
  });

  it('after an attempt: answer until I feel repaired', () => {
    const repairing = rupture({ visibility: 'shared', status: 'repairing', round: 1, recognizedBy: ['a', 'b'] });
    expect(availableActions(repairing, [me, ben]).respond).toBe(true);
    const answered = {
      ...repairing,
      completion: [
        { memberId: 'a', state: 'repaired' },
        { memberId: 'b', state: 'waiting' },
      ],
    };
    expect(availableActions(answered, [me, ben]).respond).toBe(false);
    const notYet = { ...answered, completion: [{ memberId: 'a', state: 'not_yet' }] };
    expect(availableActions(notYet, [me, ben]).respond).toBe(true);
  });

  it('no answers before any attempt', () => {
    expect(availableActions(rupture({ involved: ['a', 'm'] }), [me, mia]).respond).toBe(false);
    expect(availableActions(rupture({ involved: ['a', 'm'] }), [me, mia]).reconnectWith).toEqual([]);
  });

  it('records reconnection with each involved member without an account, until done this round', () => {
    const withMia = rupture({
      involved: ['a', 'm'],
      round: 1,
      status: 'repairing',
      completion: [
        { memberId: 'a', state: 'waiting' },
        { memberId: 'm', state: 'waiting' },
      ],
    });
    expect(availableActions(withMia, [me, mia]).reconnectWith).toEqual([mia]);
    const done = { ...withMia, completion: [{ memberId: 'm', state: 'repaired' }] };
    expect(availableActions(done, [me, mia]).reconnectWith).toEqual([]);
  });

  it('offers nothing on harm, or once closed', () => {
    expect(availableActions(rupture({ harm: true }), [me, ben])).toEqual(NO_ACTIONS);
    expect(availableActions(rupture({ status: 'repaired' }), [me, ben])).toEqual(NO_ACTIONS);
    expect(availableActions(rupture({ status: 'let_go' }), [me, ben])).toEqual(NO_ACTIONS);
  });

  it('offers only raising to an author no longer involved', () => {
    expect(names(availableActions(rupture({ involved: ['b'] }), [me, ben]))).toEqual(['letGo', 'raise']);
  });
});

describe('quickLogInvolved', () => {
  it('is everyone else in the space', () => {
    expect(quickLogInvolved({ kind: 'couple', members: [me, ben, mia] })).toEqual(['b', 'm']);
    expect(quickLogInvolved({ kind: 'couple', members: [me] })).toEqual([]);
  });

  it('is the child or children in a parent-and-child space', () => {
    expect(quickLogInvolved({ kind: 'parent_child', members: [me, ben, mia] })).toEqual(['m']);
    expect(quickLogInvolved({ kind: 'parent_child', members: [me, ben] })).toEqual(['b']);
  });
});
