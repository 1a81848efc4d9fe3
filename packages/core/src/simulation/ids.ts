import type { Random } from './random';

/**
 * Ids for simulated records, in the shape of the app's own (UUID version 7,
 * RFC 9562): 48 bits of the simulated time in milliseconds, a 12-bit
 * sequence, then bits from the seeded generator. Strictly increasing in the
 * order they are made, as core's `isBefore` expects of ids, and the same for
 * the same seed. Two histories made from different seeds share no id.
 */
export function simulatedIds(random: Random): (atMs: number) => string {
  let lastMs = -1;
  let sequence = 0;
  let msHex = '';
  const hex = (value: number, digits: number) =>
    (value >>> 0)
      .toString(16)
      .padStart(8, '0')
      .slice(8 - digits);
  return (atMs) => {
    const ms = Math.floor(atMs);
    if (ms > lastMs) {
      lastMs = ms;
      sequence = 0;
    } else if (++sequence > 0xfff) {
      lastMs += 1;
      sequence = 0;
    }
    if (sequence === 0) msHex = lastMs.toString(16).padStart(12, '0');
    const a = random.word();
    const b = random.word();
    const variant = (0x8 | (a >>> 30)).toString(16);
    return `${msHex.slice(0, 8)}-${msHex.slice(8)}-7${hex(sequence, 3)}-${variant}${hex(a, 3)}-${hex(a >>> 12, 4)}${hex(b, 8)}`;
  };
}
