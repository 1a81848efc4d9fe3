import type {
  AgeBand,
  IncidencePoint,
  InsightWindow,
  MemberView,
  Regulation,
  RepairSummary,
  RuptureSize,
  SpaceKind,
} from '@repairable/core';

/**
 * What the insights screen says, in plain words that fit the space: one
 * person alone ("you"), with someone who has no account, such as a child
 * or a partner not on the app ("you and Mia": never "you two", as only
 * the viewer answers here), or two or more people ("you two", "you all"). The figures describe
 * the space, never one person against another: no sentence here names who
 * did better, and none grades.
 */

export type Audience = { kind: 'alone' } | { kind: 'offApp'; names: string } | { kind: 'together'; others: number };

/**
 * Who the space is: the viewer alone; with people who have no account
 * (a child, or a partner not on the app), so only the viewer can answer
 * here; or with others who have one.
 */
export function audienceOf(members: readonly MemberView[], spaceKind?: SpaceKind): Audience {
  const others = members.filter((m) => !m.isMe);
  if (others.length === 0) return { kind: 'alone' };
  const withAccount = others.filter((m) => m.hasAccount);
  if (withAccount.length === 0) {
    const [first = '', second = ''] = others.map((m) => m.displayName);
    if (others.length === 1) return { kind: 'offApp', names: first };
    if (spaceKind === 'parent_child') return { kind: 'offApp', names: 'your children' };
    return { kind: 'offApp', names: others.length === 2 ? `${first} and ${second}` : 'the others' };
  }
  return { kind: 'together', others: others.length };
}

/** "you", "you and Mia", "you two", "you all". */
export function between(audience: Audience): string {
  if (audience.kind === 'alone') return 'you';
  if (audience.kind === 'offApp') return `you and ${audience.names}`;
  return audience.others === 1 ? 'you two' : 'you all';
}

export const WINDOW_LABELS: Record<InsightWindow, string> = {
  '7d': '7 days',
  '30d': '30 days',
  '90d': '90 days',
  all: 'All',
};

/** "in the last 30 days", "since the start". */
export function windowPhrase(window: InsightWindow): string {
  return window === 'all' ? 'since the start' : `in the last ${WINDOW_LABELS[window]}`;
}

export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  '3-7d': '3 to 7 days',
  '1-4w': '1 to 4 weeks',
  '1-6m': '1 to 6 months',
  older: 'Longer ago',
};

export const SIZE_NAMES: Record<RuptureSize, string> = { tiny: 'tiny', small: 'small', medium: 'medium', big: 'big' };

/** Said instead of a number that would mostly be noise. */
export const NOT_ENOUGH = 'Not enough yet. This fills in as more moments are noted here.';

/** "1 thing", "3 things". */
export function things(count: number): string {
  return count === 1 ? '1 thing' : `${count} things`;
}

/** A span in the words people use: "an hour", "5 hours", "a day", "3 days", "a week", "2 months", "a year". */
export function spanWords(hours: number): string {
  const units: [number, string, string][] = [
    [8760, 'a year', 'years'],
    [720, 'a month', 'months'],
    [168, 'a week', 'weeks'],
    [24, 'a day', 'days'],
    [1, 'an hour', 'hours'],
  ];
  for (const [size, one, many] of units) {
    if (hours >= size) {
      const n = Math.round(hours / size);
      return n === 1 ? one : `${n} ${many}`;
    }
  }
  return 'an hour';
}

/** A share as a whole percentage: "40%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * The quiet wall in one line for the space home: "3 small things have
 * waited more than 3 days". "Small" only when every one of them is tiny or
 * small; nothing when the wall is empty.
 */
export function quietWallLine(count: number, bySize: Record<RuptureSize, number>): string | null {
  if (count <= 0) return null;
  const small = bySize.medium === 0 && bySize.big === 0 ? 'small ' : '';
  return count === 1
    ? `1 ${small}thing has waited more than 3 days`
    : `${count} ${small}things have waited more than 3 days`;
}

/** The first checkpoint by which more than half were repaired, if any. */
function mostBy(points: readonly IncidencePoint[]): IncidencePoint | undefined {
  return points.find((p) => p.share > 0.5);
}

/**
 * The plain sentence over the "repaired within…" curve: "Most small things
 * are repaired within a day." `size` narrows it to one size.
 */
export function repairSentence(
  summary: Pick<RepairSummary, 'enough' | 'total' | 'repaired'>,
  points: readonly IncidencePoint[],
  size?: RuptureSize,
): string {
  const what = size ? `${SIZE_NAMES[size]} things` : 'things';
  if (!summary.enough) return NOT_ENOUGH;
  // All within the first hour, or followed less than an hour: no curve to read yet.
  if (points.length === 0)
    return summary.repaired > 0
      ? `${summary.repaired} of ${summary.total} ${what} repaired so far. It is too soon to say how long repair takes.`
      : `None of these ${what} has been repaired yet. Repair takes the time it takes.`;
  const most = mostBy(points);
  if (most) return `Most ${what} are repaired within ${spanWords(most.hours)}.`;
  const last = points[points.length - 1];
  if (!last || last.share === 0) return `None of these ${what} has been repaired yet. Repair takes the time it takes.`;
  return `About ${percent(last.share)} of ${what} were repaired within ${spanWords(last.hours)}. The rest are still open or were let go.`;
}

