import {
  type Checkin,
  findSimilarRuptures,
  hasComparableText,
  type Member,
  type NewRupture,
  noteRupture,
  REGULATION,
  type Rupture,
  regulationAdvice,
} from '@repairable/core';
import type { Kysely } from 'kysely';
import {
  assertCanSeeRupture,
  checkinVisibleTo,
  linksShownTo,
  ruptureLinkableFrom,
  ruptureVisibleTo,
} from '../../access/visibility';
import { newId } from '../../ports/ids';
import { listDepartedNames } from '../../store/departed-members';
import { listCheckins } from '../../store/moments';
import type { PageRequest } from '../../store/paging';
import { listAttempts, listResponses } from '../../store/repair';
import {
  findRupture,
  insertEvents,
  insertRupture,
  listSimilarityCandidates,
  pageOfRuptures,
} from '../../store/ruptures';
import type { Database } from '../../store/schema';
import { listMembers } from '../../store/spaces';
import { presentRupture, presentRuptureDetail, presentSimilar, type RuptureViewer } from './presenters';
import { type ChangeDeps, publishEvents } from './run-change';

/** How far back "is this like …?" looks. */
const SIMILAR_LOOKBACK = 200;

/** The detail view; pass `members` when they are at hand to spare a query. */
export async function loadDetail(db: Kysely<Database>, rupture: Rupture, viewer: Member, members?: Member[]) {
  const key = { spaceId: rupture.spaceId, ruptureId: rupture.id };
  const [attempts, responses, current, departed] = await Promise.all([
    listAttempts(db, key),
    listResponses(db, key),
    members ?? listMembers(db, rupture.spaceId),
    listDepartedNames(db, { spaceId: rupture.spaceId, memberIds: rupture.involved }),
  ]);
  return presentRuptureDetail(
    rupture,
    { attempts, responses, members: current, departed },
    await viewerOf(db, viewer, [rupture]),
  );
}

/** The viewer of some ruptures, with the links among them they may be told about. */
export async function viewerOf(
  db: Kysely<Database>,
  viewer: Member,
  ruptures: readonly Rupture[],
): Promise<RuptureViewer> {
  const shownLinks = await linksShownTo(db, { spaceId: viewer.spaceId, viewerMemberId: viewer.id, ruptures });
  return { memberId: viewer.id, shownLinks };
}

/** Ruptures the viewer may see, presented for them. */
export async function presentRupturesFor(db: Kysely<Database>, viewer: Member, ruptures: readonly Rupture[]) {
  const lens = await viewerOf(db, viewer, ruptures);
  return ruptures.map((r) => presentRupture(r, lens));
}

export async function loadVisibleRupture(
  db: Kysely<Database>,
  props: { spaceId: string; ruptureId: string; viewer: Member },
) {
  const rupture = await findRupture(db, props);
  assertCanSeeRupture(props.viewer, rupture);
  return rupture;
}

/**
 * Logs a rupture and suggests up to three earlier ones it resembles (rule 8),
 * only from those it may be linked to: never harm, never one hidden from
 * anyone who can see the new one.
 */
export async function createRupture(
  deps: ChangeDeps,
  props: { spaceId: string; viewer: Member; members: Member[]; input: NewRupture },
) {
  const now = deps.clock.now();
  const { members } = props;
  const { rupture, events } = noteRupture({
    id: newId(now.getTime()),
    spaceId: props.spaceId,
    authorMemberId: props.viewer.id,
    members,
    input: props.input,
    at: now.toISOString(),
  });
  await deps.write(async (trx) => {
    await insertRupture(trx, rupture);
    await insertEvents(trx, events);
  });
  publishEvents(deps.bus, [rupture], members, events);
  // Harm is left to the access rule, which links it to nothing; no text means nothing to compare.
  const similar = !hasComparableText(rupture)
    ? []
    : findSimilarRuptures(
        rupture,
        await listSimilarityCandidates(deps.db, {
          spaceId: props.spaceId,
          visible: ruptureLinkableFrom(rupture, members),
          limit: SIMILAR_LOOKBACK,
        }),
      ).map(presentSimilar);
  // Just created: no attempts or responses yet, and the members are at hand.
  const viewer = { memberId: props.viewer.id, shownLinks: new Set<string>() };
  return {
    rupture: presentRuptureDetail(rupture, { attempts: [], responses: [], members, departed: [] }, viewer),
    similar,
  };
}

/** The viewer's own recent check-ins decide whether they are flooded now (rule 6). */
export async function adviceFor(db: Kysely<Database>, props: { spaceId: string; viewer: Member; now: Date }) {
  const since = new Date(props.now.getTime() - REGULATION.windowMs).toISOString();
  const visible = checkinVisibleTo(props.viewer.id);
  // Only the latest counts (rule 6): a member may check in without end, and every attempt asks.
  const checkins: Checkin[] = await listCheckins(db, { spaceId: props.spaceId, visible, since, limit: 1 });
  return regulationAdvice(checkins, props.now);
}

/** One page of the ruptures the viewer may see, newest first. */
export async function visibleRupturesOf(
  db: Kysely<Database>,
  props: { spaceId: string; viewer: Member; status: 'open' | 'repaired' | 'all'; page: PageRequest },
) {
  const { spaceId, status, page } = props;
  return pageOfRuptures(db, { spaceId, visible: ruptureVisibleTo(props.viewer.id), status, page });
}
