import { choice, confirm, framed, NOT_YET_RECONNECTED, RECONNECT_STEP, step, text } from './common';
import type { ChildAgeBand, Protocol, ProtocolStep } from './types';

/**
 * PROTOCOLS.md §5: a parent and a child without an account. The parent does
 * every step (the child never answers in the app); the scripts follow the
 * child's age band, and for a baby the repair is a checklist of actions.
 * The last step records what the parent saw the child do: the observed
 * reconnection the server records for the child (rule 4).
 */

const WAITING = 'The parent is going through the do-over.';

const regulate = step(
  'regulate',
  'speaker',
  confirm(['done', 'I have taken a moment']),
  'You first. Three slow breaths, longer out than in. Unclench your jaw and hands.',
  WAITING,
);

function reconnect(options: [string, string][]): ProtocolStep {
  return step(
    RECONNECT_STEP,
    'speaker',
    choice(1, options.length, ...options, [NOT_YET_RECONNECTED, 'Not yet, and that is all right']),
    'What did {child} do afterwards? Pick what you saw.',
    WAITING,
  );
}

const note = step('note', 'speaker', text(500, false, true), 'Anything you want to remember? (optional)', WAITING);

function spoken(script: { part: string; fault: string; doOver: string; theirs?: string }): ProtocolStep[] {
  const steps = [
    step('my-part', 'speaker', text(300), 'Name only your part, briefly, in words {child} knows.', WAITING, {
      hint: script.part,
    }),
    step('not-your-fault', 'speaker', confirm(['said', 'I said it']), `Tell {child}: ${script.fault}`, WAITING),
    step('do-over', 'speaker', text(500), 'Try it again: say what you meant to say.', WAITING, { hint: script.doOver }),
  ];
  if (script.theirs) {
    steps.push(step('their-side', 'speaker', text(500, false, true), script.theirs, WAITING));
  }
  return steps;
}

const BANDS: Record<ChildAgeBand, ProtocolStep[]> = {
  '0-2': [
    regulate,
    step(
      'soothe',
      'speaker',
      choice(
        1,
        6,
        ['hold', 'Held them close'],
        ['voice', 'Spoke softly or hummed'],
        ['quiet', 'Made it quieter and dimmer'],
        ['wait', 'Let them look away, and waited'],
        ['rock', 'Rocked or swayed'],
        ['needs', 'Fed, changed or warmed them'],
      ),
      'For a baby, repair is in what you do, not in words. Tick what you did.',
      WAITING,
      { hint: 'When they look away, they are resting. Wait for them to look back.' },
    ),
    reconnect([
      ['calmed', 'Calmed'],
      ['looked-back', 'Looked back at me'],
      ['settled', 'Settled into me'],
      ['smiled', 'Smiled or cooed'],
    ]),
    note,
  ],
  '3-6': [
    regulate,
    ...spoken({
      part: '"I yelled."',
      fault: '"It is not your fault. You do not deserve to be yelled at."',
      doOver: '"Can we try that again? What I meant to say is …"',
    }),
    reconnect([
      ['calmed', 'Calmed'],
      ['came-close', 'Came close'],
      ['hugged', 'Hugged me'],
      ['played', 'Played again'],
    ]),
    note,
  ],
  '7-12': [
    regulate,
    ...spoken({
      part: '"I shouted at you, and that was not OK."',
      fault: '"It was not your fault. You did not deserve that."',
      doOver: '"Let me try again. What I wanted to say is …"',
      theirs: 'Ask how it was for {child}, and listen. Jot down a word or two if you like. (optional)',
    }),
    reconnect([
      ['calmed', 'Calmed'],
      ['came-close', 'Came close'],
      ['talked', 'Talked with me'],
      ['played', 'Played or joked again'],
    ]),
    note,
  ],
  '13+': [
    regulate,
    ...spoken({
      part: '"I was harsh with you earlier, and that was not fair."',
      fault: '"That was on me, not on you."',
      doOver: '"What I meant to say was … Is there anything you need from me?"',
      theirs:
        'Ask what it was like for {child}, and give them time. They may not want to talk yet; that is all right. (optional)',
    }),
    reconnect([
      ['talked', 'Talked with me'],
      ['came-close', 'Came to be near me'],
      ['eased', 'Joked or eased up'],
      ['messaged', 'Sent me a message'],
    ]),
    note,
  ],
};

const stepsByBand = Object.fromEntries(Object.entries(BANDS).map(([band, steps]) => [band, framed(steps)])) as Record<
  ChildAgeBand,
  readonly ProtocolStep[]
>;

export const PARENT_DO_OVER: Protocol = {
  id: 'parent-do-over',
  title: 'Parent do-over',
  purpose: 'After you lost your temper with your child: calm yourself, own your part, and try again.',
  inspiredBy: 'Inspired by rupture-and-repair research with parents and children',
  alone: true,
  withChild: true,
  steps: stepsByBand['3-6'],
  stepsByBand,
};
