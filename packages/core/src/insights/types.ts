/**
 * What the insights of DESIGN.md §5 take and give. They are computed from
 * the moments one viewer may see and nothing else, so the input is exactly
 * that: the caller (the server's `access/` module) filters with
 * `canSeeRupture` / `canSeeMoment` before calling, and the functions never
 * need members or notes. Nor check-ins: an attempt already records whether
 * its maker was flooded when they made it, which is all regulation asks.
 */
import type { RuptureSize } from '../identifiers';
import type { Attempt, PositiveMoment, Rupture } from '../repair/types';

export const INSIGHT_WINDOWS = ['7d', '30d', '90d', 'all'] as const;
/** How far back "lately" reaches; `all` is the whole history. */
export type InsightWindow = (typeof INSIGHT_WINDOWS)[number];

/** The parts of a rupture insights read: no note, no people; kinds only to leave harm out. */
export type InsightRupture = Pick<
  Rupture,
  'id' | 'size' | 'kinds' | 'topic' | 'occurredAt' | 'status' | 'linkedToId' | 'repairHeld' | 'repairedAt' | 'letGoAt'
>;
/** Only when a positive moment happened counts: its words, its author and even its id stay out. */
export type InsightMoment = Pick<PositiveMoment, 'createdAt'>;
/** An attempt's maker, kind, time and flooded flag (the flag is its maker's alone, so only the viewer's count). */
export type InsightAttempt = Pick<Attempt, 'id' | 'ruptureId' | 'memberId' | 'kind' | 'whileFlooded' | 'createdAt'>;

/**
 * The moments one viewer may see (the caller has filtered them), plus the
 * clock and the window. `now` is given rather than read so that the same
 * input always gives the same figures (tests, caching, an incremental
 * update later).
 *
 * @example computeInsights({ viewerId: me, ruptures, moments, attempts, now: new Date(), window: '30d' })
 */
export interface InsightsInput {
  /** Whose view this is: flooded attempts are theirs alone (rule 6), so regulation reads only theirs. */
  viewerId: string;
  ruptures: readonly InsightRupture[];
  moments: readonly InsightMoment[];
  attempts: readonly InsightAttempt[];
  now: Date;
  window: InsightWindow;
}

/**
 * Every figure says how many moments it rests on and whether that is
 * enough (`INSIGHT_MINIMUMS`): below it the app says "not enough yet"
 * instead of a number that would mostly be noise — and, with one or two
 * moments, would all but name them.
 */
export interface RestsOn {
  restsOn: number;
  enough: boolean;
}

export type BySize<T> = Record<RuptureSize, T>;

export interface Balance extends RestsOn {
  positives: number;
  ruptures: number;
  /** positives ÷ ruptures; null with no ruptures (no ratio, not "infinitely good"). */
  ratio: number | null;
  /** positives ÷ ruptures weighted by size (`SIZE_WEIGHTS`); null with no ruptures. */
  weightedRatio: number | null;
}

/** A point of the rising "repaired within…" curve: Aalen–Johansen, let-go competing, 95% band. */
export interface IncidencePoint {
  hours: number;
  /** Share of ruptures repaired within `hours`. */
  share: number;
  low: number;
  high: number;
  /** Share let go within `hours`: a different ending, shown apart. */
  letGo: number;
  /** Ruptures still open and followed beyond `hours`: the fewer, the less the curve says from here on. */
  atRisk: number;
}

export interface RepairSummary extends RestsOn {
  total: number;
  repaired: number;
  letGo: number;
  open: number;
  /** repaired ÷ (total − letGo); null when nothing is left to repair. */
  rate: number | null;
  /** When half are repaired, read from the incidence curve as R's `survfit` does; null: not reached yet. */
  medianHoursToRepair: number | null;
  /** When a quarter and three quarters are repaired, same rule; null: not reached yet. */
  quartileHours: [number | null, number | null];
}

