import type { MemberView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { availability, initialDraft, peopleFor, startInput } from './conversation-start';

const me: MemberView = { id: 'me', displayName: 'Alex', hasAccount: true, isMe: true };
const bea: MemberView = { id: 'bea', displayName: 'Bea', hasAccount: true, isMe: false };
const mia: MemberView = { id: 'mia', displayName: 'Mia', hasAccount: false, isMe: false };
const PROTOCOLS = [
  { id: 'talk-it-through', alone: false, withChild: false },
  { id: 'apology', alone: true, withChild: false },
  { id: 'parent-do-over', alone: true, withChild: true },
] as const;
const [talk, apology, doOver] = PROTOCOLS;

describe('starting a conversation', () => {
  it('from a rupture: its people, and the protocol that fits them', () => {
    const people = peopleFor([me, bea, mia], { involved: ['me', 'mia'] });
    expect(people.withAccount).toEqual([]);
    expect(initialDraft(PROTOCOLS, people, true)).toMatchObject({
      protocol: 'parent-do-over',
      childId: 'mia',
      how: 'alone',
    });
    const couple = peopleFor([me, bea], { involved: ['me', 'bea'] });
    expect(initialDraft(PROTOCOLS, couple, true)).toMatchObject({ protocol: 'talk-it-through', withId: 'bea' });
    expect(initialDraft(PROTOCOLS, couple, false).protocol).toBeUndefined();
  });

  it('says why a protocol cannot be picked, and marks none that works alone', () => {
    const alone = peopleFor([me, mia]);
    expect(availability(talk, alone)).toBe('Needs the other person on the app.');
    expect(availability(apology, alone)).toBeUndefined();
    expect(availability(doOver, peopleFor([me, bea]))).toBe('For a parent and a child without an account.');
    // In a couple's space someone not on the app is a partner, never a child to do a do-over with.
    expect(availability(doOver, peopleFor([me, mia], undefined, 'couple'))).toBe(
      'For a parent and a child without an account.',
    );
    expect(availability(doOver, peopleFor([me, mia], undefined, 'family'))).toBeUndefined();
  });

  it('sends the starter first; at one’s own pace only where the protocol allows it', () => {
    const draft = {
      protocol: undefined,
      withId: 'bea',
      childId: 'mia',
      ageBand: '3-6' as const,
      how: 'alone' as const,
    };
    expect(startInput(draft, apology, 'r1', 'me')).toEqual({
      protocol: 'apology',
      ruptureId: 'r1',
      participants: ['me', 'bea'],
      alone: true,
    });
    expect(startInput(draft, talk, undefined, 'me')).toEqual({
      protocol: 'talk-it-through',
      participants: ['me', 'bea'],
    });
    expect(startInput(draft, doOver, undefined, 'me')).toEqual({
      protocol: 'parent-do-over',
      participants: ['me', 'mia'],
      ageBand: '3-6',
    });
    expect(startInput({ ...draft, withId: undefined }, apology, undefined, 'me')).toEqual({
      protocol: 'apology',
      participants: ['me'],
    });
  });
});
