import { LIMITS } from '@repairable/core';

/** Between the chips and the free words of a reconnection note. */
const JOIN = ' — ';

/**
 * The note of a reconnection seen in someone without an account: the chips
 * chosen, then the parent's own words.
 *
 * @example reconnectionNote(['came back to play', 'calmed'], 'she brought me her teddy')
 * // 'came back to play, calmed — she brought me her teddy'
 */
export function reconnectionNote(seen: readonly string[], words: string): string {
  const chips = seen.join(', ');
  const free = words.trim();
  return chips && free ? `${chips}${JOIN}${free}` : chips || free;
}

/**
 * How many characters the free words may have, so that with the chosen
 * chips the whole note still fits the server's bound: the words are never
 * cut on the way, so the form counts and stops at this.
 */
export function roomForWords(seen: readonly string[]): number {
  const chips = seen.join(', ');
  return LIMITS.shortNote - (chips ? chips.length + JOIN.length : 0);
}
