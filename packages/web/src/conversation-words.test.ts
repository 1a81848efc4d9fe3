import {
  type Conversation,
  conversationFor,
  currentStep,
  type MemberView,
  PROTOCOLS,
  startConversation,
  submitStep,
} from '@repairable/core';
import { describe, expect, it } from 'vitest';
import {
  answeringTo,
  fillNames,
  revealWords,
  saidLines,
  stepWords,
  summaryText,
  whoseTurn,
} from './conversation-words';

const A = 'm-a';
const B = 'm-b';
const MIA = 'm-mia';
const NOW = new Date('2026-03-01T10:00:00.000Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();

const records = [
  { id: A, accountId: 'acc-a' },
  { id: B, accountId: 'acc-b' },
  { id: MIA, accountId: null },
];
/** The members as Alex's browser sees them. */
const seenByAlex: MemberView[] = [
  { id: A, displayName: 'Alex', hasAccount: true, isMe: true },
  { id: B, displayName: 'Sam', hasAccount: true, isMe: false },
  { id: MIA, displayName: 'Mia', hasAccount: false, isMe: false },
];
const seenBySam = seenByAlex.map((m) => ({ ...m, isMe: m.id === B }));

function start(protocol: Conversation['protocol'], participants = [A, B], ageBand: '3-6' | null = null) {
  return startConversation({
    id: 'c1',
    spaceId: 's1',
    protocol,
    participants,
    startedBy: A,
    ruptureId: null,
    ageBand,
    members: records,
    now: at(0),
  }).conversation;
}

function answer(conv: Conversation, memberId: string, input: unknown): Conversation {
  return submitStep(conv, { memberId, stepId: conv.stepId, input, version: conv.version, now: at(1) }).conversation;
}

const calm = { state: 'connected', intensity: 2 };

describe('whose turn, said plainly at the top', () => {
  it('names the one who acts, from each side', () => {
    let conv = answer(answer(start('talk-it-through'), A, calm), B, calm);
    expect(conv.stepId).toBe('topic');
    expect(whoseTurn(conv, A, seenByAlex, NOW)).toBe('Your turn');
    expect(whoseTurn(conv, B, seenBySam, NOW)).toBe("Alex's turn");
    conv = answer(conv, A, { text: 'last night' });
    expect(whoseTurn(conv, A, seenByAlex, NOW)).toBe("Sam's turn");
    expect(stepWords(conv, B, seenBySam)?.text).toBe(
      'Alex would like to talk about this. Are you ready to listen now?',
    );
    expect(stepWords(conv, A, seenByAlex)).toEqual({
      acting: false,
      text: 'Sam is seeing if now works for them.',
      hint: undefined,
    });
  });

  it('a break says whose and until when; once over, when they planned to be back', () => {
    const paused: Conversation = {
      ...start('talk-it-through'),
      status: 'paused',
      pausedBy: B,
      pausedUntil: '2026-03-01T10:30:00.000Z',
    };
    const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(
      new Date(paused.pausedUntil ?? ''),
    );
    expect(whoseTurn(paused, A, seenByAlex, NOW)).toBe(`Sam is taking a break until ${clock}`);
    expect(whoseTurn(paused, B, seenBySam, NOW)).toBe(`You're taking a break until ${clock}`);
    const later = new Date('2026-03-01T11:00:00.000Z');
    expect(whoseTurn(paused, A, seenByAlex, later)).toBe(`Sam planned to be back at ${clock}`);
  });

  it('alone: the one going on sets the pace, and nothing waits on the other', () => {
    const conv = start('apology', [A]);
    expect(whoseTurn(conv, A, seenByAlex, NOW)).toBe('At your own pace');
    expect(whoseTurn({ ...conv, participants: [A, B] }, B, seenBySam, NOW)).toBe('Nothing waits on you');
  });

  it('fills names, "you" for the viewer, and the child by name', () => {
    const conv = start('parent-do-over', [A, MIA], '3-6');
    expect(fillNames('What did {child} do afterwards?', conv, seenByAlex, A)).toBe('What did Mia do afterwards?');
    expect(fillNames('{speaker} is sharing.', start('talk-it-through'), seenBySam, B)).toBe('Alex is sharing.');
    expect(fillNames('{listener} is listening.', start('talk-it-through'), seenByAlex, A)).toBe('Sam is listening.');
  });
});

describe('answers given privately are revealed together', () => {
  // The after-incident feelings step: each picks privately.
  function atFeelings() {
    const conv = answer(answer(start('after-incident'), A, calm), B, calm);
    expect(conv.stepId).not.toBe('check-in');
    return conv;
  }

  it('says who has answered, never what', () => {
    const conv = atFeelings();
    const step = conv.stepId;
    const options = ['hurt'];
    const one = answer(conv, B, { choices: options });
    expect(one.stepId).toBe(step);
    // Alex's view: Sam's answer is not in it, only that Sam has answered.
    const alexView = conversationFor(one, A);
    expect(revealWords(alexView, A, seenByAlex)).toBe(
      "Sam has answered. You'll both see your answers once you've answered too.",
    );
    expect(saidLines(alexView, seenByAlex, A)).toEqual([]);
    const samView = conversationFor(one, B);
    expect(revealWords(samView, B, seenBySam)).toBe(
      "You've answered. You'll both see your answers once Alex has answered too.",
    );
    expect(saidLines(samView, seenBySam, B)[0]?.waitingToBeShown).toBe(true);
  });

  it('says nothing before anyone has answered, and nothing about check-ins', () => {
    const conv = start('after-incident');
    expect(revealWords(conversationFor(answer(conv, B, calm), A), A, seenByAlex)).toBeUndefined();
    expect(revealWords(atFeelings(), A, seenByAlex)).toBeUndefined();
  });
});

describe('what was said', () => {
  it('in words, check-ins left out; the listener answers to what was shared; the copy keeps it all', () => {
    let conv = answer(answer(start('talk-it-through'), A, calm), B, calm);
    conv = answer(conv, A, { text: 'last night' });
    conv = answer(conv, B, { choice: 'now' });
    conv = answer(conv, A, { text: 'I felt alone at dinner.' });
    const samView = conversationFor(conv, B);
    expect(answeringTo(samView, seenBySam, B)).toMatchObject({ who: 'Alex', words: 'I felt alone at dinner.' });
    expect(saidLines(samView, seenBySam, B).map((l) => `${l.who}: ${l.words}`)).toEqual([
      'Alex: last night',
      'You: I am ready to listen',
      'Alex: I felt alone at dinner.',
    ]);
    const copy = summaryText(samView, 'Talk it through', seenBySam, B);
    expect(copy.split('\n')[0]).toMatch(/^Talk it through, Sunday, March 1, 2026$/);
    expect(copy).toContain(
      'Alex would like to talk about this. Are you ready to listen now?\nYou: I am ready to listen',
    );
    // Once roles have swapped, a question naming the speaker or listener could name the wrong one: left out.
    const swapped = saidLines({ ...samView, swaps: 1 }, seenBySam, B);
    expect(swapped.map((l) => l.asked)).toEqual([
      'What would you like to talk about? A few words are enough.',
      undefined,
      'Share one thing that is on your mind. Start with "I".',
    ]);
  });

  it('the closing answer reads as a sentence, with what would help', () => {
    let conv = start('apology', [A]);
    conv = answer(conv, A, calm);
    while (conv.stepId !== 'completion') {
      const step = conv.stepId;
      const input = step === 'completion' ? {} : guess(conv);
      conv = answer(conv, A, input);
    }
    conv = answer(conv, A, { feel: 'not_yet', need: 'time' });
    const lines = saidLines(conv, seenByAlex, A);
    expect(lines[lines.length - 1]).toMatchObject({ who: 'You', words: 'Not yet. What would help: time' });
  });
});

/** Any valid answer to the current step of an apology. */
function guess(conv: Conversation): unknown {
  const input = currentStep(conv).input;
  if (input.kind === 'checkin') return calm;
  if (input.kind === 'confirm') return { choice: input.options[0]?.id };
  if (input.kind === 'choice') return { choices: input.options.slice(0, Math.max(1, input.min)).map((o) => o.id) };
  return { text: 'I was short with you.' };
}

describe('every step of every protocol reads with names', () => {
  it('no placeholder is left in a prompt, a waiting line, a hint or a prompt for one alone', () => {
    const conv = start('talk-it-through');
    const child = start('parent-do-over', [A, MIA], '3-6');
    for (const protocol of Object.values(PROTOCOLS)) {
      const runs = protocol.stepsByBand ? Object.values(protocol.stepsByBand) : [protocol.steps];
      for (const steps of runs) {
        for (const step of steps) {
          for (const text of [step.prompt, step.waiting, step.hint, step.alonePrompt]) {
            if (!text) continue;
            for (const [c, members, viewer] of [
              [protocol.withChild ? child : conv, seenByAlex, A],
              [conv, seenBySam, B],
            ] as const) {
              expect(fillNames(text, c, members, viewer), `${protocol.id}/${step.id}`).not.toMatch(/[{}]/);
            }
          }
        }
      }
    }
  });

  it('an ended conversation says so, without saying who stopped it', () => {
    const conv = start('talk-it-through');
    expect(whoseTurn({ ...conv, status: 'done' }, A, seenByAlex, NOW)).toBe('Finished');
    expect(whoseTurn({ ...conv, status: 'abandoned' }, B, seenBySam, NOW)).toBe('Stopped here');
  });
});
