import { describe, expect, it } from 'vitest';
import { A, answer, B, checkedIn, repaired, start } from './fixtures';
import { completionAnswers, continueAlone, conversationFor } from './index';

const say = (text: string) => ({ text });

describe('talk it through', () => {
  it('walks share → mirror → not quite → mirror → more → summary → validation → empathy → swap → completion', () => {
    let c = checkedIn(start('talk-it-through'));
    expect(c.stepId).toBe('topic');
    expect(c.turn).toBe(A);
    c = answer(c, A, 'topic', say('last night at dinner'));
    c = answer(c, B, 'ready', { choice: 'now' });
    c = answer(c, A, 'share', say('I felt alone when you looked at your phone.'));
    c = answer(c, B, 'mirror', say('You felt alone.'));
    c = answer(c, A, 'did-i-get-it', { choice: 'not-quite' });
    c = answer(c, A, 'correct', say('Alone, and a bit silly for trying.'));
    c = answer(c, B, 'mirror', say('You felt alone and a bit silly for trying.'));
    c = answer(c, A, 'did-i-get-it', { choice: 'yes' });
    c = answer(c, A, 'is-there-more', { choice: 'thats-all' });
    expect(c.stepId).toBe('summary');
    c = answer(c, B, 'summary', say('Dinner mattered to you, and my phone took me away.'));
    c = answer(c, B, 'validate', say('It makes sense, because you had planned it.'));
    c = answer(c, B, 'empathy', say('I imagine you might feel unimportant.'));
    c = answer(c, A, 'empathy-check', { choice: 'yes' });
    c = answer(c, B, 'offer-swap', { choice: 'swap' });
    expect([c.stepId, c.speaker, c.listener]).toEqual(['share', B, A]);
    c = answer(c, B, 'share', say('I feel tired in the evenings.'));
    c = answer(c, A, 'mirror', say('You feel tired.'));
    c = answer(c, B, 'did-i-get-it', { choice: 'yes' });
    c = answer(c, B, 'is-there-more', { choice: 'thats-all' });
    c = answer(c, A, 'summary', say('Evenings are hard for you.'));
    c = answer(c, A, 'validate', say('That makes sense.'));
    c = answer(c, A, 'empathy', say('I imagine you feel drained.'));
    c = answer(c, B, 'empathy-check', { choice: 'yes' });
    c = answer(c, A, 'offer-swap', { choice: 'done' });
    expect(c.stepId).toBe('completion');
    c = answer(c, A, 'completion', repaired);
    expect(conversationFor(c, B).entries.some((e) => e.stepId === 'completion')).toBe(false);
    c = answer(c, B, 'completion', { feel: 'not_yet', need: 'A phone-free dinner soon.' });
    expect(c.status).toBe('done');
    expect(completionAnswers(c)).toEqual([
      { memberId: A, feel: 'repaired', need: null, observedBy: null, observed: null },
      { memberId: B, feel: 'not_yet', need: 'A phone-free dinner soon.', observedBy: null, observed: null },
    ]);
  });

  it('the speaker alone shares at their own pace; mirror and checks are skipped', () => {
    let c = checkedIn(start('talk-it-through'));
    c = answer(c, A, 'topic', say('money'));
    c = continueAlone(c, { memberId: A, now: '2026-03-01T10:05:00.000Z' }).conversation;
    expect(c.stepId).toBe('share');
    c = answer(c, A, 'share', say('I worry about money.'));
    expect(c.stepId).toBe('is-there-more');
    c = answer(c, A, 'is-there-more', { choice: 'more' });
    c = answer(c, A, 'share', say('And about asking.'));
    c = answer(c, A, 'is-there-more', { choice: 'thats-all' });
    expect(c.stepId).toBe('completion');
    c = answer(c, A, 'completion', { feel: 'not_yet' });
    expect(c.status).toBe('done');
    expect(completionAnswers(c).map((x) => x.memberId)).toEqual([A]);
  });

  it('the listener alone finishes responding to what was shared: mirror, summary, validation, empathy', () => {
    let c = checkedIn(start('talk-it-through'));
    c = answer(c, A, 'topic', say('money'));
    c = answer(c, B, 'ready', { choice: 'now' });
    c = answer(c, A, 'share', say('I worry about money.'));
    c = continueAlone(c, { memberId: B, now: '2026-03-01T10:05:00.000Z' }).conversation;
    const seen: string[] = [];
    while (c.status === 'active') {
      seen.push(c.stepId);
      c = answer(c, B, c.stepId, c.stepId === 'completion' ? repaired : say('what I heard'));
    }
    expect(seen).toEqual(['mirror', 'summary', 'validate', 'empathy', 'completion']);
    expect(c.speaker).toBe(A);
  });

  it('a listener alone before anything was shared becomes the speaker', () => {
    let c = checkedIn(start('talk-it-through'));
    c = answer(c, A, 'topic', say('money'));
    c = continueAlone(c, { memberId: B, now: '2026-03-01T10:05:00.000Z' }).conversation;
    expect([c.stepId, c.speaker, c.turn]).toEqual(['share', B, B]);
  });
});
