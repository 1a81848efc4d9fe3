import type { SpaceKind } from '../identifiers';
import type { Change } from '../repair/transitions';
import type { Attempt, Checkin, PositiveMoment, RepairResponse, Rupture, RuptureEvent } from '../repair/types';
import type { MemberRecord } from '../spaces';
import type { Agenda } from './agenda';
import type { Random } from './random';
import type { Tendencies } from './tendencies';
import type { Words } from './words';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * Everything a running simulation holds: its generator, clock and words,
 * and the records as they stand. Every rupture change goes through `apply`,
 * which keeps the latest version of each rupture and every event.
 */
export interface World {
  random: Random;
  agenda: Agenda;
  words: Words;
  kind: SpaceKind;
  spaceId: string;
  members: readonly MemberRecord[];
  /** Members with an account: the only ones who log, act and answer. */
  accounts: readonly MemberRecord[];
  tendencies(memberId: string): Tendencies;
  /** The ids of records, made in time order. */
  newId(atMs: number): string;
  end: number;
  ruptures: Map<string, Rupture>;
  responses: Map<string, RepairResponse[]>;
  attempts: Attempt[];
  moments: PositiveMoment[];
  checkins: Checkin[];
  events: RuptureEvent[];
  /** Each member's latest check-in, what rule 6 looks at. */
  latestCheckin: Map<string, Checkin>;
  /** Rupture ids by topic, oldest first: where a recurrence is looked for. */
  byTopic: Map<string, string[]>;
  /** Whether some ruptures are marked as harm. */
  harm: boolean;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Keeps a rupture's new version and its events; returns what the change created. */
export function apply<T>(world: World, change: Change<T>): T {
  world.ruptures.set(change.rupture.id, change.rupture);
  for (const e of change.events) world.events.push(e);
  return change.created;
}

/** People mostly log things while awake: a time in the small hours moves to the morning. */
export function awake(world: World, ms: number): number {
  const hour = (ms % DAY) / HOUR;
  return hour >= 7 ? ms : ms + (7 - hour) * HOUR + world.random.next() * 3 * HOUR;
}

/** A note from a table, or none now and then (people do not always write). */
export function maybe(world: World, items: readonly string[] | undefined, p: number): string | null {
  return items && items.length > 0 && world.random.chance(p) ? world.random.pick(items) : null;
}

/** The mean of a tendency over some members. */
export function meanTendency(world: World, memberIds: readonly string[], key: keyof Tendencies): number {
  if (memberIds.length === 0) return 0.5;
  let sum = 0;
  for (const id of memberIds) sum += world.tendencies(id)[key];
  return sum / memberIds.length;
}

export function accountIdsIn(world: World, memberIds: readonly string[]): string[] {
  return world.accounts.filter((m) => memberIds.includes(m.id)).map((m) => m.id);
}
