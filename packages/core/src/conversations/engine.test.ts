import { describe, expect, it } from 'vitest';
import { DomainError, type DomainErrorCode } from '../errors';
import { A, answer, at, B, CHILD, calm, checkedIn, flooded, MEMBERS, start } from './fixtures';
import {
  abandonConversation,
  continueAlone,
  conversationFor,
  pauseConversation,
  resumeConversation,
  startConversation,
  submitStep,
} from './index';

function code(f: () => unknown): DomainErrorCode | 'none' {
  try {
    f();
    return 'none';
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
}

describe('starting', () => {
  const base = { id: 'c', spaceId: 's', ruptureId: null, ageBand: null, members: MEMBERS, now: at(0) } as const;
  it('refuses what the protocol does not allow', () => {
    const s = (over: object) => () =>
      startConversation({ ...base, protocol: 'talk-it-through', participants: [A, B], startedBy: A, ...over });
    expect(code(s({}))).toBe('none');
    expect(code(s({ participants: [A] }))).toBe('invalid_participants');
    expect(code(s({ alone: true }))).toBe('invalid_participants');
    expect(code(s({ participants: [A, A] }))).toBe('invalid_participants');
    expect(code(s({ participants: [A, 'stranger'] }))).toBe('invalid_participants');
    expect(code(s({ participants: [A, CHILD] }))).toBe('invalid_participants');
    expect(code(s({ startedBy: B }))).toBe('invalid_participants');
    expect(code(s({ ageBand: '3-6' }))).toBe('invalid_age_band');
    expect(code(s({ protocol: 'apology', participants: [A] }))).toBe('none');
    expect(code(s({ protocol: 'parent-do-over', participants: [A, CHILD] }))).toBe('invalid_age_band');
    expect(code(s({ protocol: 'parent-do-over', participants: [A, B], ageBand: '3-6' }))).toBe('invalid_participants');
    expect(code(s({ protocol: 'parent-do-over', participants: [CHILD, A], startedBy: CHILD, ageBand: '3-6' }))).toBe(
      'invalid_participants',
    );
  });
});

describe('answering', () => {
  it('names every refusal with its own code, and changes nothing', () => {
    const c = checkedIn(start('talk-it-through'));
    const submit = (over: object) => () =>
      submitStep(c, { memberId: A, stepId: 'topic', input: { text: 'x' }, version: c.version, now: at(2), ...over });
    expect(code(submit({ memberId: B }))).toBe('not_your_turn');
    expect(code(submit({ memberId: CHILD }))).toBe('not_a_participant');
    expect(code(submit({ stepId: 'share' }))).toBe('wrong_step');
    expect(code(submit({ version: c.version - 1 }))).toBe('stale_version');
    expect(code(submit({ input: { text: '   ' } }))).toBe('invalid_step_input');
    expect(code(submit({ input: { text: 'x'.repeat(201) } }))).toBe('invalid_step_input');
    expect(code(submit({ input: 'x' }))).toBe('invalid_step_input');
    expect(code(submit({ input: { text: 'half \ud800 a letter' } }))).toBe('invalid_step_input');
    expect(code(submit({ input: { text: 'x', extra: 1 } }))).toBe('none');
    const paused = pauseConversation(c, { memberId: B, until: at(30), now: at(2) }).conversation;
    expect(
      code(() =>
        submitStep(paused, { memberId: A, stepId: 'topic', input: { text: 'x' }, version: paused.version, now: at(3) }),
      ),
    ).toBe('conversation_paused');
    const ended = abandonConversation(c, { memberId: B, now: at(2) }).conversation;
    expect(
      code(() =>
        submitStep(ended, { memberId: A, stepId: 'topic', input: { text: 'x' }, version: ended.version, now: at(3) }),
      ),
    ).toBe('conversation_ended');
  });

  it('an each step takes one answer per person, and answers may race on the same version', () => {
    const c = start('talk-it-through');
    const v = c.version;
    const one = submitStep(c, { memberId: A, stepId: 'check-in', input: calm, version: v, now: at(1) }).conversation;
    expect(
      code(() => submitStep(one, { memberId: A, stepId: 'check-in', input: calm, version: one.version, now: at(1) })),
    ).toBe('step_already_answered');
    const two = submitStep(one, { memberId: B, stepId: 'check-in', input: calm, version: v, now: at(1) }).conversation;
    expect(two.stepId).toBe('topic');
  });
});

describe('the regulation gate (rule 6)', () => {
  it('is skipped when nobody is flooded', () => {
    expect(checkedIn(start('talk-it-through')).stepId).toBe('topic');
  });

  it('offers a flooded member a break of at least 20 minutes; the other sees only the return time', () => {
    let c = answer(start('talk-it-through'), A, 'check-in', flooded);
    c = answer(c, B, 'check-in', calm);
    expect([c.stepId, c.waitingOn]).toEqual(['regulation-gate', [A]]);
    expect(code(() => answer(c, A, 'regulation-gate', { choice: 'break', until: at(15) }))).toBe('break_too_short');
    expect(code(() => pauseConversation(c, { memberId: A, until: at(10), now: at(1) }))).toBe('break_too_short');
    c = answer(c, A, 'regulation-gate', { choice: 'break', until: at(21) });
    expect([c.status, c.pausedBy, c.pausedUntil]).toEqual(['paused', A, at(21)]);
    const seenByB = conversationFor(c, B);
    expect(seenByB.entries.map((e) => e.memberId)).toEqual([B]);
    expect(seenByB.pausedUntil).toBe(at(21));
    expect(code(() => resumeConversation(c, { memberId: B, now: at(10) }))).toBe('conversation_paused');
    c = resumeConversation(c, { memberId: B, now: at(21) }).conversation;
    expect([c.status, c.stepId]).toEqual(['active', 'topic']);
  });

  it('lets them go on anyway, and records it for them alone', () => {
    let c = answer(
      answer(start('talk-it-through'), A, 'check-in', { state: 'shut_down', intensity: 7 }),
      B,
      'check-in',
      calm,
    );
    c = answer(c, A, 'regulation-gate', { choice: 'go-on' });
    expect(c.stepId).toBe('topic');
    expect(c.entries.find((e) => e.stepId === 'regulation-gate')?.revealed).toBe(false);
    expect(conversationFor(c, B).entries.some((e) => e.memberId === A)).toBe(false);
  });
});

describe('pause, resume, alone, abandon', () => {
  it('a pause needs a return time not in the past and within a week', () => {
    const c = checkedIn(start('talk-it-through'));
    expect(code(() => pauseConversation(c, { memberId: A, until: at(0), now: at(1) }))).toBe('invalid_return_time');
    expect(code(() => pauseConversation(c, { memberId: A, until: 'soon', now: at(1) }))).toBe('invalid_return_time');
    expect(code(() => pauseConversation(c, { memberId: A, until: at(8 * 24 * 60), now: at(1) }))).toBe(
      'invalid_return_time',
    );
    const p = pauseConversation(c, { memberId: A, until: at(5), now: at(1) }).conversation;
    expect(code(() => pauseConversation(p, { memberId: B, until: at(9), now: at(2) }))).toBe('conversation_paused');
    expect(resumeConversation(p, { memberId: A, now: at(2) }).conversation.status).toBe('active');
  });

  it('going on alone in the middle of an each step finishes it with what is in', () => {
    let c = checkedIn(start('after-incident'));
    c = answer(c, B, 'feelings', { choices: ['hurt'] });
    c = continueAlone(c, { memberId: B, now: at(3) }).conversation;
    expect([c.stepId, c.soloMember, c.speaker, c.turn]).toEqual(['reality', B, B, B]);
    expect(c.waitingOn).toEqual([B]);
    expect(code(() => continueAlone(c, { memberId: A, now: at(4) }))).toBe('already_alone');
    expect(code(() => answer(c, A, 'reality', { text: 'x' }))).toBe('not_your_turn');
    for (const s of ['reality', 'triggers']) c = answer(c, B, s, { text: 'mine' });
    c = answer(c, B, 'set-up', { choices: [] });
    c = answer(c, B, 'responsibility', { text: 'My part was …' });
    expect(c.stepId).toBe('plans');
  });

  it('anyone may stop, and it keeps no trace of who', () => {
    const c = abandonConversation(checkedIn(start('weekly-check-in')), { memberId: B, now: at(9) }).conversation;
    expect([c.status, c.endedAt, c.turn, c.waitingOn]).toEqual(['abandoned', at(9), null, []]);
    expect(JSON.stringify(c)).not.toContain('abandonedBy');
    expect(code(() => abandonConversation(c, { memberId: A, now: at(10) }))).toBe('conversation_ended');
  });
});
