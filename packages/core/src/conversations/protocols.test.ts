import { describe, expect, it } from 'vitest';
import { A, answer, B, CHILD, checkedIn, repaired, start } from './fixtures';
import {
  ALONE_WAITING,
  CHILD_AGE_BANDS,
  completionAnswers,
  conversationFor,
  pickedRupture,
  protocolSteps,
  protocolSummaries,
  stepTextFor,
} from './index';

const say = (text: string) => ({ text });
const done = (c: ReturnType<typeof start>, who: string[]) =>
  who.reduce((x, m) => answer(x, m, 'completion', repaired), c);

describe('after a hard moment', () => {
  it('reveals feelings together, gives each a round, then plans and what each needs', () => {
    let c = checkedIn(start('after-incident'));
    c = answer(c, A, 'feelings', { choices: ['hurt', 'alone'] });
    expect(conversationFor(c, B).entries.some((e) => e.stepId === 'feelings')).toBe(false);
    c = answer(c, B, 'feelings', { choices: ['defensive'] });
    expect(conversationFor(c, B).entries.filter((e) => e.stepId === 'feelings')).toHaveLength(2);
    for (const [me, other] of [
      [A, B],
      [B, A],
    ] as const) {
      expect([c.stepId, c.turn]).toEqual(['reality', me]);
      c = answer(c, me, 'reality', say('For me it felt rushed.'));
      c = answer(c, other, 'reality-heard', say('It felt rushed; that makes sense.'));
      c = answer(c, me, 'triggers', say('Being hurried.'));
      c = answer(c, me, 'set-up', { choices: ['tired'] });
      c = answer(c, me, 'responsibility', say('My part was snapping. I am sorry for that.'));
      if (me === A) c = answer(c, other, 'accept', { choice: 'accept' });
      else {
        c = answer(c, other, 'accept', { choice: 'need-more' });
        c = answer(c, other, 'still-need', say('I still need to hear you noticed.'));
      }
    }
    expect(c.stepId).toBe('plans');
    c = answer(c, A, 'plans', say('Tell me when you are tired. I will slow down.'));
    c = answer(c, B, 'plans', say('Give me a minute. I will say when I am tired.'));
    c = answer(c, B, 'behind-us', say('A walk together.'));
    c = answer(c, A, 'behind-us', say('A hug.'));
    c = done(c, [A, B]);
    expect(c.status).toBe('done');
    expect(completionAnswers(c)).toHaveLength(2);
  });
});

describe('feedback wheel', () => {
  it('together: a good time, four parts, mirror, acknowledge, what I can give, letting go', () => {
    let c = checkedIn(start('feedback-wheel'));
    c = answer(c, B, 'good-time', { choice: 'yes' });
    for (const s of ['saw', 'story', 'felt', 'would-help']) c = answer(c, A, s, say(`${s} part`));
    for (const s of ['mirror', 'acknowledge', 'can-give']) c = answer(c, B, s, say(`${s} part`));
    c = answer(c, A, 'let-go', say('Thank you for the Sunday walk.'));
    expect(done(c, [A, B]).status).toBe('done');
  });

  it('"not now" pauses until the time picked and asks again on return', () => {
    let c = checkedIn(start('feedback-wheel'));
    c = answer(c, B, 'good-time', { choice: 'later', until: '2026-03-01T18:00:00.000Z' });
    expect([c.status, c.pausedBy, c.pausedUntil]).toEqual(['paused', B, '2026-03-01T18:00:00.000Z']);
  });

  it('alone: the four parts and letting go, nothing for the other', () => {
    let c = start('feedback-wheel', { participants: [A] });
    c = answer(c, A, 'check-in', { state: 'connected', intensity: 3 });
    expect(c.stepId).toBe('saw');
    for (const s of ['saw', 'story', 'felt', 'would-help', 'let-go']) c = answer(c, A, s, say(s));
    expect(done(c, [A]).status).toBe('done');
  });
});

describe('apology builder', () => {
  it('together: the thing, its impact, read over (once rewritten), differently, and their "what would help"', () => {
    let c = checkedIn(start('apology'));
    c = answer(c, A, 'what-i-did', say('I am sorry, but I was busy.'));
    c = answer(c, A, 'impact', say('You waited.'));
    c = answer(c, A, 'no-buts', { choice: 'rewrite' });
    c = answer(c, A, 'what-i-did', say('I am sorry that I forgot to call.'));
    c = answer(c, A, 'impact', say('I imagine you felt forgotten.'));
    c = answer(c, A, 'no-buts', { choice: 'ready' });
    c = answer(c, A, 'differently', say('I will set a reminder.'));
    expect(c.turn).toBe(B);
    expect(stepTextFor(c, B)?.text).toBe('{speaker} asks: what would help you now?');
    c = answer(c, B, 'what-would-help', say('A call tonight.'));
    expect(done(c, [A, B]).status).toBe('done');
    expect(protocolSteps('apology', null).filter((s) => s.input.kind === 'text' && s.input.toneCheck).length).toBe(4);
  });

  it('alone: "what would help?" becomes my own guess', () => {
    let c = start('apology', { participants: [A, B], alone: true });
    c = answer(c, A, 'check-in', { state: 'connected', intensity: 1 });
    for (const s of ['what-i-did', 'impact']) c = answer(c, A, s, say(s));
    c = answer(c, A, 'no-buts', { choice: 'ready' });
    c = answer(c, A, 'differently', say('d'));
    expect([c.stepId, c.turn]).toEqual(['what-would-help', A]);
    expect(stepTextFor(c, A)?.text).toMatch(/^What do you imagine might help/);
    expect(stepTextFor(c, B)).toEqual({
      acting: false,
      text: ALONE_WAITING,
      hint: null,
    });
    c = answer(c, A, 'what-would-help', say('Maybe time.'));
    expect(done(c, [A]).status).toBe('done');
  });
});

