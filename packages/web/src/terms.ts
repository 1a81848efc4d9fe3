import type { RuptureKind, RuptureSize } from '@repairable/core';

/**
 * Plain explanations of the words Repairable uses, shown where each word
 * appears (a "What's this?" under the control, never a hover-only tooltip).
 * The labels themselves live in repair-labels.ts; these say what they mean,
 * warmly and in a line or two, without judging anyone.
 */

/** What each kind of rupture looks like in everyday life. */
export const KIND_TERMS: Record<RuptureKind, string> = {
  missed_bid: 'One of you reached out — a look, a story, a touch — and it went unanswered.',
  dismissive_tone: 'Something was said in a way that made the other feel brushed aside.',
  eye_roll: 'A roll of the eyes, a sigh, a look that said more than words.',
  interrupting: 'Someone was cut off before they could finish.',
  criticism: 'A complaint turned into a remark about who someone is, not what they did.',
  contempt: 'Mockery, sarcasm or scorn: a moment that felt looking down on.',
  defensiveness: 'Protecting yourself instead of hearing what the other meant.',
  withdrawal: 'Going quiet or shutting down, so the other was left alone with it.',
  yelling: 'Voices got loud.',
  broken_promise: 'Something agreed on didn’t happen.',
  forgot: 'Something that mattered to the other slipped your mind.',
  misattunement: 'Being out of step: one of you needed something the other didn’t pick up on.',
  harsh_words: 'Words that hurt, said in the heat of the moment.',
  harm: 'Violence, threats or control. This isn’t a rupture to repair alone: it stays only with you, and support is offered.',
  other: 'Anything else that came between you.',
};

/** How big a rupture felt. */
export const SIZE_TERMS: Record<RuptureSize, string> = {
  tiny: 'A blip. You might let it go on your own.',
  small: 'It stung a little and is still with you.',
  medium: 'It hurt, and it’s worth talking about.',
  big: 'It shook something between you. Take the time it needs.',
};

/** The words of the repair cycle and the home screen. */
export const TERMS = {
  rupture:
    'A moment when the connection between you broke a little: a sharp word, a missed look, a promise that slipped. They happen in every close relationship.',
  repair:
    'Coming back to each other after a rupture: you both see it happened, one of you moves toward the other, and it’s finished when you both feel it is.',
  raise:
    'Share this with the people it was between, so you can repair it together. Until you do, it stays only with you.',
  letGo: 'For a small moment you kept to yourself: you can decide it has passed and close it on your own.',
  checkIn: 'A private note of how your body and mood are right now. It helps you notice when a break would help.',
  private: 'Only you can see it. Nobody else in the space is told it exists until you share it.',
  somethingGood: 'A warm moment worth keeping: thanks, a laugh, a time you turned toward each other.',
} as const;
