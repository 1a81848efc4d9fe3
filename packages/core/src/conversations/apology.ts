import { confirm, framed, step, text } from './common';
import type { Protocol } from './types';

/**
 * PROTOCOLS.md §4, for the one who caused the rupture: the specific thing,
 * its impact, read over for "but", "if" and "you made me", what I will do
 * differently, and "what would help?". The tone check (on the device)
 * marks non-apologies in the boxes flagged `toneCheck`.
 */
export const APOLOGY: Protocol = {
  id: 'apology',
  title: 'Apology builder',
  purpose: 'Put together an apology that names what you did and how it landed, with nothing taking it back.',
  inspiredBy: 'Inspired by research on what makes apologies land',
  alone: true,
  steps: framed([
    step(
      'what-i-did',
      'speaker',
      text(),
      'Name the specific thing you did. Just that, no reasons yet.',
      '{speaker} is writing an apology for you.',
      { hint: 'I am sorry that I …' },
    ),
    step(
      'impact',
      'speaker',
      text(),
      'Name how it may have affected {listener}.',
      '{speaker} is thinking about how it affected you.',
      { hint: 'I imagine it left you feeling …' },
    ),
    step(
      'no-buts',
      'speaker',
      confirm(['ready', 'It says what I mean'], ['rewrite', 'Let me rewrite it']),
      'Read it over. No "but", no "if", no "you made me": those take an apology back.',
      '{speaker} is reading over what they wrote.',
      { next: { byChoice: { ready: 'differently', rewrite: 'what-i-did' } } },
    ),
    step(
      'differently',
      'speaker',
      text(),
      'What will you do differently next time?',
      '{speaker} is writing what they will do differently.',
      { hint: 'Next time, I will …' },
    ),
    step(
      'what-would-help',
      'listener',
      text(),
      '{speaker} asks: what would help you now?',
      '{listener} is thinking about what would help.',
      {
        hint: 'What would help me is …',
        alone: 'own',
        alonePrompt: 'What do you imagine might help {listener}? You can ask them when you share this.',
      },
    ),
  ]),
};
