import type { AttentionView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { attentionWords } from './attention-words';
import { clockTime } from './time';

const members = [
  { id: 'a', displayName: 'Alex', isMe: false },
  { id: 's', displayName: 'Sam', isMe: true },
];
const now = new Date('2026-11-20T12:00:00.000Z');
const nothing: AttentionView = { needsYou: null, breaks: [], conversation: null };

describe('attentionWords ("needs you" in words)', () => {
  it('says nothing when nothing waits', () => {
    expect(attentionWords(nothing, members, now)).toEqual({ needs: undefined, talk: undefined, breaks: [] });
  });

  it('names who raised it or reached out, never what it is about or how many', () => {
    const raised = attentionWords(
      { ...nothing, needsYou: { ruptureId: 'r', reason: 'raised', byMemberId: 'a' } },
      members,
      now,
    );
    expect(raised.needs).toBe('Alex raised something with you.');
    const reached = attentionWords(
      { ...nothing, needsYou: { ruptureId: 'r', reason: 'reached', byMemberId: 'a' } },
      members,
      now,
    );
    expect(reached.needs).toBe('Alex reached out to repair something.');
    const own = attentionWords(
      { ...nothing, needsYou: { ruptureId: 'r', reason: 'reached', byMemberId: 's' } },
      members,
      now,
    );
    expect(own.needs).toBe('Something is waiting for your answer.');
    const gone = attentionWords(
      { ...nothing, needsYou: { ruptureId: 'r', reason: 'raised', byMemberId: 'x' } },
      members,
      now,
    );
    expect(gone.needs).toBe('Someone raised something with you.');
    expect(`${raised.needs}${reached.needs}`).not.toMatch(/\d/);
  });

  it('says who is on a break and until when', () => {
    const until = '2026-11-20T15:30:00.000Z';
    const words = attentionWords({ ...nothing, breaks: [{ memberId: 'a', until }] }, members, now);
    expect(words.breaks).toEqual([`Alex is taking a break until ${clockTime(until, now)}.`]);
  });

  it('says a conversation is waiting, and with whom, never on what or since when', () => {
    const words = attentionWords(
      { ...nothing, conversation: { conversationId: 'c', withMemberId: 'a' } },
      members,
      now,
    );
    expect(words).toEqual({ needs: undefined, talk: 'A conversation with Alex is waiting for you.', breaks: [] });
    const gone = attentionWords({ ...nothing, conversation: { conversationId: 'c', withMemberId: 'x' } }, members, now);
    expect(gone.talk).toBe('A conversation is waiting for you.');
  });
});