/** What letting go looks like beside repair: a different ending, said apart. */
export function letGoSentence(summary: Pick<RepairSummary, 'letGo' | 'total'>): string {
  if (summary.letGo === 0) return 'Nothing here was let go.';
  return `${things(summary.letGo)} of ${summary.total} ${summary.letGo === 1 ? 'was' : 'were'} let go: a different ending, not counted as repair.`;
}

/** "12 good moments and 4 ruptures in the last 30 days: about 3 to 1." */
export function balanceSentence(
  balance: { positives: number; ruptures: number; ratio: number | null; enough: boolean },
  window: InsightWindow,
): string {
  if (!balance.enough) return NOT_ENOUGH;
  const good = balance.positives === 1 ? '1 good moment' : `${balance.positives} good moments`;
  const ruptures = balance.ruptures === 1 ? '1 rupture' : `${balance.ruptures} ruptures`;
  if (balance.ratio === null) return `${good} and no ruptures ${windowPhrase(window)}.`;
  return `${good} and ${ruptures} ${windowPhrase(window)}: about ${ratioWords(balance.ratio)}.`;
}

/** "3 to 1", "1 to 2" for a ratio below one, "1 to 1". */
export function ratioWords(ratio: number): string {
  if (ratio >= 1) return `${roundRatio(ratio)} to 1`;
  return `1 to ${roundRatio(1 / ratio)}`;
}

function roundRatio(value: number): string {
  return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

/** The 5:1 guide, with where it comes from: to notice, never a mark to pass. */
export const GUIDE_WORDS =
  'The dashed line is a 5 to 1 guide. It comes from coded speaking turns in lab conflict discussions of 73 couples, not from daily notes like these, so it is a way to notice, never a grade.';

/** The guide's words for this space: outside a couple, it also says the guide was measured in couples. */
export function guideWords(spaceKind: SpaceKind): string {
  if (spaceKind === 'couple') return GUIDE_WORDS;
  return 'The dashed line is a 5 to 1 guide. It comes from coded speaking turns in lab conflict discussions of 73 couples, not from a relationship like this one or daily notes like these, so it is a way to notice, never a grade.';
}

/** Regulation in words: how attempts made while calm and while flooded went. */
export function regulationSentence(regulation: Regulation, audience: Audience): string {
  if (!regulation.enough) return NOT_ENOUGH;
  const side = (made: number, success: number, when: string) =>
    made === 0 ? `none made ${when}` : `${success} of ${made} made ${when}`;
  const whose = audience.kind === 'alone' ? 'Your attempts' : 'Of your own attempts';
  return `${whose} that led to repair within 2 days: ${side(
    regulation.regulatedAttempts,
    regulation.regulatedSuccess,
    'while calm',
  )}, and ${side(regulation.floodedAttempts, regulation.floodedSuccess, 'while flooded')}.`;
}

/** A 95% or 80% range in short: "55–79%". */
export function rangeWords(low: number, high: number): string {
  return `${Math.round(low * 100)}–${percent(high)}`;
}

function heldWords(didNotHold: number): string {
  if (didNotHold === 0) return 'every repair held';
  return didNotHold === 1 ? '1 repair did not hold' : `${didNotHold} repairs did not hold`;
}

/** "Money came up 4 times; 1 repair did not hold." */
export function themeSentence(theme: { topic: string; count: number; didNotHold: number }): string {
  const topic = theme.topic.charAt(0).toUpperCase() + theme.topic.slice(1);
  return `${topic} came up ${theme.count} times; ${heldWords(theme.didNotHold)}.`;
}

/** "3 moments linked as alike, about money; every repair held." */
export function chainSentence(chain: { topic: string | null; count: number; didNotHold: number }): string {
  const about = chain.topic ? `, about ${chain.topic}` : '';
  return `${chain.count} moments linked as alike${about}; ${heldWords(chain.didNotHold)}.`;
}

/** Repair confidence in words, with its 80% interval. */
export function confidenceSentence(
  confidence: { mean: number; low: number; high: number; enough: boolean },
  audience: Audience,
): string {
  if (!confidence.enough) return NOT_ENOUGH;
  const which = audience.kind === 'alone' ? 'a rupture noted here' : `a rupture between ${between(audience)}`;
  return `From what happened so far, ${which} has about a ${percent(
    confidence.mean,
  )} chance of being repaired within a week (likely between ${percent(confidence.low)} and ${percent(confidence.high)}). Older moments count less as time goes on.`;
}

/** The quiet wall's heading line on the insights screen. */
export function quietWallIntro(count: number, audience: Audience): string {
  if (count === 0) return 'Nothing small has been left waiting. That is worth noticing too.';
  const picking = audience.kind === 'alone' ? 'when you are ready' : `when ${between(audience)} are ready`;
  return `${things(count)} left open for more than 3 days. Any one of them can be picked up again, ${picking}.`;
}
