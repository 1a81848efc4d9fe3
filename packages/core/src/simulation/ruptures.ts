import type { RuptureKind, RuptureSize } from '../identifiers';
import { acknowledgeRupture, letGo, noteRupture, raiseRupture } from '../repair/cycle';
import { linkRecurrence, markRepairNotHeld } from '../repair/linking';
import { isOpen, type Rupture } from '../repair/types';
import { canLinkRuptures, isHarm } from '../repair/visibility';
import { startRepair } from './repairing';
import { durationFactor } from './tendencies';
import { accountIdsIn, apply, HOUR, iso, MINUTE, maybe, meanTendency, type World } from './world';

/** Tiny ruptures are frequent, big ones rare. */
const SIZES: Record<RuptureSize, number> = { tiny: 0.5, small: 0.3, medium: 0.15, big: 0.05 };

const KINDS_BY_SIZE: Record<RuptureSize, readonly RuptureKind[]> = {
  tiny: ['missed_bid', 'eye_roll', 'interrupting', 'dismissive_tone', 'forgot'],
  small: ['missed_bid', 'criticism', 'defensiveness', 'misattunement', 'broken_promise', 'withdrawal', 'forgot'],
  medium: ['criticism', 'defensiveness', 'harsh_words', 'yelling', 'withdrawal', 'broken_promise', 'other'],
  big: ['yelling', 'contempt', 'harsh_words', 'broken_promise', 'withdrawal', 'other'],
};

/** How likely the author shares it at once, before avoidance. */
const SHARE_AT_ONCE: Record<RuptureSize, number> = { tiny: 0.35, small: 0.55, medium: 0.75, big: 0.85 };
/** Mean hours before a private one is raised, before tendencies. */
const HOURS_TO_RAISE: Record<RuptureSize, number> = { tiny: 6, small: 10, medium: 18, big: 24 };
/** Of the ruptures that are medium or big, how many are marked as harm: rare, and never repaired together. */
const HARM_SHARE = 0.01;

/** Themes come back unevenly: the first one most, then fewer and fewer. */
function themeWeights(count: number): Record<string, number> {
  const weights: Record<string, number> = {};
  for (let i = 0; i < count; i++) weights[String(i)] = 1 / (i + 1) ** 1.3;
  return weights;
}

/** Someone logs a rupture at `at`; what follows is planned on the agenda. */
export function logRupture(world: World, at: number): void {
  const { random } = world;
  const author = random.pick(world.accounts).id;
  const others = world.members.filter((m) => m.id !== author);
  if (others.length === 0) return;
  const involved = [random.pick(others).id];
  if (others.length > 1 && random.chance(0.2)) involved.push(random.pick(others).id);
  const size = random.weighted(SIZES);
  const harm = world.harm && (size === 'medium' || size === 'big') && random.chance(HARM_SHARE);
  const kinds: RuptureKind[] = harm ? ['harm'] : [random.pick(KINDS_BY_SIZE[size])];
  if (!harm && random.chance(0.25)) kinds.push(random.pick(KINDS_BY_SIZE[size]));
  const themed = random.chance(0.45);
  const theme = themed ? world.words.themes[Number(random.weighted(themeWeights(world.words.themes.length)))] : null;
  const note = theme ? maybe(world, theme.notes, 0.9) : maybe(world, world.words.notes, 0.85);
  const avoidance = world.tendencies(author).avoidance;
  const shared = random.chance(SHARE_AT_ONCE[size] * (1 - 0.6 * avoidance));
  const occurredAt = at - Math.min(random.exponential(30 * MINUTE), 6 * HOUR);
  const id = world.newId(at);
  apply(
    world,
    noteRupture({
      id,
      spaceId: world.spaceId,
      authorMemberId: author,
      members: world.members,
      input: {
        size,
        kinds,
        involved,
        visibility: shared ? 'shared' : 'private',
        topic: theme?.topic ?? null,
        note,
        occurredAt: iso(Math.max(occurredAt, at - 6 * HOUR)),
      },
      at: iso(at),
    }),
  );
  const rupture = world.ruptures.get(id) as Rupture;
  if (rupture.topic) {
    linkToEarlier(world, rupture, at);
    const list = world.byTopic.get(rupture.topic) ?? [];
    list.push(id);
    world.byTopic.set(rupture.topic, list);
  }
  if (isHarm(rupture)) return;
  if (rupture.visibility === 'shared') afterRaised(world, id, at);
  else planPrivate(world, id, at);
}

