import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeDisplayName } from './accounts';
import { DomainError } from './errors';
import { codeOf } from './repair/fixtures';
import { normalizeSpaceName } from './spaces';
import { hasForbiddenCharacters, normalizeLabel, normalizeTopic } from './text';

const FORBIDDEN: [string, string][] = [
  ['NUL', 'Ana\u0000'],
  ['escape', '\u001b[31mAna'],
  ['delete', 'An\u007fa'],
  ['C1 next line', 'Ana\u0085Ben'],
  ['right-to-left override', '\u202Eana'],
  ['left-to-right embedding', 'Ana\u202A'],
  ['pop directional formatting', 'Ana\u202C'],
  ['right-to-left isolate', 'Ana \u2067Ben\u2069'],
  ['first strong isolate', '\u2068Ana'],
  ['right-to-left mark', 'Ana\u200F'],
  ['left-to-right mark', '\u200EAna'],
  ['Arabic letter mark', 'Ana\u061C'],
  ['lone surrogate', 'Ana\uD800'],
];

const INVISIBLE_ONLY: [string, string][] = [
  ['zero-width space', '\u200B'],
  ['zero-width joiners', '\u200C\u200D\u200B'],
  ['word joiner', '\u2060'],
  ['byte order mark', '\uFEFF'],
  ['soft hyphen', '\u00AD'],
  ['Hangul filler', '\u3164'],
  ['Hangul choseong filler', '\u115F\u1160'],
  ['blank braille pattern', '\u2800'],
  ['variation selector', '\uFE0F'],
  ['tag characters', '\u{E0041}\u{E0042}'],
  ['spaces around a zero-width space', '  \u200B \u00A0 '],
];

describe('names (SECURITY.md I1)', () => {
  it.each(FORBIDDEN)('refuses a %s', (_, raw) => {
    expect(hasForbiddenCharacters(raw)).toBe(true);
    expect(codeOf(() => normalizeDisplayName(raw))).toBe('invalid_display_name');
    expect(codeOf(() => normalizeSpaceName(raw))).toBe('invalid_space_name');
    expect(codeOf(() => normalizeTopic(raw))).toBe('invalid_topic');
  });

  it.each(INVISIBLE_ONLY)('refuses a name that is only a %s', (_, raw) => {
    expect(hasForbiddenCharacters(raw)).toBe(false);
    expect(normalizeLabel(raw)).toBe('');
    expect(codeOf(() => normalizeDisplayName(raw))).toBe('invalid_display_name');
    expect(codeOf(() => normalizeSpaceName(raw))).toBe('invalid_space_name');
    expect(normalizeTopic(raw)).toBeNull();
  });

  it('composes to NFC, so one name has one form', () => {
    const decomposed = 'Jose\u0301';
    expect(normalizeDisplayName(decomposed)).toBe('Jos\u00e9');
    expect(normalizeDisplayName(decomposed)).toBe(normalizeDisplayName('Jos\u00e9'));
  });

  it('trims invisible characters at either end, so a look-alike is the same name', () => {
    expect(normalizeDisplayName('Ana\u200B')).toBe('Ana');
    expect(normalizeDisplayName('\u2060\u200DAna \u200B ')).toBe('Ana');
    expect(normalizeDisplayName('  Sam \t\n Lee\u00A0')).toBe('Sam Lee');
  });

  it('keeps the joiners and selectors that real names and emoji use', () => {
    for (const name of ['Ana ❤️', 'The 👩‍👩‍👧', 'Scotland 🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'می‌خواهم', 'שרה כהן', 'محمد', 'Zoë', '李小龍']) {
      expect(normalizeDisplayName(name)).toBe(name.normalize('NFC'));
    }
  });

  it('lower-cases and folds topics; nothing visible is no topic', () => {
    expect(normalizeTopic('  Money   Worries ')).toBe('money worries');
    expect(normalizeTopic('')).toBeNull();
    expect(normalizeTopic(null)).toBeNull();
    expect(normalizeTopic(undefined)).toBeNull();
  });

  it('gives every accepted name a stable form with nothing forbidden or invisible at its ends', () => {
    const text = fc.string({ unit: 'binary', maxLength: 30 });
    fc.assert(
      fc.property(text, (raw) => {
        let name: string;
        try {
          name = normalizeDisplayName(raw);
        } catch (err) {
          expect(err).toBeInstanceOf(DomainError);
          return;
        }
        expect(hasForbiddenCharacters(name)).toBe(false);
        expect(normalizeDisplayName(name)).toBe(name);
        expect(name).toBe(name.normalize('NFC'));
        expect(name.trim()).toBe(name);
        expect(/^[\p{Default_Ignorable_Code_Point}\u2800]/u.test(name)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
