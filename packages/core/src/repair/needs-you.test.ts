import { describe, expect, it } from 'vitest';
import type { AttemptView, ResponseView } from '../views';
import {
  type AttentionConversation,
  type AttentionRupture,
  attentionOf,
  conversationWaitsOn,
  NO_ATTENTION,
} from './needs-you';

const members = [
  { id: 'alex', hasAccount: true },
  { id: 'sam', hasAccount: true },
];
const now = new Date('2026-11-20T12:05:00.000Z');
const at = '2026-11-20T12:00:00.000Z';

function rupture(overrides: Partial<AttentionRupture> = {}): AttentionRupture {
  return {
    id: 'r1',
    status: 'raised',
    visibility: 'shared',
    harm: false,
    kinds: ['missed_bid'],
    authorMemberId: 'alex',
    involved: ['alex', 'sam'],
    recognizedBy: ['alex'],
    round: 0,
    pausedUntil: null,
    attempts: [],
    responses: [],
    ...overrides,
  };
}
function attempt(memberId: string, round: number, extra: Partial<AttemptView> = {}): AttemptView {
  return {
    id: `a-${memberId}-${round}`,
    memberId,
    kind: 'apology',
    message: null,
    returnAt: null,
    round,
    editedAt: null,
    createdAt: at,
    ...extra,
  };
}
function answer(memberId: string, round: number, feel: 'repaired' | 'not_yet'): ResponseView {
  return {
    id: `p-${memberId}-${round}`,
    memberId,
    recordedByMemberId: memberId,
    round,
    feel,
    need: null,
    note: null,
    editedAt: null,
    createdAt: at,
  };
}
const of = (viewerId: string, ...ruptures: AttentionRupture[]) => attentionOf(ruptures, { viewerId, members, now });

describe('attentionOf (P2: what waits on someone, without receipts or counts)', () => {
  it('a private rupture never needs anyone, not even its author', () => {
    const hidden = rupture({ visibility: 'private', status: 'noted', recognizedBy: [] });
    expect(of('sam', hidden)).toEqual(NO_ATTENTION);
    expect(of('alex', hidden)).toEqual(NO_ATTENTION);
  });

  it('once raised it needs the other person to recognise it, and no longer once they have', () => {
    expect(of('sam', rupture())).toEqual({
      needsYou: { ruptureId: 'r1', reason: 'raised', byMemberId: 'alex' },
      breaks: [],
      conversation: null,
    });
    expect(of('alex', rupture())).toEqual(NO_ATTENTION);
    expect(of('sam', rupture({ status: 'recognized', recognizedBy: ['alex', 'sam'] }))).toEqual(NO_ATTENTION);
  });

  it('a move toward someone needs their answer; the one who moved is not asked about their own move', () => {
    const reached = rupture({
      status: 'repairing',
      recognizedBy: ['alex', 'sam'],
      round: 1,
      attempts: [attempt('sam', 1)],
    });
    expect(of('alex', reached).needsYou).toEqual({ ruptureId: 'r1', reason: 'reached', byMemberId: 'sam' });
    expect(of('sam', reached).needsYou).toBeNull();
    const answered = { ...reached, responses: [answer('alex', 1, 'not_yet')] };
    expect(of('alex', answered).needsYou).toBeNull();
    // Trying again starts a new round: the earlier answer no longer covers it.
    const again = { ...answered, round: 2, attempts: [attempt('sam', 1), attempt('sam', 2)] };
    expect(of('alex', again).needsYou).toMatchObject({ reason: 'reached', byMemberId: 'sam' });
  });

  it('nothing needs anyone once closed, when marked as harm, or for someone not involved', () => {
    expect(of('sam', rupture({ status: 'repaired' }))).toEqual(NO_ATTENTION);
    expect(of('sam', rupture({ harm: true, kinds: ['harm'] }))).toEqual(NO_ATTENTION);
    expect(of('kim', rupture())).toEqual(NO_ATTENTION);
  });

  it('names the newest one waiting, never how many', () => {
    const older = rupture({ id: 'r1' });
    const newer = rupture({ id: 'r2', authorMemberId: 'alex' });
    expect(of('sam', newer, older).needsYou?.ruptureId).toBe('r2');
    expect(Object.keys(of('sam', older, newer))).toEqual(['needsYou', 'breaks', 'conversation']);
  });

  it('during someone else’s break, says who and until when, and asks nothing of anyone', () => {
    const until = '2026-11-20T12:30:00.000Z';
    const paused = rupture({
      status: 'recognized',
      recognizedBy: ['alex', 'sam'],
      pausedUntil: until,
      attempts: [attempt('sam', 0, { kind: 'break', returnAt: until })],
    });
    expect(of('alex', paused)).toEqual({ needsYou: null, conversation: null, breaks: [{ memberId: 'sam', until }] });
    expect(of('sam', paused)).toEqual(NO_ATTENTION);
    expect(attentionOf([paused], { viewerId: 'alex', members, now: new Date(until) })).toEqual(NO_ATTENTION);
  });
});

describe('a conversation waiting on you', () => {
  const talk = (over: Partial<AttentionConversation> = {}): AttentionConversation => ({
    id: 'c1',
    status: 'active',
    turn: null,
    waitingOn: ['sam'],
    alone: false,
    participants: ['alex', 'sam'],
    child: null,
    ruptureId: null,
    ...over,
  });
  const of = (conversations: AttentionConversation[], viewerId = 'sam') =>
    attentionOf([], { viewerId, members, now, conversations }).conversation;

  it('is one at your step (your turn, or your private answer still to give), named by the other', () => {
    expect(of([talk()])).toEqual({ conversationId: 'c1', withMemberId: 'alex' });
    expect(of([talk({ waitingOn: [], turn: 'sam' })])).toEqual({ conversationId: 'c1', withMemberId: 'alex' });
    expect(of([talk({ id: 'c1' }), talk({ id: 'c2', participants: ['sam', 'alex'] })])?.conversationId).toBe('c2');
  });

  it('is never one at the other’s step, paused, ended, gone through alone, or not yours', () => {
    expect(of([talk({ waitingOn: ['alex'], turn: 'alex' })])).toBeNull();
    for (const status of ['paused', 'done', 'abandoned'] as const) expect(of([talk({ status })])).toBeNull();
    expect(of([talk({ alone: true, participants: ['sam'] })])).toBeNull();
    expect(of([talk({ participants: ['alex', 'robin'], waitingOn: ['sam'] })])).toBeNull();
    expect(conversationWaitsOn(talk(), 'alex')).toBe(false);
    expect(NO_ATTENTION.conversation).toBeNull();
  });

  it('says a rupture talked through in a conversation under way once, as the conversation', () => {
    const reached = rupture({
      status: 'recognized',
      recognizedBy: ['alex', 'sam'],
      round: 1,
      attempts: [attempt('alex', 1)],
    });
    const within = (c: AttentionConversation) =>
      attentionOf([reached], { viewerId: 'sam', members, now, conversations: [c] });
    expect(within(talk({ ruptureId: 'r1' }))).toMatchObject({ needsYou: null, conversation: { conversationId: 'c1' } });
    expect(within(talk({ ruptureId: 'r1', status: 'paused' })).needsYou).toBeNull();
    expect(within(talk({ ruptureId: 'r1', status: 'abandoned' })).needsYou).toMatchObject({ ruptureId: 'r1' });
    expect(within(talk({ ruptureId: 'r2' })).needsYou).toMatchObject({ ruptureId: 'r1', reason: 'reached' });
  });
});
