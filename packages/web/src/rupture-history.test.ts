import type { AttemptView, MemberView, ResponseView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { historyOf } from './rupture-history';

const sam: MemberView = { id: 's', displayName: 'Sam', hasAccount: true, isMe: false };
const alex: MemberView = { id: 'a', displayName: 'Alex', hasAccount: true, isMe: true };
const mia: MemberView = { id: 'm', displayName: 'Mia', hasAccount: false, isMe: false };
const now = new Date(2026, 10, 1, 15, 0);
const at = (h: number, m: number) => new Date(2026, 10, 1, h, m).toISOString();

function attempt(id: string, memberId: string, round: number, time: string, over: Partial<AttemptView> = {}) {
  const a: AttemptView = {
    id,
    memberId,
    kind: 'apology',
    message: null,
    returnAt: null,
    round,
    createdAt: time,
    editedAt: null,
  };
  return { ...a, ...over };
}

function response(id: string, memberId: string, round: number, time: string, over: Partial<ResponseView> = {}) {
  const r: ResponseView = {
    id,
    memberId,
    recordedByMemberId: memberId,
    round,
    feel: 'repaired',
    need: null,
    note: null,
    createdAt: time,
    editedAt: null,
  };
  return { ...r, ...over };
}

const lines = (entries: ReturnType<typeof historyOf>) => entries.map((e) => `${e.who}: ${e.what}`);

describe('historyOf: what was said stays, in order, with times', () => {
  it('a not yet and its need stay when a new attempt is made', () => {
    const rupture = {
      attempts: [
        attempt('01', 's', 1, at(14, 2), { message: "I'm sorry I rolled my eyes." }),
        attempt('03', 's', 2, at(14, 20), { kind: 'clarification', message: 'I meant it.' }),
      ],
      responses: [
        response('02', 'a', 1, at(14, 10), { feel: 'not_yet', need: 'a hug' }),
        response('04', 'a', 2, at(14, 25)),
      ],
    };
    const entries = historyOf(rupture, { members: [sam, alex], departed: [] }, now);
    expect(lines(entries)).toEqual([
      "Sam: apology — I'm sorry I rolled my eyes.",
      'You: not yet — needs: a hug',
      'Sam: clarification — I meant it.',
      'You: feels repaired',
    ]);
    expect(entries[0]?.time).toMatch(/02/);
    expect(entries[1]?.time).toMatch(/10/);
  });

  it('someone who left reads as their name with "(left)"', () => {
    const rupture = { attempts: [attempt('01', 'b', 1, at(14, 0))], responses: [] };
    const entries = historyOf(rupture, { members: [alex], departed: [{ memberId: 'b', displayName: 'Ben' }] }, now);
    expect(lines(entries)).toEqual(['Ben (left): apology']);
  });

  it('shows the reconnection a parent saw, and a break with its return time', () => {
    const rupture = {
      attempts: [
        attempt('01', 's', 1, at(14, 0), { kind: 'do_over' }),
        attempt('02', 's', 1, at(14, 5), { kind: 'break', returnAt: at(14, 30) }),
      ],
      responses: [
        response('03', 'm', 1, at(14, 40), { recordedByMemberId: 's', note: 'came back to play' }),
        response('04', 's', 1, at(14, 40)),
      ],
    };
    const entries = historyOf(rupture, { members: [sam, mia], departed: [] }, now);
    expect(lines(entries)).toEqual([
      'Sam: do-over',
      expect.stringMatching(/^Sam: a break, back at .*30/),
      'Sam: saw Mia come back — came back to play',
      'Sam: feels repaired',
    ]);
  });

  it('marks edited words for everyone, and offers to edit only the viewer’s own words', () => {
    const rupture = {
      attempts: [
        attempt('01', 's', 1, at(14, 0), { message: 'Sorry', editedAt: at(14, 50) }),
        attempt('02', 'a', 1, at(14, 5), { message: 'Me too' }),
        attempt('03', 'a', 1, at(14, 6), { kind: 'break', returnAt: at(14, 30) }),
      ],
      responses: [
        response('04', 'a', 1, at(14, 10), { feel: 'not_yet', need: 'a hug', editedAt: at(14, 55) }),
        response('05', 's', 1, at(14, 12), { feel: 'not_yet', need: 'time' }),
        response('06', 'a', 1, at(14, 40)),
        response('07', 'm', 1, at(14, 41), { recordedByMemberId: 'a', note: 'calmed' }),
      ],
    };
    const entries = historyOf(rupture, { members: [sam, alex, mia], departed: [] }, now);
    const byId = new Map(entries.map((e) => [e.id, e]));
    expect(byId.get('01')?.edited?.time, 'Sam’s edit shows to Alex').toMatch(/50/);
    expect(byId.get('01')?.editable, 'but it is not Alex’s to change').toBeUndefined();
    expect(byId.get('02')).toMatchObject({ editable: { kind: 'attempt', field: 'message', text: 'Me too' } });
    expect(byId.get('02')?.edited).toBeUndefined();
    expect(byId.get('03')?.editable, 'a break has no words').toBeUndefined();
    expect(byId.get('04')).toMatchObject({ editable: { field: 'need', text: 'a hug' }, edited: { at: at(14, 55) } });
    expect(byId.get('05')?.editable).toBeUndefined();
    expect(byId.get('06')?.editable, 'how someone feels is not edited').toBeUndefined();
    expect(byId.get('07')?.editable).toMatchObject({ kind: 'response', field: 'note', text: 'calmed' });
  });
});
