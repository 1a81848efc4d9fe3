/**
 * How many moments a figure needs before the app shows it as a number.
 * Below these the UI says "not enough yet": a ratio of 1 to 2, a median
 * of three ruptures or a success rate of one attempt is mostly noise, and
 * reads like a verdict. Small on purpose — a new couple should see
 * something within a few weeks — and stated once so the UI and the API
 * can explain them. Themes need no entry: a theme is listed only once it
 * came back (`THEME_MIN_COUNT`).
 */
export const INSIGHT_MINIMUMS = {
  /** Positive moments and ruptures together in the window. */
  balance: 5,
  /** Ruptures whose time to repair is followed (open ones count, censored). */
  repair: 5,
  /** An empty wall is a real answer, so the wall needs nothing. */
  quietWall: 0,
  /** The viewer's own attempts (flooded and regulated together). */
  regulation: 4,
  /** Outcomes of "repaired within 7 days" behind the Beta posterior. */
  confidence: 3,
} as const;

export type InsightName = keyof typeof INSIGHT_MINIMUMS;

/** Whether `restsOn` moments are enough for the figure `name`. */
export function enough(name: InsightName, restsOn: number): boolean {
  return restsOn >= INSIGHT_MINIMUMS[name];
}
