/**
 * How the people in a simulated relationship tend to be, each a number from
 * 0 to 1. They shape how often things happen and how long they take; the
 * rules themselves are never bent.
 */
export interface Tendencies {
  /** 0 repairs slowly (days), 1 repairs quickly (minutes to hours). */
  repairSpeed: number;
  /** How often someone is flooded (activated or shut down, 7+) when a rupture is raised or repaired. */
  flooding: number;
  /** Keeps things private, lets small ones go, raises late and sometimes never. */
  avoidance: number;
  /** How often good moments are noticed and logged. */
  warmth: number;
}

export const DEFAULT_TENDENCIES: Tendencies = { repairSpeed: 0.5, flooding: 0.25, avoidance: 0.3, warmth: 0.5 };

/** Named presets; combine them with overrides, e.g. `{ ...TENDENCY_PRESETS.avoidant, warmth: 0.8 }`. */
export const TENDENCY_PRESETS = {
  balanced: DEFAULT_TENDENCIES,
  quickRepairer: { ...DEFAULT_TENDENCIES, repairSpeed: 0.9, avoidance: 0.15 },
  slowRepairer: { ...DEFAULT_TENDENCIES, repairSpeed: 0.1 },
  oftenFlooded: { ...DEFAULT_TENDENCIES, flooding: 0.8 },
  avoidant: { ...DEFAULT_TENDENCIES, avoidance: 0.85, repairSpeed: 0.3 },
  warm: { ...DEFAULT_TENDENCIES, warmth: 0.9, repairSpeed: 0.7 },
} as const satisfies Record<string, Tendencies>;

export type TendencyPreset = keyof typeof TENDENCY_PRESETS;
export type TendencyInput = TendencyPreset | Partial<Tendencies>;

/** A preset by name, or partial numbers over the defaults; each clamped to [0, 1]. */
export function resolveTendencies(input: TendencyInput | undefined): Tendencies {
  const raw = typeof input === 'string' ? TENDENCY_PRESETS[input] : { ...DEFAULT_TENDENCIES, ...input };
  if (!raw) throw new RangeError(`Unknown tendency preset: ${String(input)}`);
  const clamp = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0.5);
  return {
    repairSpeed: clamp(raw.repairSpeed),
    flooding: clamp(raw.flooding),
    avoidance: clamp(raw.avoidance),
    warmth: clamp(raw.warmth),
  };
}

/** A speed of 0.5 keeps a base duration; 1 makes it a quarter, 0 four times as long. */
export function durationFactor(repairSpeed: number): number {
  return 4 ** (1 - 2 * repairSpeed);
}
