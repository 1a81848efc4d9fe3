import type { IncidencePoint, MemberView, Regulation } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import {
  AGE_BAND_LABELS,
  audienceOf,
  balanceSentence,
  between,
  chainSentence,
  confidenceSentence,
  GUIDE_WORDS,
  guideWords,
  letGoSentence,
  NOT_ENOUGH,
  quietWallIntro,
  quietWallLine,
  rangeWords,
  ratioWords,
  regulationSentence,
  repairSentence,
  spanWords,
  themeSentence,
  WINDOW_LABELS,
} from './insights-words';

const me: MemberView = { id: 'a', displayName: 'Ana', hasAccount: true, isMe: true };
const ben: MemberView = { id: 'b', displayName: 'Ben', hasAccount: true, isMe: false };
const cai: MemberView = { id: 'c', displayName: 'Cai', hasAccount: true, isMe: false };
const mia: MemberView = { id: 'm', displayName: 'Mia', hasAccount: false, isMe: false };

/** Enough attempts, with more repairs from calm than from flooded: the words tests read it for tone. */
const calmerRegulation: Regulation = {
  floodedAttempts: 1,
  regulatedAttempts: 3,
  floodedSuccess: 0,
  regulatedSuccess: 2,
  restsOn: 4,
  enough: true,
};

const point = (hours: number, share: number, letGo = 0): IncidencePoint => ({
  hours,
  share,
  low: share,
  high: share,
  letGo,
  atRisk: 1,
});

describe('insights words: who the space is', () => {
  it('one person alone, a parent with a child without an account, a couple, a group', () => {
    const noa = { ...mia, id: 'n', displayName: 'Noa' };
    expect(between(audienceOf([me]))).toBe('you');
    expect(between(audienceOf([me, mia]))).toBe('you and Mia');
    expect(between(audienceOf([me, mia, noa], 'parent_child'))).toBe('you and your children');
    // Off the app but not children: by name, then "the others"; never "you two" when only I answer here.
    expect(between(audienceOf([me, mia, noa], 'friends'))).toBe('you and Mia and Noa');
    expect(between(audienceOf([me, mia, noa, { ...mia, id: 'o' }], 'work'))).toBe('you and the others');
    expect(between(audienceOf([me, { ...ben, hasAccount: false }], 'couple'))).toBe('you and Ben');
    expect(between(audienceOf([me, ben]))).toBe('you two');
    expect(between(audienceOf([me, ben, cai, mia]))).toBe('you all');
  });

  it('confidence and the quiet wall speak to the space as it is', () => {
    const c = { mean: 0.7, low: 0.55, high: 0.82, enough: true };
    expect(confidenceSentence(c, audienceOf([me]))).toContain('a rupture noted here has about a 70% chance');
    expect(confidenceSentence(c, audienceOf([me]))).not.toContain('between you has');
    expect(confidenceSentence(c, audienceOf([me, mia]))).toContain('between you and Mia');
    expect(confidenceSentence(c, audienceOf([me, mia]))).toContain('between 55% and 82%');
    expect(quietWallIntro(2, audienceOf([me]))).toBe(
      '2 things left open for more than 3 days. Any one of them can be picked up again, when you are ready.',
    );
    expect(quietWallIntro(1, audienceOf([me, ben]))).toContain('when you two are ready');
    expect(quietWallIntro(0, audienceOf([me]))).toMatch(/Nothing small/);
  });
});

