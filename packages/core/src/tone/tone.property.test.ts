import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTone, GOOD_MOVES, HORSEMEN } from './index';

/** Words our patterns care about, so random messages hit the patterns (and their backtracking) often. */
const WORDS = [
  'you',
  "you're",
  'always',
  'never',
  'so',
  'such',
  'a',
  'real',
  'just',
  'wow',
  'oh',
  'great',
  'thanks',
  'sorry',
  'but',
  'if',
  'i',
  "i'm",
  'feel',
  'like',
  'done',
  'whatever',
  'fine',
  'not',
  "don't",
  'lazy',
  'idiot',
  'at',
  '7',
  'in',
  '20',
  'minutes',
  'break',
  'take',
  'leaving',
  'back',
  'nice',
  'one',
  'really',
  'well',
  'done.',
  ',',
  '.',
  '!',
  '?',
  'SO',
  'me',
  'need',
  'us',
  'could',
  'we',
  'thank',
  'my',
  'fault',
];
const message = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }).map((words) => words.join(' ')),
);

describe('checkTone on any text', () => {
  it('answers a consistent result: flagged exactly when a horseman is the label and listed', () => {
    fc.assert(
      fc.property(message, (text) => {
        const result = checkTone(text);
        const horseman = (HORSEMEN as readonly string[]).includes(result.label);
        expect(result.flagged).toBe(horseman);
        expect(result.flagged).toBe(result.labels.length > 0);
        if (result.flagged) {
          expect(result.labels[0]).toBe(result.label);
          expect(result.suggestion).toBeTruthy();
        } else expect(result.suggestion).toBeUndefined();
        for (const good of result.wentWell) expect(GOOD_MOVES as readonly string[]).toContain(good.label);
        expect(result.label === 'neutral').toBe(result.why === '');
      }),
      { numRuns: 500 },
    );
  });

  it('stays fast on long and repetitive text (no runaway backtracking)', () => {
    const worst = [
      'just wow '.repeat(600),
      'you are a real a real '.repeat(300),
      'i feel so so so so '.repeat(300),
      `${'wow, '.repeat(1000)}x`,
      'x'.repeat(5000),
      'you '.repeat(1250),
    ];
    for (const text of worst) {
      const started = performance.now();
      checkTone(text);
      expect(performance.now() - started, text.slice(0, 30)).toBeLessThan(250);
    }
  });
});
