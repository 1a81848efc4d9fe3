import { LIMITS } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { reconnectionNote, roomForWords } from './reconnection-note';

describe('the reconnection note', () => {
  it('puts the chips first, then the words', () => {
    expect(reconnectionNote(['came back to play', 'calmed'], ' her teddy ')).toBe(
      'came back to play, calmed — her teddy',
    );
    expect(reconnectionNote(['smiled again'], '  ')).toBe('smiled again');
    expect(reconnectionNote([], 'a hug')).toBe('a hug');
  });

  it('leaves the words room for exactly what the chips do not take, so the whole note fits', () => {
    expect(roomForWords([])).toBe(LIMITS.shortNote);
    const seen = ['came back to play', 'calmed'];
    const words = 'w'.repeat(roomForWords(seen));
    expect(reconnectionNote(seen, words)).toHaveLength(LIMITS.shortNote);
    expect(reconnectionNote(seen, `${words}w`).length).toBeGreaterThan(LIMITS.shortNote);
  });
});