export interface MonthOfRepair {
  /** Month of occurrence, UTC, `YYYY-MM`. */
  month: string;
  /** Ruptures of that month whose outcome after `withinDays` is known (ended, or followed that long). */
  known: number;
  repairedWithin: number;
  /** repairedWithin ÷ known; null when none is known yet. */
  share: number | null;
}

/** Good moments beside ruptures in one month (UTC); the ratios read only when `enough`. */
export interface MonthOfBalance extends RestsOn {
  /** `YYYY-MM`. */
  month: string;
  positives: number;
  ruptures: number;
  /** Ruptures weighted by size (`SIZE_WEIGHTS`: tiny 1, small 2, medium 4, big 8), summed. */
  weighted: number;
  /** positives ÷ ruptures; null with no ruptures. */
  ratio: number | null;
  /** positives ÷ weighted; null with no ruptures. */
  weightedRatio: number | null;
}

export const AGE_BANDS = ['3-7d', '1-4w', '1-6m', 'older'] as const;
/** 3–7 days, 1–4 weeks, 1–6 months, older. */
export type AgeBand = (typeof AGE_BANDS)[number];

/** One thing on the wall: enough to link it and name it neutrally ("Small · 3 weeks ago"), never what it was. */
export type QuietWallItem = Pick<InsightRupture, 'id' | 'size' | 'occurredAt'>;

export interface QuietWallBand {
  band: AgeBand;
  count: number;
  bySize: BySize<number>;
  /** Oldest first, so the UI can link each one. */
  items: QuietWallItem[];
}

export interface QuietWall extends RestsOn {
  count: number;
  bySize: BySize<number>;
  byAge: QuietWallBand[];
  /** Whole days since the oldest one happened; null when the wall is empty. */
  oldestDays: number | null;
}

export interface Theme {
  topic: string;
  count: number;
  /** Repairs among them that did not hold (`repairHeld === false`). */
  didNotHold: number;
  /** The latest few (`THEME_IDS_SHOWN`), in the order they happened. */
  ruptureIds: string[];
}

/** Ruptures joined by `linkedToId` ("this is like that one"). */
export interface Chain {
  /** The latest few (`THEME_IDS_SHOWN`), in the order they happened. */
  ruptureIds: string[];
  count: number;
  didNotHold: number;
  /** The latest topic along the chain, if any was given. */
  topic: string | null;
}

/**
 * What keeps coming back. Each theme and chain carries its own count (the
 * moments it rests on); only those seen at least `THEME_MIN_COUNT` times
 * are listed, so an empty list is the "not enough yet".
 */
export interface Themes {
  themes: Theme[];
  chains: Chain[];
}

export interface Regulation extends RestsOn {
  floodedAttempts: number;
  regulatedAttempts: number;
  /** Flooded attempts followed by `repaired` within 48 h. */
  floodedSuccess: number;
  regulatedSuccess: number;
}

/** Beta posterior of "repaired within 7 days" at one time. */
export interface ConfidencePoint {
  at: string;
  mean: number;
  /** 80% equal-tailed interval. */
  low: number;
  high: number;
  /** Outcomes counted (unweighted); their fading weights sum to `weight`. */
  n: number;
  weight: number;
}

export interface Confidence extends RestsOn, ConfidencePoint {
  /** Month by month (end of each UTC month in the window), then now. */
  trend: ConfidencePoint[];
}

export interface RepairBySize extends RepairSummary {
  repairedWithin: IncidencePoint[];
}

export interface Insights {
  window: InsightWindow;
  balance: Balance;
  repair: RepairSummary;
  repairedWithin: IncidencePoint[];
  repairBySize: BySize<RepairBySize>;
  repairByMonth: { withinDays: number; months: MonthOfRepair[] };
  quietWall: QuietWall;
  themes: Theme[];
  chains: Chain[];
  regulation: Regulation;
  confidence: Confidence;
}
