import type { Random } from './random';

/**
 * Ids for simulated records, in the shape of the app's own (UUID version 7,
 * RFC 9562): 48 bits of the simulated time in milliseconds, a 12-bit
 * sequence, then bits from the seeded generator. Strictly increasing in the
 * order they are made, as core's `isBefore` expects of ids, and the same for
 * the same seed. Two histories made from different seeds share no id.
 */
const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Four bytes of a 32-bit word as eight hex digits. */
function hex8(word: number): string {
  return (
    (BYTE_HEX[(word >>> 24) & 0xff] as string) +
    (BYTE_HEX[(word >>> 16) & 0xff] as string) +
    (BYTE_HEX[(word >>> 8) & 0xff] as string) +
    (BYTE_HEX[word & 0xff] as string)
  );
}

export function simulatedIds(random: Random): (atMs: number) => string {
  let lastMs = -1;
  let sequence = 0;
  let prefix = '';
  return (atMs) => {
    const ms = Math.floor(atMs);
    if (ms > lastMs) {
      lastMs = ms;
      sequence = 0;
    } else if (++sequence > 0xfff) {
      lastMs += 1;
      sequence = 0;
    }
    if (sequence === 0) {
      // 48 bits of milliseconds: the high 16 and the low 32.
      const high = hex8(Math.floor(lastMs / 2 ** 32)).slice(4);
      const low = hex8(lastMs >>> 0);
      prefix = `${high}${low.slice(0, 4)}-${low.slice(4)}-7`;
    }
    const a = random.word();
    const b = random.word();
    const seq = hex8(sequence).slice(5);
    const mid = hex8(((a & 0x3fff) | 0x8000) >>> 0).slice(4);
    return `${prefix}${seq}-${mid}-${hex8(a).slice(0, 4)}${hex8(b)}`;
  };
}
