import type { MemberView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { completionMoment, completionRule, needWords, personName, stepHeading, waitingWords } from './next-step-words';

const sam: MemberView = { id: 's', displayName: 'Sam', hasAccount: true, isMe: true };
const alex: MemberView = { id: 'a', displayName: 'Alex', hasAccount: true, isMe: false };
const cai: MemberView = { id: 'c', displayName: 'Cai', hasAccount: true, isMe: false };
const mia: MemberView = { id: 'm', displayName: 'Mia', hasAccount: false, isMe: false };
const people = { members: [sam, alex, cai, mia], departed: [{ memberId: 'b', displayName: 'Ben' }] };
const now = new Date(2026, 10, 1, 14, 0);

describe('personName', () => {
  it('"you", a name, and someone who left by name with "(left)"', () => {
    expect(personName('s', people)).toBe('you');
    expect(personName('a', people)).toBe('Alex');
    expect(personName('b', people)).toBe('Ben (left)');
    expect(personName('gone', people)).toBe('someone who left');
  });
});

describe('waiting always says for whom and for what', () => {
  it('one sentence per kind of wait, naming the people', () => {
    expect(waitingWords([{ memberId: 'a', what: 'answer' }], people, now)).toEqual([
      'Waiting for Alex to say how it landed.',
    ]);
    expect(
      waitingWords(
        [
          { memberId: 'a', what: 'answer' },
          { memberId: 'c', what: 'answer' },
        ],
        people,
        now,
      ),
    ).toEqual(['Waiting for Alex and Cai to say how it landed.']);
    expect(waitingWords([{ memberId: 'a', what: 'confirm' }], people, now)).toEqual([
      'Waiting for Alex to say it feels repaired for them too.',
    ]);
    expect(waitingWords([{ memberId: 'a', what: 'try_again' }], people, now)).toEqual([
      'Waiting for Alex to try again.',
    ]);
    expect(waitingWords([{ memberId: 'a', what: 'recognize' }], people, now)).toEqual([
      'Waiting for Alex to see that something happened.',
    ]);
    const until = new Date(2026, 10, 1, 14, 30).toISOString();
    const [line] = waitingWords([{ memberId: 'a', what: 'return', until }], people, now);
    expect(line).toMatch(/^Alex is taking a break, back at .*30.*\. Nothing is asked of you meanwhile\.$/);
  });

  it('never a bare "waiting" and never a tally', () => {
    const all = waitingWords(
      (['recognize', 'answer', 'confirm', 'try_again'] as const).map((what) => ({ memberId: 'a', what })),
      people,
      now,
    );
    for (const line of all) {
      expect(line).toMatch(/^Waiting for Alex to \w/);
      expect(line).not.toMatch(/\d+ (of|out of) \d+|\d+\/\d+/);
    }
  });
});

describe('rule 4 in words', () => {
  it('both, everyone, or seeing a child come back', () => {
    expect(completionRule(['s', 'a'], people)).toBe("It's repaired when you both feel it.");
    expect(completionRule(['s', 'a', 'c'], people)).toBe("It's repaired when everyone involved feels it.");
    expect(completionRule(['s', 'm'], people)).toBe(
      "It's repaired when you've seen Mia come back to you, and it feels repaired for you too.",
    );
  });
});

describe('step headings', () => {
  it('the one reached toward is asked how it landed; the one who reached, after a not yet, reads who is not there', () => {
    expect(stepHeading({ kind: 'answer', to: 't', from: 'a', own: false }, people)).toBe('How did that land?');
    expect(stepHeading({ kind: 'answer', to: 't', from: 's', own: true }, people)).toBe(
      'Does it feel repaired for you too?',
    );
    expect(stepHeading({ kind: 'retry', needs: [{ memberId: 'a', need: 'a hug' }] }, people)).toBe(
      "Alex isn't there yet",
    );
    expect(stepHeading({ kind: 'record_reconnection', child: 'm', withOwnAnswer: true }, people)).toBe(
      'What did you see Mia do?',
    );
    expect(stepHeading({ kind: 'acknowledge', raisedBy: 'b' }, people)).toBe('Ben (left) raised this with you');
  });

  it('a need reads prominently, or invites asking', () => {
    expect(needWords({ memberId: 'a', need: 'a hug' }, people)).toBe('Alex needs: a hug');
    expect(needWords({ memberId: 'a', need: null }, people)).toBe("Alex didn't say what would help. You could ask.");
  });
});

describe('the completion moment', () => {
  it('quiet words per kind of space, no score', () => {
    expect(completionMoment('couple', []).title).toBe('You found your way back to each other.');
    expect(completionMoment('parent_child', ['Mia']).title).toBe('You and Mia found your way back to each other.');
    expect(completionMoment('work', []).title).toBe('You found your way through this together.');
    for (const kind of ['couple', 'parent_child', 'family', 'friends', 'work', 'other'] as const) {
      const { title, line } = completionMoment(kind, ['Mia']);
      expect(`${title} ${line}`).not.toMatch(/\d|score|points|streak|!|🎉/i);
    }
  });
});
