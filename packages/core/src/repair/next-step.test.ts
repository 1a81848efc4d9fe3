import { describe, expect, it } from 'vitest';
import type { AttemptView, MemberView, ResponseView } from '../views';
import { type NextStepRupture, nextStep } from './next-step';

/** Worked examples of whose step it is; next-step.property.test.ts checks it against completion.ts. */

const sam: MemberView = { id: 's', displayName: 'Sam', hasAccount: true, isMe: false };
const alex: MemberView = { id: 'a', displayName: 'Alex', hasAccount: true, isMe: false };
const cai: MemberView = { id: 'c', displayName: 'Cai', hasAccount: true, isMe: false };
const mia: MemberView = { id: 'm', displayName: 'Mia', hasAccount: false, isMe: false };
const couple = [sam, alex];
const now = new Date('2026-11-01T14:30:00.000Z');

let ids = 0;
function attempt(memberId: string, round: number, over: Partial<AttemptView> = {}): AttemptView {
  ids++;
  return {
    id: `t${ids}`,
    memberId,
    kind: 'apology',
    message: null,
    returnAt: null,
    round,
    editedAt: null,
    createdAt: now.toISOString(),
    ...over,
  };
}

function answer(memberId: string, round: number, feel: 'repaired' | 'not_yet', need: string | null = null) {
  ids++;
  const r: ResponseView = {
    id: `r${ids}`,
    memberId,
    recordedByMemberId: memberId,
    round,
    feel,
    need,
    note: null,
    editedAt: null,
    createdAt: now.toISOString(),
  };
  return r;
}

function rupture(over: Partial<NextStepRupture> = {}): NextStepRupture {
  return {
    status: 'recognized',
    visibility: 'shared',
    harm: false,
    kinds: ['eye_roll'],
    authorMemberId: 's',
    involved: ['s', 'a'],
    recognizedBy: ['s', 'a'],
    round: 0,
    pausedUntil: null,
    attempts: [],
    responses: [],
    ...over,
  };
}

const stepOf = (r: NextStepRupture, viewerId: string, members: MemberView[] = couple) =>
  nextStep(r, { viewerId, members, now });

describe('nextStep: a couple', () => {
  it('private and mine: raise it; the other sees nothing to do', () => {
    const r = rupture({ status: 'noted', visibility: 'private', recognizedBy: [] });
    expect(stepOf(r, 's')).toEqual({ kind: 'raise' });
    expect(stepOf(r, 'a')).toEqual({ kind: 'none' });
  });

  it('raised with me: "something happened between us"; the one who raised waits for that', () => {
    const r = rupture({ status: 'raised', recognizedBy: ['s'] });
    expect(stepOf(r, 'a')).toEqual({ kind: 'acknowledge', raisedBy: 's' });
    expect(stepOf(r, 's')).toEqual({ kind: 'wait', for: [{ memberId: 'a', what: 'recognize' }] });
  });

  it('recognized, no move yet: anyone may reach (rule 3), nobody "goes first"', () => {
    expect(stepOf(rupture(), 's')).toEqual({ kind: 'reach' });
    expect(stepOf(rupture(), 'a')).toEqual({ kind: 'reach' });
  });

  it('Sam apologised: Alex is asked how it landed; Sam waits for Alex to answer, never "I feel repaired" first', () => {
    const apology = attempt('s', 1);
    const r = rupture({ status: 'repairing', round: 1, attempts: [apology] });
    expect(stepOf(r, 'a')).toEqual({ kind: 'answer', to: apology.id, from: 's', own: false });
    expect(stepOf(r, 's')).toEqual({ kind: 'wait', for: [{ memberId: 'a', what: 'answer' }] });
  });

  it('Alex: not yet, needs a hug. Sam sees the need and "try again"; Alex waits for Sam to try again', () => {
    const r = rupture({
      status: 'repairing',
      round: 1,
      attempts: [attempt('s', 1)],
      responses: [answer('a', 1, 'not_yet', 'a hug')],
    });
    expect(stepOf(r, 's')).toEqual({ kind: 'retry', needs: [{ memberId: 'a', need: 'a hug' }] });
    expect(stepOf(r, 'a')).toEqual({ kind: 'wait', for: [{ memberId: 's', what: 'try_again' }] });
  });

  it('a new attempt asks Alex again; an answer to an earlier round does not count', () => {
    const second = attempt('s', 2, { kind: 'clarification' });
    const r = rupture({
      status: 'repairing',
      round: 2,
      attempts: [attempt('s', 1), second],
      responses: [answer('a', 1, 'not_yet', 'a hug'), answer('s', 1, 'repaired')],
    });
    expect(stepOf(r, 'a')).toEqual({ kind: 'answer', to: second.id, from: 's', own: false });
    expect(stepOf(r, 's')).toEqual({ kind: 'wait', for: [{ memberId: 'a', what: 'answer' }] });
  });

  it('Alex feels repaired: now Sam is asked for their own answer, and Alex waits for Sam to feel it too', () => {
    const apology = attempt('s', 1);
    const r = rupture({ status: 'repairing', round: 1, attempts: [apology], responses: [answer('a', 1, 'repaired')] });
    expect(stepOf(r, 's')).toEqual({ kind: 'answer', to: apology.id, from: 's', own: true });
    expect(stepOf(r, 'a')).toEqual({ kind: 'wait', for: [{ memberId: 's', what: 'confirm' }] });
  });

  it('Sam said repaired early: Sam still waits for Alex', () => {
    const r = rupture({
      status: 'repairing',
      round: 1,
      attempts: [attempt('s', 1)],
      responses: [answer('s', 1, 'repaired')],
    });
    expect(stepOf(r, 's')).toEqual({ kind: 'wait', for: [{ memberId: 'a', what: 'answer' }] });
    expect(stepOf(r, 'a')).toMatchObject({ kind: 'answer', own: false });
  });

  it('a break: the one who took it rests; the other knows until when; nothing is asked meanwhile', () => {
    const until = '2026-11-01T15:00:00.000Z';
    const r = rupture({
      status: 'repairing',
      round: 1,
      pausedUntil: until,
      attempts: [attempt('s', 1), attempt('a', 1, { kind: 'break', returnAt: until })],
    });
    expect(stepOf(r, 'a')).toEqual({ kind: 'on_break', until });
    expect(stepOf(r, 's')).toEqual({ kind: 'wait', for: [{ memberId: 'a', what: 'return', until }] });
    const over = nextStep(r, { viewerId: 'a', members: couple, now: new Date('2026-11-01T15:01:00.000Z') });
    expect(over).toMatchObject({ kind: 'answer', from: 's' });
  });

  it('closed, harm, or not mine to act on', () => {
    expect(stepOf(rupture({ status: 'repaired', round: 1 }), 'a')).toEqual({ kind: 'done', how: 'repaired' });
    expect(stepOf(rupture({ status: 'let_go', visibility: 'private' }), 's')).toEqual({ kind: 'done', how: 'let_go' });
    expect(stepOf(rupture({ harm: true, kinds: ['harm'], visibility: 'private' }), 's')).toEqual({ kind: 'none' });
    expect(stepOf(rupture({ involved: ['s', 'c'] }), 'a', [sam, alex, cai])).toEqual({ kind: 'none' });
  });
});

