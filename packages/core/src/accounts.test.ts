import { describe, expect, it } from 'vitest';
import { assertAcceptablePassword, normalizeDisplayName, normalizeEmail } from './accounts';
import { codeOf } from './repair/fixtures';

const never = () => false;

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Sam.Lee@Example.ORG ')).toBe('sam.lee@example.org');
  });
});

describe('normalizeDisplayName', () => {
  it('folds white space and trims', () => {
    expect(normalizeDisplayName('  Sam \n  Lee ')).toBe('Sam Lee');
  });
  it('refuses empty and over-long names', () => {
    expect(codeOf(() => normalizeDisplayName('   '))).toBe('invalid_display_name');
    expect(codeOf(() => normalizeDisplayName('x'.repeat(61)))).toBe('invalid_display_name');
    expect(codeOf(() => normalizeDisplayName('x'.repeat(60)))).toBeUndefined();
  });
});

describe('assertAcceptablePassword (S2)', () => {
  it('needs at least 8 characters, counted as a person counts them', () => {
    expect(codeOf(() => assertAcceptablePassword('1234567', never))).toBe('password_too_short');
    expect(codeOf(() => assertAcceptablePassword('🙂🙂🙂🙂🙂🙂🙂', never))).toBe('password_too_short');
    expect(codeOf(() => assertAcceptablePassword('🙂🙂🙂🙂🙂🙂🙂🙂', never))).toBeUndefined();
  });
  it('has no composition rules and takes long passphrases', () => {
    expect(codeOf(() => assertAcceptablePassword('aaaaaaaa', never))).toBeUndefined();
    expect(codeOf(() => assertAcceptablePassword('w'.repeat(512), never))).toBeUndefined();
    expect(codeOf(() => assertAcceptablePassword('w'.repeat(513), never))).toBe('password_too_long');
  });
  it('refuses common passwords in any letter case', () => {
    const common = (p: string) => p === 'sunshine1';
    expect(codeOf(() => assertAcceptablePassword('SunShine1', common))).toBe('password_too_common');
  });
});
