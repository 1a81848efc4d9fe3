import { describe, expect, it } from 'vitest';
import { newId } from './ids';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('newId (A3)', () => {
  it('makes version-7, RFC 9562 variant UUIDs carrying the time', () => {
    const at = Date.parse('2026-11-21T10:00:00.000Z');
    const id = newId(at + 10_000_000);
    expect(id).toMatch(UUID_PATTERN);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
    expect(Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16)).toBe(at + 10_000_000);
  });

  it('is strictly increasing within a process, even in one millisecond or when the clock steps back', () => {
    const at = Date.now() + 20_000_000;
    const ids = [
      newId(at),
      newId(at),
      newId(at),
      newId(at - 5000),
      newId(at),
      ...Array.from({ length: 5000 }, () => newId(at)),
    ];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is not guessable from a neighbour: 62 random bits differ', () => {
    const at = Date.now() + 30_000_000;
    const a = newId(at).replaceAll('-', '').slice(16);
    const b = newId(at).replaceAll('-', '').slice(16);
    expect(a).not.toBe(b);
  });
});
