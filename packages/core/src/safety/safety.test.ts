import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_RESOURCES,
  guessCountry,
  INTERNATIONAL,
  mergeResources,
  PHONE_PATTERN,
  type SafetyResources,
} from './helplines';
import { isConcerning, SCREEN_QUESTIONS, type ScreenAnswers } from './screen';

const allNo: ScreenAnswers = { afraid: 'no', hurt: 'no', threatened: 'no', controlled: 'no' };

describe('built-in helplines', () => {
  it('covers the countries we promise, each with an emergency number, and everywhere else', () => {
    const codes = BUILT_IN_RESOURCES.map((r) => r.code);
    for (const code of ['US', 'GB', 'IE', 'CA', 'AU', 'NZ', 'DE', 'FR', 'NL', 'ES', 'IT', INTERNATIONAL]) {
      expect(codes).toContain(code);
    }
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of BUILT_IN_RESOURCES) {
      for (const line of [entry.emergency, ...entry.helplines]) {
        expect(line.phone, `${entry.code} ${line.name}`).toMatch(PHONE_PATTERN);
        expect(line.display.replace(/\D/g, ''), `${entry.code} ${line.name} shows the number it dials`).toBe(
          line.phone.replace(/\D/g, ''),
        );
      }
    }
  });

  it('holds the numbers we are sure of', () => {
    const phone = (code: string) => BUILT_IN_RESOURCES.find((r) => r.code === code);
    expect(phone('US')?.helplines[0]?.phone).toBe('18007997233');
    expect(phone('GB')?.helplines[0]?.phone).toBe('08082000247');
    expect(phone('AU')?.emergency.phone).toBe('000');
    expect(phone('NZ')?.emergency.phone).toBe('111');
  });
});

describe('mergeResources: the operator’s list over ours', () => {
  const theirs: SafetyResources = {
    code: 'GB',
    name: 'United Kingdom',
    emergency: { name: 'Emergency', phone: '999', display: '999', description: 'Now.' },
    helplines: [],
  };
  const intl = BUILT_IN_RESOURCES.find((r) => r.code === INTERNATIONAL) as SafetyResources;

  it('replaces an entry by its code and keeps the rest, the international one last', () => {
    const merged = mergeResources(BUILT_IN_RESOURCES, [theirs], { replace: false });
    expect(merged.find((r) => r.code === 'GB')).toBe(theirs);
    expect(merged).toHaveLength(BUILT_IN_RESOURCES.length);
    expect(merged.at(-1)?.code).toBe(INTERNATIONAL);
  });

  it('drops the built-in list when asked, and needs an international entry', () => {
    expect(mergeResources(BUILT_IN_RESOURCES, [theirs, intl], { replace: true }).map((r) => r.code)).toEqual([
      'GB',
      INTERNATIONAL,
    ]);
    expect(() => mergeResources(BUILT_IN_RESOURCES, [theirs], { replace: true })).toThrow(/INTL/);
  });
});

describe('guessCountry', () => {
  const listed = BUILT_IN_RESOURCES.map((r) => r.code);
  it('reads the first listed region of the browser’s languages', () => {
    expect(guessCountry(['en-GB', 'en'], listed)).toBe('GB');
    expect(guessCountry(['fr', 'de-DE'], listed)).toBe('DE');
    expect(guessCountry(['zh-Hant-TW', 'en-au'], listed)).toBe('AU');
    expect(guessCountry(['en_NZ'], listed)).toBe('NZ');
  });
  it('falls back to everywhere else', () => {
    expect(guessCountry(['en'], listed)).toBe(INTERNATIONAL);
    expect(guessCountry(['pt-BR'], listed)).toBe(INTERNATIONAL);
    expect(guessCountry(['es-419'], listed)).toBe(INTERNATIONAL);
    expect(guessCountry([], listed)).toBe(INTERNATIONAL);
  });
});

describe('isConcerning (P5)', () => {
  it('is calm only when every answer is a plain no', () => {
    expect(isConcerning(allNo)).toBe(false);
    for (const question of SCREEN_QUESTIONS) {
      expect(isConcerning({ ...allNo, [question]: 'yes' }), question).toBe(true);
      expect(isConcerning({ ...allNo, [question]: 'not_sure' }), question).toBe(true);
    }
  });
});
