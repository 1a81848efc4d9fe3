import type { CheckinState, MomentKind } from '../identifiers';
import type { Checkin, PositiveMoment, Rupture } from '../repair/types';
import { awake, HOUR, iso, MINUTE, maybe, type World } from './world';

const MOMENT_KINDS: Record<MomentKind, number> = {
  appreciation: 0.25,
  bid_turned_toward: 0.2,
  joy: 0.2,
  affection: 0.17,
  gratitude: 0.13,
  repair_pride: 0.05,
};

/** A private check-in: where one nervous system is. */
export function checkIn(world: World, memberId: string, at: number, state: CheckinState, intensity: number): void {
  const checkin: Checkin = {
    id: world.newId(at),
    spaceId: world.spaceId,
    memberId,
    state,
    intensity,
    note: maybe(world, world.words.checkins, 0.4),
    createdAt: iso(at),
    editedAt: null,
  };
  world.checkins.push(checkin);
  world.latestCheckin.set(memberId, checkin);
}

/** Activated or shut down at 7 or more: flooded, in rule 6's terms. */
export function floodedCheckin(world: World, memberId: string, at: number): void {
  const state = world.random.chance(0.7) ? 'activated' : 'shut_down';
  checkIn(world, memberId, at, state, world.random.int(7, 10));
}

/** After a break: connected again, or still a little activated, below flooding. */
export function settledCheckin(world: World, memberId: string, at: number): void {
  const state = world.random.chance(0.6) ? 'connected' : 'activated';
  checkIn(world, memberId, at, state, world.random.int(2, 6));
}

/** An everyday check-in, mostly calm; the more prone to flooding, the likelier a high one. */
export function everydayCheckin(world: World, memberId: string, at: number): void {
  const { random } = world;
  const flooding = world.tendencies(memberId).flooding;
  if (random.chance(0.55 - 0.3 * flooding)) {
    checkIn(world, memberId, at, 'connected', random.int(3, 9));
    return;
  }
  const state = random.chance(0.65) ? 'activated' : 'shut_down';
  const high = random.chance(0.15 + 0.5 * flooding);
  checkIn(world, memberId, at, state, high ? random.int(7, 10) : random.int(1, 6));
}

export function positiveMoment(world: World, at: number, kind?: MomentKind, author?: string): void {
  const { random } = world;
  const authorMemberId = author ?? random.pick(world.accounts).id;
  const chosen = kind ?? random.weighted(MOMENT_KINDS);
  const others = world.members.filter((m) => m.id !== authorMemberId);
  const moment: PositiveMoment = {
    id: world.newId(at),
    spaceId: world.spaceId,
    authorMemberId,
    kind: chosen,
    visibility: random.chance(0.85) ? 'shared' : 'private',
    note: maybe(world, world.words.moments[chosen], 0.8),
    about: others.length > 0 && random.chance(0.7) ? [random.pick(others).id] : [],
    createdAt: iso(at),
    editedAt: null,
  };
  world.moments.push(moment);
}

/** Now and then, a repair is worth noting as a good moment of its own. */
export function repairPride(world: World, rupture: Rupture, at: number): void {
  const warmth = world.tendencies(rupture.authorMemberId).warmth;
  if (!world.random.chance(0.1 + 0.3 * warmth)) return;
  const when = at + world.random.exponential(2 * HOUR) + MINUTE;
  world.agenda.plan(awake(world, when), (t) => positiveMoment(world, t, 'repair_pride', rupture.authorMemberId));
}

/**
 * A stream of arrivals at a steady rate per day (a Poisson process), each
 * moved to waking hours. The process keeps its own clock, so moving a
 * night-time arrival to the morning does not thin out the stream.
 */
export function stream(world: World, from: number, perDay: number, arrive: (at: number) => void): void {
  if (perDay <= 0) return;
  const mean = (24 * HOUR) / perDay;
  const step = (raw: number, now: number) => {
    world.agenda.plan(Math.max(now, awake(world, raw)), (at) => {
      arrive(at);
      step(raw + world.random.exponential(mean), at);
    });
  };
  step(from + world.random.exponential(mean), from);
}
