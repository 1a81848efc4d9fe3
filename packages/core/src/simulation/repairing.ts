import type { AttemptKind, RuptureSize } from '../identifiers';
import { recordReconnection, respondToRepair } from '../repair/answers';
import { attemptRepair, takeBreak } from '../repair/cycle';
import { recordReconnectionWithAnswer } from '../repair/observed';
import { regulationAdvice } from '../repair/regulation';
import type { Change } from '../repair/transitions';
import { isOpen, type RepairResponse, type Rupture } from '../repair/types';
import { floodedCheckin, repairPride, settledCheckin } from './everyday';
import { durationFactor } from './tendencies';
import { accountIdsIn, apply, DAY, HOUR, iso, MINUTE, maybe, type World } from './world';

/** Mean hours until someone makes the first attempt, before tendencies. */
const HOURS_TO_ATTEMPT: Record<RuptureSize, number> = { tiny: 3, small: 8, medium: 20, big: 48 };
/** Mean hours until the others answer an attempt. */
const HOURS_TO_ANSWER: Record<RuptureSize, number> = { tiny: 0.5, small: 1, medium: 3, big: 8 };
/** How likely an answer is "not yet", before flooding. */
const NOT_YET: Record<RuptureSize, number> = { tiny: 0.08, small: 0.18, medium: 0.3, big: 0.45 };
/** How likely someone prone to flooding is flooded when they turn to it. */
const FLOODS: Record<RuptureSize, number> = { tiny: 0.15, small: 0.35, medium: 0.7, big: 1 };
const ATTEMPT_KINDS: Record<Exclude<AttemptKind, 'break'>, number> = {
  apology: 0.3,
  do_over: 0.12,
  clarification: 0.15,
  own_my_part: 0.12,
  affection: 0.1,
  humor: 0.08,
  conversation: 0.1,
  other: 0.03,
};
const MAX_ROUNDS = 6;

/** Plans the first attempt, by one of the people it is between. */
export function startRepair(world: World, id: string, at: number): void {
  const r = world.ruptures.get(id) as Rupture;
  const actor = chooseActor(world, r);
  const mean = HOURS_TO_ATTEMPT[r.size] * HOUR * durationFactor(world.tendencies(actor).repairSpeed);
  world.agenda.plan(at + world.random.exponential(mean), (when) => turnToRepair(world, id, actor, when));
}

/** The less avoidant someone is, the likelier they move first. */
function chooseActor(world: World, r: Rupture): string {
  const people = accountIdsIn(world, r.involved);
  const weights: Record<string, number> = {};
  for (const p of people) weights[p] = 1.1 - world.tendencies(p).avoidance;
  return world.random.weighted(weights);
}

/**
 * Someone turns to the rupture: perhaps flooded first (a check-in says so),
 * and then, as rule 6 offers, often a break with a return time before the
 * attempt; or they go on anyway, and the attempt is marked as made flooded.
 */
function turnToRepair(world: World, id: string, actor: string, at: number, afterBreak = false): void {
  const r = world.ruptures.get(id) as Rupture;
  if (!isOpen(r)) return;
  const { random } = world;
  const t = world.tendencies(actor);
  if (!afterBreak && random.chance(t.flooding * FLOODS[r.size])) floodedCheckin(world, actor, at);
  // Back from a break, most check in again, settled; the others go on as they are.
  if (afterBreak && random.chance(0.7)) settledCheckin(world, actor, at);
  const latest = world.latestCheckin.get(actor);
  const advice = regulationAdvice(latest ? [latest] : [], new Date(at));
  if (advice.offerBreak && !afterBreak && random.chance(0.65)) {
    const minutes = Math.min(
      advice.minimumBreakMinutes + random.exponential(60) * durationFactor(t.repairSpeed),
      (3 * DAY) / MINUTE,
    );
    const returnAt = at + minutes * MINUTE;
    const { attempt } = apply(
      world,
      takeBreak({
        rupture: r,
        actorMemberId: actor,
        members: world.members,
        id: world.newId(at),
        returnAt: iso(returnAt),
        whileFlooded: true,
        at: iso(at),
      }),
    );
    world.attempts.push(attempt);
    world.agenda.plan(returnAt + random.exponential(15 * MINUTE), (when) => turnToRepair(world, id, actor, when, true));
    return;
  }
  const kind = random.weighted(ATTEMPT_KINDS);
  const { attempt } = apply(
    world,
    attemptRepair({
      rupture: r,
      actorMemberId: actor,
      id: world.newId(at),
      kind,
      message: maybe(world, world.words.attempts[kind], 0.8),
      whileFlooded: advice.offerBreak,
      at: iso(at),
    }),
  );
  world.attempts.push(attempt);
  planAnswers(world, id, actor, attempt.round, attempt.whileFlooded, at);
}

