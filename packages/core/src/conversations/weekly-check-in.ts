import { confirm, framed, step, text } from './common';
import type { Protocol } from './types';

/**
 * PROTOCOLS.md §6. Appreciations (revealed together), what went well, the
 * week's shared open ruptures (given by the server at start; at most one
 * picked to talk through afterwards), and what would help each feel loved.
 */
export const WEEKLY_CHECK_IN: Protocol = {
  id: 'weekly-check-in',
  title: 'Weekly check-in',
  purpose: 'A regular half hour for what you appreciated, what went well, and what would help this week.',
  inspiredBy: "Inspired by Gottman's State of the Union meeting",
  alone: false,
  steps: framed([
    step(
      'appreciations',
      'each',
      text(),
      'Name a few things you appreciated about {other} this week.',
      '{other} is writing their appreciations. You will see both together.',
      { hint: 'I appreciated it when you …' },
    ),
    step('went-well', 'both', text(), 'What went well between you this week?', '{other} is writing what went well.', {
      hint: 'I liked how we …',
    }),
    step(
      'open-ruptures',
      'speaker',
      { kind: 'choice', options: [], min: 0, max: 1, optionsFrom: 'openRuptures' },
      'These moments are still open between you. Pick at most one to talk through after this, or none this week.',
      '{speaker} is looking at the open moments.',
      { next: { ifNone: 'loved' }, requires: 'openRuptures' },
    ),
    step(
      'agree',
      'listener',
      confirm(['yes', 'Yes, we can talk it through'], ['not-now', 'Not this week']),
      '{speaker} would like to talk this one through after the check-in. Does that work for you?',
      '{listener} is answering.',
      { alone: 'skip', requires: 'openRuptures' },
    ),
    step(
      'loved',
      'each',
      text(),
      'What would help you feel loved and supported this week?',
      '{other} is writing what would help them. You will see both together.',
      { hint: 'This week it would help me if you …' },
    ),
  ]),
};
