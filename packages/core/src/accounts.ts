import { DomainError } from './errors';
import { LIMITS } from './limits';
import { hasForbiddenCharacters, normalizeLabel } from './text';

/**
 * Canonical form of an email address for lookups: trimmed and lower-cased,
 * so "Sam@Example.org " and "sam@example.org" are one account.
 */
export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/**
 * The canonical form of a name a person typed (NFC, white space folded,
 * invisible characters trimmed; see `normalizeLabel`). Throws `code` when it
 * holds a control or bidirectional control character, shows nothing, or is
 * too long (SECURITY.md I1): every member must see one and the same name.
 *
 * @example normalizeName('  Sam   Lee ', 'invalid_display_name', 60) // 'Sam Lee'
 * @example normalizeName('Ana\u202E', 'invalid_display_name', 60) // throws invalid_display_name
 */
export function normalizeName(raw: string, code: 'invalid_display_name' | 'invalid_space_name', max: number): string {
  if (hasForbiddenCharacters(raw)) throw new DomainError(code);
  const name = normalizeLabel(raw);
  if (name.length === 0 || name.length > max) throw new DomainError(code);
  return name;
}

export function normalizeDisplayName(raw: string): string {
  return normalizeName(raw, 'invalid_display_name', LIMITS.displayName);
}

/**
 * Enforces the password policy of SECURITY.md S2: long enough, not absurdly
 * long, not among the most common. No composition rules: a long phrase of
 * plain words is a good password.
 *
 * @param isCommon answers whether a password is on the common-passwords list;
 *   injected so the list can stay on the server.
 */
export function assertAcceptablePassword(password: string, isCommon: (candidate: string) => boolean): void {
  // Count code points, not UTF-16 units, so an emoji is one character.
  const length = [...password].length;
  if (length < LIMITS.passwordMin) throw new DomainError('password_too_short');
  if (length > LIMITS.passwordMax) throw new DomainError('password_too_long');
  if (isCommon(password) || isCommon(password.toLowerCase())) throw new DomainError('password_too_common');
}