/** Everyone it is between answers the attempt; for someone without an account, an account member records what they saw. */
function planAnswers(world: World, id: string, actor: string, round: number, flooded: boolean, at: number): void {
  const { random } = world;
  const r = world.ruptures.get(id) as Rupture;
  const withoutAccount = r.involved.filter((m) => !world.accounts.some((a) => a.id === m));
  for (const member of accountIdsIn(world, r.involved)) {
    if (member === actor && withoutAccount.length > 0) continue;
    const mean =
      member === actor
        ? 3 * MINUTE
        : HOURS_TO_ANSWER[r.size] * HOUR * durationFactor(world.tendencies(member).repairSpeed);
    world.agenda.plan(at + random.exponential(mean), (when) => answer(world, id, member, round, flooded, when));
  }
  withoutAccount.forEach((child, i) => {
    const delay = random.exponential((random.chance(0.8) ? 20 : 120) * MINUTE);
    world.agenda.plan(at + delay + i * MINUTE, (when) => {
      const now = world.ruptures.get(id) as Rupture;
      if (!isOpen(now) || now.round !== round) return;
      const responses = world.responses.get(id) ?? [];
      const note = maybe(world, world.words.observed, 0.85);
      if (i === 0) {
        const feel = random.chance(notYetChance(world, now, actor, flooded)) ? 'not_yet' : 'repaired';
        const change = recordReconnectionWithAnswer({
          rupture: now,
          responses,
          members: world.members,
          actorMemberId: actor,
          memberId: child,
          ids: [world.newId(when), world.newId(when)],
          note,
          feel,
          need: feel === 'not_yet' ? maybe(world, world.words.needs, 0.8) : null,
          at: iso(when),
        });
        keepAnswers(world, id, change, change.created.responses);
        if (feel === 'not_yet') tryAgain(world, id, when);
      } else {
        const change = recordReconnection({
          rupture: now,
          responses,
          members: world.members,
          actorMemberId: actor,
          memberId: child,
          id: world.newId(when),
          note,
          at: iso(when),
        });
        keepAnswers(world, id, change, [change.created.response]);
      }
    });
  });
}

function notYetChance(world: World, r: Rupture, member: string, flooded: boolean): number {
  const t = world.tendencies(member);
  const base = NOT_YET[r.size] * (flooded ? 1.8 : 1) * (0.7 + 0.6 * t.avoidance);
  return r.round >= 3 ? base / 2 : base;
}

function answer(world: World, id: string, member: string, round: number, flooded: boolean, at: number): void {
  const r = world.ruptures.get(id) as Rupture;
  if (!isOpen(r) || r.round !== round) return;
  const { random } = world;
  const notYet = random.chance(notYetChance(world, r, member, flooded));
  const change = respondToRepair({
    rupture: r,
    responses: world.responses.get(id) ?? [],
    members: world.members,
    actorMemberId: member,
    id: world.newId(at),
    feel: notYet ? 'not_yet' : 'repaired',
    need: notYet ? maybe(world, world.words.needs, 0.85) : null,
    at: iso(at),
  });
  keepAnswers(world, id, change, [change.created.response]);
  if (notYet) tryAgain(world, id, at);
}

function keepAnswers<T>(world: World, id: string, change: Change<T>, made: readonly RepairResponse[]): void {
  apply(world, change);
  const list = world.responses.get(id) ?? [];
  list.push(...made);
  world.responses.set(id, list);
  if (change.rupture.status === 'repaired')
    repairPride(world, change.rupture, Date.parse(change.rupture.repairedAt ?? ''));
}

/** After a "not yet", someone usually tries again, a little later; the more avoidant, the likelier it rests. */
function tryAgain(world: World, id: string, at: number): void {
  const r = world.ruptures.get(id) as Rupture;
  if (r.round >= MAX_ROUNDS) return;
  const actor = chooseActor(world, r);
  if (!world.random.chance(0.97 - 0.4 * world.tendencies(actor).avoidance)) return;
  const mean = (HOURS_TO_ATTEMPT[r.size] / 2) * HOUR * durationFactor(world.tendencies(actor).repairSpeed);
  world.agenda.plan(at + world.random.exponential(mean), (when) => turnToRepair(world, id, actor, when));
}