describe('parent do-over', () => {
  it.each(CHILD_AGE_BANDS)('band %s: the parent goes through alone; the child’s reconnection is observed', (band) => {
    let c = start('parent-do-over', { participants: [A, CHILD], ageBand: band });
    expect([c.stepId, c.waitingOn]).toEqual(['check-in', [A]]);
    c = answer(c, A, 'check-in', { state: 'activated', intensity: 4 });
    c = answer(c, A, 'regulate', { choice: 'done' });
    if (band === '0-2') {
      expect(protocolSteps('parent-do-over', band).some((s) => s.input.kind === 'text' && s.id !== 'note')).toBe(false);
      c = answer(c, A, 'soothe', { choices: ['hold', 'quiet'] });
    } else {
      c = answer(c, A, 'my-part', say('I yelled.'));
      c = answer(c, A, 'not-your-fault', { choice: 'said' });
      c = answer(c, A, 'do-over', say('Let us try again: please put your shoes on.'));
      if (band !== '3-6') c = answer(c, A, 'their-side', say(''));
    }
    c = answer(c, A, 'reconnect', { choices: band === '13+' ? ['talked'] : ['calmed'] });
    c = answer(c, A, 'note', say(''));
    c = done(c, [A]);
    expect(c.status).toBe('done');
    expect(completionAnswers(c)).toEqual([
      { memberId: A, feel: 'repaired', need: null, observedBy: null, observed: null },
      {
        memberId: CHILD,
        feel: 'repaired',
        need: null,
        observedBy: A,
        observed: band === '13+' ? 'Talked with me' : 'Calmed',
      },
    ]);
  });

  it('"not yet" records no reconnection for the child', () => {
    let c = start('parent-do-over', { participants: [A, CHILD], ageBand: '0-2' });
    c = answer(c, A, 'check-in', { state: 'connected', intensity: 2 });
    c = answer(c, A, 'regulate', { choice: 'done' });
    c = answer(c, A, 'soothe', { choices: ['rock'] });
    c = answer(c, A, 'reconnect', { choices: ['not-yet'] });
    c = done(answer(c, A, 'note', say('')), [A]);
    expect(completionAnswers(c).map((x) => x.memberId)).toEqual([A]);
  });
});

describe('weekly check-in', () => {
  const open = [
    { id: 'r1', summary: 'dishes' },
    { id: 'r2', summary: 'late call' },
  ];

  it('appreciations together, what went well, one open rupture picked, what would help', () => {
    let c = checkedIn(start('weekly-check-in', { openRuptures: open }));
    c = answer(c, A, 'appreciations', say('Breakfast on Sunday.'));
    c = answer(c, B, 'appreciations', say('You listened on Tuesday.'));
    c = answer(c, B, 'went-well', say('The walk.'));
    expect(conversationFor(c, A).entries.some((e) => e.stepId === 'went-well')).toBe(true);
    c = answer(c, A, 'went-well', say('Laughing at dinner.'));
    c = answer(c, A, 'open-ruptures', { choices: ['r2'] });
    expect(pickedRupture(c)).toBeNull();
    c = answer(c, B, 'agree', { choice: 'yes' });
    expect(pickedRupture(c)).toBe('r2');
    c = answer(c, A, 'loved', say('A hug in the morning.'));
    c = answer(c, B, 'loved', say('Ask me about work.'));
    expect(done(c, [A, B]).status).toBe('done');
  });

  it('without open ruptures, or none picked, goes straight to what would help', () => {
    let c = checkedIn(start('weekly-check-in'));
    c = answer(answer(c, A, 'appreciations', say('a')), B, 'appreciations', say('b'));
    c = answer(answer(c, A, 'went-well', say('a')), B, 'went-well', say('b'));
    expect(c.stepId).toBe('loved');
    let d = checkedIn(start('weekly-check-in', { openRuptures: open }));
    d = answer(answer(d, A, 'appreciations', say('a')), B, 'appreciations', say('b'));
    d = answer(answer(d, A, 'went-well', say('a')), B, 'went-well', say('b'));
    d = answer(d, A, 'open-ruptures', { choices: [] });
    expect(d.stepId).toBe('loved');
  });
});

it('lists the six protocols with one line each', () => {
  expect(protocolSummaries().map((p) => [p.id, p.alone, p.withChild])).toEqual([
    ['talk-it-through', false, false],
    ['after-incident', false, false],
    ['feedback-wheel', true, false],
    ['apology', true, false],
    ['parent-do-over', true, true],
    ['weekly-check-in', false, false],
  ]);
});
