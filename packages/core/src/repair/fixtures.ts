import { DomainError } from '../errors';
import type { Rupture } from './types';

/**
 * A rupture for tests, raised between members `a` and `b` by `a`; override
 * what the test is about. Used by core's tests only.
 */
export function aRupture(overrides: Partial<Rupture> = {}): Rupture {
  return {
    id: 'r',
    spaceId: 's',
    authorMemberId: 'a',
    visibility: 'shared',
    size: 'small',
    kinds: ['criticism'],
    involved: ['a', 'b'],
    topic: null,
    note: null,
    occurredAt: '2026-11-01T12:00:00.000Z',
    createdAt: '2026-11-01T12:00:00.000Z',
    status: 'raised',
    version: 1,
    recognizedBy: ['a'],
    round: 0,
    pausedUntil: null,
    linkedToId: null,
    repairHeld: null,
    raisedAt: '2026-11-01T12:00:00.000Z',
    repairedAt: null,
    letGoAt: null,
    editedAt: null,
    ...overrides,
  };
}

/**
 * The code of the DomainError `fn` throws, or undefined when it throws
 * nothing; any other error is thrown on. Used by core's tests only.
 */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return err.code;
    throw err;
  }
  return undefined;
}
