/**
 * A small seeded pseudo-random generator for the simulation: mulberry32
 * (Tommy Ettinger's 32-bit generator: one 32-bit state, a Weyl step of
 * 0x6D2B79F5, then an xorshift-multiply mix). Fast, good enough for
 * simulation, and the same sequence for the same seed on every engine.
 * Never use it for anything secret; the app's ids and tokens use the CSPRNG.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One key, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** An exponential waiting time with the given mean. */
  exponential(mean: number): number;
  /** A Poisson count with the given mean (Knuth's method for small means, a normal approximation above 30). */
  poisson(mean: number): number;
  /** A fresh 32-bit word, for deriving another independent stream. */
  word(): number;
}

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    chance: (p) => next() < p,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    weighted(weights) {
      const keys = Object.keys(weights) as (keyof typeof weights)[];
      let total = 0;
      for (const k of keys) total += weights[k];
      let u = next() * total;
      for (const k of keys) {
        u -= weights[k];
        if (u < 0) return k;
      }
      return keys[keys.length - 1] as keyof typeof weights;
    },
    exponential: (mean) => -Math.log(1 - next()) * mean,
    poisson(mean) {
      if (mean <= 0) return 0;
      if (mean > 30) {
        // Box–Muller: a normal with the same mean and variance, rounded.
        const z = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
        return Math.max(0, Math.round(mean + z * Math.sqrt(mean)));
      }
      const limit = Math.exp(-mean);
      let k = 0;
      let p = next();
      while (p > limit) {
        k += 1;
        p *= next();
      }
      return k;
    },
    word: () => Math.floor(next() * 4294967296) >>> 0,
  };
  return random;
}
