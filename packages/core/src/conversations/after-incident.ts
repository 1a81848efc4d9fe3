import { choice, confirm, framed, step, text } from './common';
import type { Protocol } from './types';

/** Feelings we offer to pick from; our own short list. */
export const INCIDENT_FEELINGS: [string, string][] = [
  ['hurt', 'Hurt'],
  ['angry', 'Angry'],
  ['sad', 'Sad'],
  ['alone', 'Alone'],
  ['unheard', 'Not heard'],
  ['misunderstood', 'Misunderstood'],
  ['criticized', 'Criticized'],
  ['defensive', 'Defensive'],
  ['overwhelmed', 'Overwhelmed'],
  ['scared', 'Scared'],
  ['ashamed', 'Ashamed'],
  ['unimportant', 'Unimportant'],
  ['taken-for-granted', 'Taken for granted'],
  ['powerless', 'Powerless'],
  ['frustrated', 'Frustrated'],
  ['tired', 'Worn out'],
];

const SET_UP: [string, string][] = [
  ['tired', 'I was tired'],
  ['stressed', 'I was stressed'],
  ['hungry', 'I was hungry'],
  ['busy', 'I had too much on'],
  ['unwell', 'I was not feeling well'],
  ['distant', 'We had been distant lately'],
  ['unappreciated', 'I had been feeling unappreciated'],
  ['other', 'Something else'],
];

/**
 * PROTOCOLS.md §2. Both perspectives are valid; the aim is to understand,
 * not to re-fight. Feelings are picked privately and revealed together;
 * then each has a round (reality, triggers, responsibility) with the other
 * listening; then plans and what each needs to put it behind them.
 */
export const AFTER_INCIDENT: Protocol = {
  id: 'after-incident',
  title: 'After a hard moment',
  purpose: 'Once you are both calm, understand what happened between you, without going through it again.',
  inspiredBy: "Inspired by Gottman's aftermath of a fight",
  alone: false,
  swapTo: 'reality',
  steps: framed([
    step(
      'feelings',
      'each',
      choice(1, 6, ...INCIDENT_FEELINGS),
      'Which feelings did you have then? Pick any. {other} sees them once you have both picked. No explaining yet.',
      '{other} is picking their feelings. You will see both together.',
    ),
    step(
      'reality',
      'speaker',
      text(),
      'Describe how it was for you. Your experience, not the facts: both can be true.',
      '{speaker} is describing how it was for them.',
      { hint: 'For me, it was …' },
    ),
    step(
      'reality-heard',
      'listener',
      text(),
      'Sum up what {speaker} described, and name one part that makes sense to you.',
      '{listener} is summing up what they heard.',
      { hint: 'What I heard is … What makes sense to me is …' },
    ),
    step(
      'triggers',
      'speaker',
      text(),
      'What got to you most? If you like, an older experience it touched.',
      '{speaker} is naming what got to them.',
      { hint: 'What got to me was … It reminded me of …' },
    ),
    step(
      'set-up',
      'speaker',
      choice(0, 4, ...SET_UP),
      'What set you up for it? Pick any that fit.',
      '{speaker} is thinking about what set them up.',
    ),
    step(
      'responsibility',
      'speaker',
      text(),
      'What was your part, and what are you sorry for?',
      '{speaker} is naming their part.',
      { hint: 'My part was … I am sorry for …' },
    ),
    step(
      'accept',
      'listener',
      confirm(['accept', 'I accept'], ['need-more', 'I still need something']),
      'How does this land for you?',
      '{listener} is reading what you wrote.',
      { next: { byChoice: { accept: 'swap', 'need-more': 'still-need' }, afterSwap: 'plans' } },
    ),
    step(
      'still-need',
      'listener',
      text(),
      'What do you still need? Say it as a wish, not a charge.',
      '{listener} is saying what they still need.',
      { hint: 'I still need …', next: { to: 'swap', afterSwap: 'plans' } },
    ),
    step(
      'plans',
      'each',
      text(),
      'Name one thing {other} could do next time, and one thing you will do yourself.',
      '{other} is writing their plan. You will see both together.',
      { hint: 'Next time it would help me if you … I will …' },
    ),
    step(
      'behind-us',
      'each',
      text(),
      'What do you need to put this behind you?',
      '{other} is writing what they need. You will see both together.',
      { hint: 'To put this behind me, I need …' },
    ),
  ]),
};