/** Rule 8: many a themed rupture is linked to the latest earlier one on its topic that it may point to. */
function linkToEarlier(world: World, rupture: Rupture, at: number): void {
  if (!world.random.chance(0.6)) return;
  const earlierIds = world.byTopic.get(rupture.topic ?? '') ?? [];
  for (let i = earlierIds.length - 1; i >= Math.max(0, earlierIds.length - 5); i--) {
    const earlier = world.ruptures.get(earlierIds[i] as string) as Rupture;
    if (!canLinkRuptures(rupture, earlier, world.members)) continue;
    const linked = linkRecurrence({
      rupture,
      earlier,
      members: world.members,
      actorMemberId: rupture.authorMemberId,
      at: iso(at),
    });
    world.ruptures.set(linked.rupture.id, linked.rupture);
    world.ruptures.set(linked.earlier.id, linked.earlier);
    world.events.push(...linked.events);
    return;
  }
}

/** A private rupture: a small one may be let go, most are raised sooner or later, some stay with the author. */
function planPrivate(world: World, id: string, at: number): void {
  const { random } = world;
  const r = world.ruptures.get(id) as Rupture;
  const t = world.tendencies(r.authorMemberId);
  const small = r.size === 'tiny' || r.size === 'small';
  const u = random.next();
  const letGoShare = small ? 0.15 + 0.6 * t.avoidance : 0;
  const raiseShare = (1 - letGoShare) * (0.97 - 0.6 * t.avoidance);
  if (u < letGoShare) {
    world.agenda.plan(at + random.exponential(12 * HOUR) * durationFactor(t.repairSpeed), (when) => {
      const now = world.ruptures.get(id) as Rupture;
      if (now.status === 'noted')
        apply(world, letGo({ rupture: now, actorMemberId: now.authorMemberId, at: iso(when) }));
    });
  } else if (u < letGoShare + raiseShare) {
    const mean = HOURS_TO_RAISE[r.size] * HOUR * durationFactor(t.repairSpeed) * (1 + 2 * t.avoidance);
    world.agenda.plan(at + random.exponential(mean), (when) => raise(world, id, when));
  }
}

function raise(world: World, id: string, at: number): void {
  const r = world.ruptures.get(id) as Rupture;
  if (r.visibility === 'shared' || r.status !== 'noted') return;
  apply(world, raiseRupture({ rupture: r, actorMemberId: r.authorMemberId, members: world.members, at: iso(at) }));
  // As the server does: raising widens who sees it, so a link it carries may now mark an earlier repair.
  const now = world.ruptures.get(id) as Rupture;
  if (now.linkedToId) {
    const earlier = world.ruptures.get(now.linkedToId) as Rupture;
    const marked = markRepairNotHeld({
      rupture: now,
      earlier,
      members: world.members,
      actorMemberId: now.authorMemberId,
      at: iso(at),
    });
    world.ruptures.set(earlier.id, marked.earlier);
    world.events.push(...marked.events);
  }
  afterRaised(world, id, at);
}

/** Shared now: the others recognize it, and someone moves toward repair, unless it is left to sit. */
function afterRaised(world: World, id: string, at: number): void {
  const { random } = world;
  const r = world.ruptures.get(id) as Rupture;
  const others = accountIdsIn(world, r.involved).filter((m) => m !== r.authorMemberId);
  for (const other of others) {
    if (!random.chance(0.8)) continue;
    const delay = random.exponential(HOUR) * durationFactor(world.tendencies(other).repairSpeed);
    world.agenda.plan(at + delay, (when) => {
      const now = world.ruptures.get(id) as Rupture;
      if (!isOpen(now)) return;
      apply(world, acknowledgeRupture({ rupture: now, actorMemberId: other, members: world.members, at: iso(when) }));
    });
  }
  const avoidance = meanTendency(world, accountIdsIn(world, r.involved), 'avoidance');
  if (random.chance(0.02 + 0.15 * avoidance)) return;
  startRepair(world, id, at);
}