describe('nextStep: someone left', () => {
  it('the one who reached left: a "not yet" is no longer waiting on them; anyone may reach', () => {
    const r = rupture({
      status: 'repairing',
      round: 1,
      attempts: [attempt('s', 1)],
      responses: [answer('a', 1, 'not_yet', 'time')],
    });
    expect(stepOf(r, 'a', [alex])).toEqual({ kind: 'reach' });
  });

  it('the one who reached left before I answered: I am still asked how it landed', () => {
    const apology = attempt('s', 1);
    const r = rupture({ status: 'repairing', round: 1, attempts: [apology], involved: ['s', 'a', 'c'] });
    expect(stepOf(r, 'a', [alex, cai])).toEqual({ kind: 'answer', to: apology.id, from: 's', own: false });
  });
});

describe('nextStep: a parent and a child without an account', () => {
  const parentView = [sam, mia];
  const base = rupture({ status: 'noted', visibility: 'private', involved: ['s', 'm'], recognizedBy: [] });

  it('nothing to raise: nobody else can be told; the parent makes their move', () => {
    expect(stepOf(base, 's', parentView)).toEqual({ kind: 'reach' });
  });

  it('after the do-over: record what Mia did together with the parent’s own answer, in one step', () => {
    const r = { ...base, status: 'repairing' as const, round: 1, attempts: [attempt('s', 1, { kind: 'do_over' })] };
    expect(stepOf(r, 's', parentView)).toEqual({ kind: 'record_reconnection', child: 'm', withOwnAnswer: true });
    const parentFirst = { ...r, responses: [answer('s', 1, 'repaired')] };
    expect(stepOf(parentFirst, 's', parentView)).toEqual({
      kind: 'record_reconnection',
      child: 'm',
      withOwnAnswer: false,
    });
    const childSeen = { ...r, responses: [{ ...answer('m', 1, 'repaired'), recordedByMemberId: 's' }] };
    expect(stepOf(childSeen, 's', parentView)).toMatchObject({ kind: 'answer', own: true });
  });

  it('two parents and a child: the other parent is asked how it landed first', () => {
    const r = rupture({
      status: 'repairing',
      round: 1,
      involved: ['s', 'a', 'm'],
      attempts: [attempt('s', 1)],
    });
    expect(stepOf(r, 'a', [sam, alex, mia])).toMatchObject({ kind: 'answer', from: 's' });
    expect(stepOf(r, 's', [sam, alex, mia])).toEqual({ kind: 'record_reconnection', child: 'm', withOwnAnswer: true });
  });
});

describe('nextStep: three people', () => {
  it('one says not yet, one says repaired: the one who reached sees the need; the other waits on them', () => {
    const r = rupture({
      status: 'repairing',
      round: 1,
      involved: ['s', 'a', 'c'],
      recognizedBy: ['s', 'a', 'c'],
      attempts: [attempt('s', 1)],
      responses: [answer('a', 1, 'repaired'), answer('c', 1, 'not_yet', 'to talk')],
    });
    const three = [sam, alex, cai];
    expect(stepOf(r, 's', three)).toEqual({ kind: 'retry', needs: [{ memberId: 'c', need: 'to talk' }] });
    expect(stepOf(r, 'a', three)).toEqual({ kind: 'wait', for: [{ memberId: 's', what: 'try_again' }] });
  });
});
