import { RUPTURE_KINDS, type RuptureKind, SPACE_KINDS } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { ATTEMPT_CHOICES } from './repair-labels';
import { attemptSuggestion } from './repair-suggestions';

const kindsWithWords = RUPTURE_KINDS.filter((k) => k !== 'harm' && k !== 'other');

describe('attemptSuggestion: wording that fits what happened', () => {
  it('an eye roll is owned as an eye roll, never as snapping', () => {
    for (const spaceKind of SPACE_KINDS) {
      for (const kind of ATTEMPT_CHOICES) {
        const words = attemptSuggestion(kind, { ruptureKinds: ['eye_roll'], spaceKind });
        expect(words, `${kind} in ${spaceKind}`).not.toMatch(/snap/i);
      }
    }
    expect(attemptSuggestion('apology', { ruptureKinds: ['eye_roll'], spaceKind: 'couple' })).toBe(
      "I'm sorry I rolled my eyes at you. You didn't deserve that.",
    );
  });

  it('each kind of rupture has its own apology, do-over and owning my part, in every kind of space', () => {
    for (const spaceKind of SPACE_KINDS) {
      for (const kind of ['apology', 'do_over', 'own_my_part'] as const) {
        const all = kindsWithWords.map((k) => attemptSuggestion(kind, { ruptureKinds: [k], spaceKind }));
        expect(new Set(all).size, `${kind} in ${spaceKind}`).toBe(all.length);
      }
    }
  });

  it('the apology names the behaviour, e.g. yelling, interrupting, a broken promise', () => {
    const cases: [RuptureKind, RegExp][] = [
      ['yelling', /raised my voice/],
      ['interrupting', /talked over you/],
      ['broken_promise', /keep my word/],
      ['forgot', /forgot/],
      ['withdrawal', /pulled away/],
      ['missed_bid', /reached out/],
      ['harsh_words', /harsh/],
    ];
    for (const [kind, words] of cases) {
      expect(attemptSuggestion('apology', { ruptureKinds: [kind], spaceKind: 'couple' })).toMatch(words);
    }
  });

  it('a parent speaks to a child: never the child’s fault, never "partner"', () => {
    expect(attemptSuggestion('apology', { ruptureKinds: ['yelling'], spaceKind: 'parent_child' })).toBe(
      "I'm sorry I yelled. It wasn't your fault.",
    );
    for (const rupture of RUPTURE_KINDS) {
      for (const kind of ATTEMPT_CHOICES) {
        const words = attemptSuggestion(kind, { ruptureKinds: [rupture], spaceKind: 'parent_child' });
        expect(words).not.toMatch(/partner|your fault that/i);
      }
    }
  });

  it('at work: no hugs and no love', () => {
    for (const rupture of RUPTURE_KINDS) {
      for (const kind of ATTEMPT_CHOICES) {
        const words = attemptSuggestion(kind, { ruptureKinds: [rupture], spaceKind: 'work' });
        expect(words).not.toMatch(/hug|love|kettle/i);
      }
    }
  });

  it('never blames or generalises: no "you always", "you never", "but you"', () => {
    for (const spaceKind of SPACE_KINDS) {
      for (const rupture of RUPTURE_KINDS) {
        for (const kind of ATTEMPT_CHOICES) {
          const words = attemptSuggestion(kind, { ruptureKinds: [rupture], spaceKind });
          expect(words).not.toMatch(/you always|you never|but you|if you hadn't/i);
          expect(words.length).toBeLessThan(140);
        }
      }
    }
  });

  it('the first kind with words leads; "something else" alone falls back to general words', () => {
    const context = { ruptureKinds: ['other', 'interrupting'] as RuptureKind[], spaceKind: 'friends' as const };
    expect(attemptSuggestion('apology', context)).toMatch(/talked over you/);
    const general = attemptSuggestion('apology', { ruptureKinds: ['other'], spaceKind: 'couple' });
    expect(general).not.toMatch(/snap/i);
    expect(attemptSuggestion('humor', context)).toBe(attemptSuggestion('humor', { ...context, ruptureKinds: [] }));
  });
});
