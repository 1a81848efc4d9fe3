import { createHash, randomBytes } from 'node:crypto';

/** 256 bits from the CSPRNG, URL-safe (SECURITY.md S5). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Whether a value has the shape `newToken` makes (32 bytes of base64url); anything else is never looked up. */
export function isTokenShaped(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

/**
 * Tokens are stored only as hashes. A fast hash is right here: the token
 * already has 256 bits of entropy, so there is nothing to brute-force.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
