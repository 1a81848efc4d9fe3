import type { SpaceKind } from '../identifiers';
import type { Attempt, Checkin, PositiveMoment, RepairResponse, Rupture, RuptureEvent } from '../repair/types';
import type { MemberRecord } from '../spaces';
import { Agenda } from './agenda';
import { everydayCheckin, positiveMoment, stream } from './everyday';
import { simulatedIds } from './ids';
import { mulberry32 } from './random';
import { logRupture } from './ruptures';
import { resolveTendencies, type Tendencies, type TendencyInput } from './tendencies';
import { wordsFor } from './words';
import { DAY, type World } from './world';

export interface SimulationOptions {
  /** The same seed gives the same history, record for record. */
  seed: number;
  /** How long a history, from `start`; fractions are fine. */
  years: number;
  /** When it begins (ISO-8601). */
  start: string;
  kind: SpaceKind;
  /** The space's members; by default two (or, for parent and child, a parent and a child without an account). */
  members?: readonly MemberRecord[];
  spaceId?: string;
  /** Everyone's tendencies: a preset name or numbers over the defaults. */
  tendencies?: TendencyInput;
  /** One member's own tendencies, over everyone's. */
  memberTendencies?: Readonly<Record<string, TendencyInput>>;
  /**
   * Multiplies how often things happen (ruptures, good moments, check-ins).
   * 1 is an everyday couple (about 2,000 moments a year); raise it for
   * benchmark spaces (see `scaleFor`).
   */
  scale?: number;
  /** Whether a rare medium or big rupture is marked as harm (kept private, never repaired together); default true. */
  harm?: boolean;
}

export interface SimulatedHistory {
  spaceId: string;
  kind: SpaceKind;
  members: MemberRecord[];
  start: string;
  end: string;
  /** Every rupture in its final state, in the order they were logged. */
  ruptures: Rupture[];
  attempts: Attempt[];
  responses: RepairResponse[];
  moments: PositiveMoment[];
  checkins: Checkin[];
  events: RuptureEvent[];
}

/** Ruptures, good moments and check-ins a day at scale 1, for an everyday relationship of each kind. */
const RATES: Record<SpaceKind, { ruptures: number; moments: number; checkins: number }> = {
  couple: { ruptures: 0.9, moments: 1.2, checkins: 1.2 },
  parent_child: { ruptures: 1.2, moments: 1.5, checkins: 1 },
  family: { ruptures: 1.1, moments: 1.4, checkins: 1 },
  friends: { ruptures: 0.25, moments: 0.4, checkins: 0.5 },
  work: { ruptures: 0.45, moments: 0.5, checkins: 0.6 },
  other: { ruptures: 0.4, moments: 0.5, checkins: 0.5 },
};

/** Moments (ruptures, good moments and check-ins) a history holds. */
export function momentCount(history: SimulatedHistory): number {
  return history.ruptures.length + history.moments.length + history.checkins.length;
}

/** A history's attempts, answers or events by the rupture they belong to, each list in history order. */
export function byRupture<T extends { ruptureId: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.ruptureId);
    if (list) list.push(item);
    else map.set(item.ruptureId, [item]);
  }
  return map;
}

/** The members a space of a kind has when none are given: fixed ids, so histories compare. */
export function defaultMembers(kind: SpaceKind): MemberRecord[] {
  if (kind === 'parent_child') {
    return [
      { id: 'member-parent', accountId: 'account-parent' },
      { id: 'member-child', accountId: null },
    ];
  }
  if (kind === 'friends' || kind === 'work' || kind === 'family') {
    return [
      { id: 'member-a', accountId: 'account-a' },
      { id: 'member-b', accountId: 'account-b' },
      { id: 'member-c', accountId: kind === 'family' ? null : 'account-c' },
    ];
  }
  return [
    { id: 'member-a', accountId: 'account-a' },
    { id: 'member-b', accountId: 'account-b' },
  ];
}

/**
 * A realistic history of a relationship over `years`, made by running the
 * real repair-cycle operations on a simulated clock: every rule holds by
 * construction. Pure: no I/O, no clock, no Math.random; the same options give
 * the same history.
 *
 * @example simulateRelationship({ seed: 7, years: 1, start: '2025-01-01T00:00:00Z', kind: 'couple', tendencies: 'avoidant' })
 */
export function simulateRelationship(options: SimulationOptions): SimulatedHistory {
  const random = mulberry32(options.seed);
  const newId = simulatedIds(mulberry32(random.word() ^ 0x9e3779b9));
  const start = Date.parse(options.start);
  if (!Number.isFinite(start)) throw new RangeError(`Not a time: ${options.start}`);
  const end = start + Math.max(0, options.years) * 365.25 * DAY;
  const members = [...(options.members ?? defaultMembers(options.kind))];
  const accounts = members.filter((m) => m.accountId !== null);
  if (accounts.length === 0) throw new RangeError('A simulated space needs a member with an account');
  const everyone = resolveTendencies(options.tendencies);
  const own = new Map<string, Tendencies>();
  for (const m of members) {
    const input = options.memberTendencies?.[m.id];
    own.set(
      m.id,
      input === undefined ? everyone : resolveTendencies(typeof input === 'string' ? input : { ...everyone, ...input }),
    );
  }
  const world: World = {
    random,
    agenda: new Agenda(),
    words: wordsFor(options.kind),
    kind: options.kind,
    spaceId: options.spaceId ?? newId(start),
    members,
    accounts,
    tendencies: (id) => own.get(id) ?? everyone,
    newId,
    end,
    ruptures: new Map(),
    responses: new Map(),
    attempts: [],
    moments: [],
    checkins: [],
    events: [],
    latestCheckin: new Map(),
    byTopic: new Map(),
    harm: options.harm ?? true,
  };
  const scale = options.scale ?? 1;
  const rates = RATES[options.kind];
  const warmth = accounts.reduce((sum, m) => sum + world.tendencies(m.id).warmth, 0) / accounts.length;
  stream(world, start, rates.ruptures * scale, (at) => logRupture(world, at));
  stream(world, start, rates.moments * (0.4 + 1.2 * warmth) * scale, (at) => positiveMoment(world, at));
  for (const m of accounts) {
    stream(world, start, (rates.checkins / accounts.length) * scale, (at) => everydayCheckin(world, m.id, at));
  }
  world.agenda.runUntil(end);
  return {
    spaceId: world.spaceId,
    kind: options.kind,
    members,
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    ruptures: [...world.ruptures.values()],
    attempts: world.attempts,
    responses: [...world.responses.values()].flat().sort((a, b) => (a.id < b.id ? -1 : 1)),
    moments: world.moments,
    checkins: world.checkins,
    events: world.events,
  };
}

/**
 * Moments that come with repairs rather than at a steady pace (good moments
 * after a repair, check-ins before and after a break) add about this share,
 * as measured on couples at scale 1.
 */
const FROM_REPAIRS = 1.09;

/** The scale at which a history of `years` holds about `moments` moments (ruptures, good moments, check-ins). */
export function scaleFor(kind: SpaceKind, years: number, moments: number): number {
  const r = RATES[kind];
  const perDay = (r.ruptures + r.moments + r.checkins) * FROM_REPAIRS;
  return moments / (perDay * 365.25 * years);
}
