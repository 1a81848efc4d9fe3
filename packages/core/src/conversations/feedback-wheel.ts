import { confirm, framed, step, text } from './common';
import type { Protocol } from './types';

/**
 * PROTOCOLS.md §3. Asks first if now is a good time; then four short parts
 * from the speaker; the listener mirrors, acknowledges and says what they
 * can give; the speaker takes it in and lets go of the outcome.
 */
export const FEEDBACK_WHEEL: Protocol = {
  id: 'feedback-wheel',
  title: 'Feedback wheel',
  purpose: 'Say what bothered you in four short parts, and ask for what would help.',
  inspiredBy: "Inspired by Terry Real's feedback wheel",
  alone: true,
  steps: framed([
    step(
      'good-time',
      'listener',
      confirm(['yes', 'Yes, now is good'], ['later', 'Not now. Can we pick a time?']),
      '{speaker} would like to tell you about something that bothered them. Is now a good time?',
      '{listener} is seeing if now is a good time.',
      { next: { byChoice: { yes: 'saw', later: 'pause' } } },
    ),
    step(
      'saw',
      'speaker',
      text(),
      'What did you see or hear? Only what a camera would have recorded.',
      '{speaker} is writing what they saw or heard.',
      { hint: 'When I saw …' },
    ),
    step(
      'story',
      'speaker',
      text(),
      'What story did you tell yourself about it?',
      '{speaker} is writing the story they told themselves.',
      { hint: 'The story I told myself was …' },
    ),
    step('felt', 'speaker', text(), 'What did you feel?', '{speaker} is writing what they felt.', {
      hint: 'I felt …',
    }),
    step(
      'would-help',
      'speaker',
      text(),
      'What would help you now? One or two concrete things.',
      '{speaker} is writing what would help.',
      { hint: 'What would help me now is …' },
    ),
    step(
      'mirror',
      'listener',
      text(),
      'Say back what you heard, in your own words.',
      '{listener} is saying back what they heard.',
      { hint: 'What I heard is …' },
    ),
    step(
      'acknowledge',
      'listener',
      text(),
      'Acknowledge what you can. No need to defend yourself here.',
      '{listener} is acknowledging what they can.',
      { hint: 'You are right that I …' },
    ),
    step(
      'can-give',
      'listener',
      text(),
      'Say what you can give. It may be less than asked, and that is all right.',
      '{listener} is saying what they can give.',
      { hint: 'What I can do is …' },
    ),
    step(
      'let-go',
      'speaker',
      text(),
      'Thank {listener} for what they can give, and let go of the rest.',
      '{speaker} is taking in what you offered.',
      {
        hint: 'Thank you for …',
        alonePrompt:
          '{listener} may give less than you ask. Write a line to yourself about letting go of how it turns out.',
      },
    ),
  ]),
};