describe('insights words: the figures in plain words', () => {
  it('spans read as people say them', () => {
    expect(spanWords(0.5)).toBe('an hour');
    expect(spanWords(1)).toBe('an hour');
    expect(spanWords(8)).toBe('8 hours');
    expect(spanWords(24)).toBe('a day');
    expect(spanWords(72)).toBe('3 days');
    expect(spanWords(168)).toBe('a week');
    expect(spanWords(336)).toBe('2 weeks');
    expect(spanWords(2160)).toBe('3 months');
    expect(spanWords(8760)).toBe('a year');
  });

  it('"Most small things are repaired within a day", or what is known so far', () => {
    const enough = { enough: true, total: 8, repaired: 6 };
    const curve = [point(1, 0.1), point(12, 0.4), point(24, 0.6), point(168, 0.8)];
    expect(repairSentence(enough, curve, 'small')).toBe('Most small things are repaired within a day.');
    expect(repairSentence(enough, curve)).toBe('Most things are repaired within a day.');
    expect(repairSentence(enough, [point(24, 0.2), point(168, 0.4)])).toBe(
      'About 40% of things were repaired within a week. The rest are still open or were let go.',
    );
    expect(repairSentence(enough, [point(24, 0)])).toMatch(/None of these things has been repaired yet/);
    expect(repairSentence({ ...enough, enough: false }, curve)).toBe(NOT_ENOUGH);
    expect(repairSentence({ enough: true, total: 6, repaired: 1 }, [])).toBe(
      '1 of 6 things repaired so far. It is too soon to say how long repair takes.',
    );
    expect(repairSentence({ enough: true, total: 6, repaired: 0 }, [])).toMatch(/None of these things/);
  });

  it('let-go is a different ending, said apart', () => {
    expect(letGoSentence({ letGo: 0, total: 5 })).toBe('Nothing here was let go.');
    expect(letGoSentence({ letGo: 2, total: 9 })).toBe(
      '2 things of 9 were let go: a different ending, not counted as repair.',
    );
  });

  it('balance in words, with a ratio either way and none without ruptures', () => {
    expect(balanceSentence({ positives: 12, ruptures: 4, ratio: 3, enough: true }, '30d')).toBe(
      '12 good moments and 4 ruptures in the last 30 days: about 3 to 1.',
    );
    expect(balanceSentence({ positives: 6, ruptures: 0, ratio: null, enough: true }, 'all')).toBe(
      '6 good moments and no ruptures since the start.',
    );
    expect(balanceSentence({ positives: 1, ruptures: 1, ratio: 1, enough: false }, '7d')).toBe(NOT_ENOUGH);
    expect(ratioWords(0.5)).toBe('1 to 2');
    expect(ratioWords(4.26)).toBe('4.3 to 1');
    expect(ratioWords(12.4)).toBe('12 to 1');
    expect(GUIDE_WORDS).toMatch(/73 couples/);
    expect(GUIDE_WORDS).toMatch(/never a grade/);
  });

  it('regulation, themes and the labels', () => {
    const reg: Regulation = {
      floodedAttempts: 3,
      regulatedAttempts: 5,
      floodedSuccess: 1,
      regulatedSuccess: 4,
      restsOn: 8,
      enough: true,
    };
    expect(regulationSentence(reg, audienceOf([me, ben]))).toBe(
      'Of your own attempts that led to repair within 2 days: 4 of 5 made while calm, and 1 of 3 made while flooded.',
    );
    expect(regulationSentence({ ...reg, floodedAttempts: 0, floodedSuccess: 0 }, audienceOf([me]))).toMatch(
      /none made while flooded/,
    );
    expect(regulationSentence({ ...reg, enough: false }, audienceOf([me]))).toBe(NOT_ENOUGH);
    expect(themeSentence({ topic: 'money', count: 4, didNotHold: 1 })).toBe(
      'Money came up 4 times; 1 repair did not hold.',
    );
    expect(themeSentence({ topic: 'dishes', count: 2, didNotHold: 0 })).toMatch(/every repair held/);
    expect(chainSentence({ topic: 'money', count: 3, didNotHold: 2 })).toBe(
      '3 moments linked as alike, about money; 2 repairs did not hold.',
    );
    expect(chainSentence({ topic: null, count: 2, didNotHold: 0 })).toBe(
      '2 moments linked as alike; every repair held.',
    );
    expect(rangeWords(0.552, 0.79)).toBe('55–79%');
    expect(Object.values(WINDOW_LABELS)).toEqual(['7 days', '30 days', '90 days', 'All']);
    expect(Object.keys(AGE_BAND_LABELS)).toEqual(['3-7d', '1-4w', '1-6m', 'older']);
  });

  it('the home line of the quiet wall: small only when all are small, nothing when empty', () => {
    const sizes = { tiny: 1, small: 2, medium: 0, big: 0 };
    expect(quietWallLine(3, sizes)).toBe('3 small things have waited more than 3 days');
    expect(quietWallLine(1, { ...sizes, tiny: 0, small: 1 })).toBe('1 small thing has waited more than 3 days');
    expect(quietWallLine(4, { ...sizes, big: 1 })).toBe('4 things have waited more than 3 days');
    expect(quietWallLine(0, { tiny: 0, small: 0, medium: 0, big: 0 })).toBeNull();
  });

  it('alone, or with someone who has no account, nothing says "you two" or "you all"', () => {
    const partnerOffApp = { ...ben, hasAccount: false };
    for (const audience of [audienceOf([me]), audienceOf([me, mia]), audienceOf([me, partnerOffApp], 'couple')]) {
      const said = [
        between(audience),
        regulationSentence(calmerRegulation, audience),
        confidenceSentence({ mean: 0.6, low: 0.4, high: 0.8, enough: true }, audience),
        quietWallIntro(2, audience),
        quietWallIntro(0, audience),
      ].join(' ');
      expect(said).not.toMatch(/you two|you all|between you has/);
    }
    expect(guideWords('parent_child')).toMatch(/73 couples, not from a relationship like this one/);
    expect(guideWords('couple')).toBe(GUIDE_WORDS);
  });

  it('never blames, grades, keeps score between people, or names harm', () => {
    const all = [
      NOT_ENOUGH,
      GUIDE_WORDS,
      ...Object.values(AGE_BAND_LABELS),
      repairSentence({ enough: true, total: 5, repaired: 3 }, [point(24, 0.6)]),
      repairSentence({ enough: true, total: 5, repaired: 1 }, [point(24, 0.2)]),
      letGoSentence({ letGo: 1, total: 5 }),
      balanceSentence({ positives: 2, ruptures: 8, ratio: 0.25, enough: true }, '90d'),
      regulationSentence(calmerRegulation, audienceOf([me, ben])),
      confidenceSentence({ mean: 0.2, low: 0.1, high: 0.3, enough: true }, audienceOf([me, ben])),
      quietWallIntro(9, audienceOf([me, ben])),
      quietWallLine(9, { tiny: 0, small: 0, medium: 4, big: 5 }),
      guideWords('parent_child'),
    ].join(' ');
    expect(all).not.toMatch(/\b(fault|score|points|bad|poor|fail\w*|good enough|should|better than|worse|harm)\b/i);
    expect(all).not.toMatch(/\b(Ben|Cai)\b/);
  });
});
