import { describe, expect, it } from 'vitest';
import { checkTone } from './index';

/**
 * The sixth round's families (written after blind-6 was run): superlative
 * verdicts, a mind below a child's, mock awards, thanks with nothing named,
 * asking to be let off, the others as the excuse, and leaving as a wish.
 * Each family has messages it must flag and look-alikes it must leave alone.
 */
const label = (text: string) => checkTone(text).label;
const flagged = (text: string) => checkTone(text).flagged;

describe('criticism: a superlative verdict on them', () => {
  it.each([
    "You're the laziest flatmate I've ever had.",
    'You are honestly the most selfish person I know.',
    'You were the rudest driver on the road today.',
  ])('%s', (text) => {
    expect(label(text)).toBe('criticism');
  });

  it.each([
    "You're the kindest person I know.",
    'You are the most patient dad, thank you.',
    'You are the best friend anyone could have.',
    'The most expensive one is the blue tent.',
  ])('praise or a fact: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('contempt: their mind below a child’s or anyone’s', () => {
  it.each([
    'No one with a working brain would sign that.',
    'My toddler packs a bag better than you do.',
    'Do you even realise how ridiculous you sound?',
  ])('%s', (text) => {
    expect(label(text)).toBe('contempt');
  });

  it.each([
    'A child could get hurt on those stairs; can we add a gate?',
    'I know how ridiculous this sounds, but can we get a second cat?',
    'The kids like the new teacher better than the old one.',
  ])('not about them: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('contempt: a mock award, thanks with nothing named', () => {
  it.each(['Wow, partner of the year.', 'Oh, thanks so much for all your help.', 'Thanks for all that help.'])(
    '%s',
    (text) => {
      expect(label(text)).toBe('contempt');
    },
  );

  it.each([
    'She was named teacher of the year at school!',
    'Thank you for all your help with the kids this week.',
    'Thanks so much for all your help!',
  ])('news or meant: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('defensiveness: asking to be let off, the others as the excuse', () => {
  it.each([
    "Give me a break, I've been at work since six.",
    'Cut me some slack, I was exhausted.',
    'Everybody else laughed at it.',
    'Nobody told me the party was fancy dress.',
    "Was I supposed to know you'd be late?",
  ])('%s', (text) => {
    expect(label(text)).toBe('defensiveness');
  });

  it.each([
    "Don't start the film without me.",
    'Everyone else is coming at six.',
    'Nobody told me the time, when does it start?',
  ])('plain logistics: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });

  it('a break asked for with a time to come back is a repair attempt', () => {
    expect(label('Can you give me a break for twenty minutes? Then we can talk.')).toBe('repair_attempt');
  });
});

describe('stonewalling: leaving as a wish, refusing their side', () => {
  it.each(['Go away and leave me alone.', 'Just let me be.', 'Not interested in your excuses.', 'Not now.'])(
    '%s',
    (text) => {
      expect(label(text)).toBe('stonewalling');
    },
  );

  it.each([
    'Shall we go away for the weekend?',
    "Let me be honest, I'd like the red one.",
    "I'm not interested in the blue sofa, the grey one is nicer.",
    "Not now, I'm driving. I'll call you at six.",
    "Not now, I'm in a meeting. I'll call at five.",
  ])('plain logistics: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });

  it('leaving with a time to come back is a break, a repair attempt', () => {
    expect(label('Leave me be for an hour and then we can talk.')).toBe('repair_attempt');
  });
});

describe('criticism: a habit as the premise of a plan is not a verdict', () => {
  it('a habit stated as logistics', () => {
    expect(flagged("You always park on the left, so I'll take the right.")).toBe(false);
  });

  it('but "you always" with a threat is still criticism', () => {
    expect(label("You always leave your shoes out, so I'll just throw them away.")).toBe('criticism');
  });
});
