import {
  type Attempt,
  type AttemptView,
  completionStates,
  type DepartedMemberView,
  isHarm,
  type Member,
  type RepairResponse,
  type Resemblance,
  type ResponseView,
  type Rupture,
  type RuptureDetailView,
  type RuptureView,
  type SimilarRuptureView,
} from '@repairable/core';
import type { SimilarityCandidate } from '../../store/ruptures';

/**
 * Who is looking: their member id, and which linked earlier ruptures they may
 * be told about (`linksShownTo` in the access module decides).
 */
export interface RuptureViewer {
  memberId: string;
  shownLinks: ReadonlySet<string>;
}

/** Everything a viewer may see of a rupture they can see. Callers have already checked visibility. */
export function presentRupture(r: Rupture, viewer: RuptureViewer): RuptureView {
  const viewerMemberId = viewer.memberId;
  return {
    id: r.id,
    spaceId: r.spaceId,
    status: r.status,
    visibility: r.visibility,
    size: r.size,
    kinds: r.kinds,
    involved: r.involved,
    topic: r.topic,
    note: r.note,
    occurredAt: r.occurredAt,
    createdAt: r.createdAt,
    version: r.version,
    authorMemberId: r.authorMemberId,
    isMine: r.authorMemberId === viewerMemberId,
    harm: isHarm(r),
    recognizedBy: r.recognizedBy,
    round: r.round,
    pausedUntil: r.pausedUntil,
    // A link never names a rupture hidden from the one reading it (SECURITY.md A4).
    linkedToId: r.linkedToId !== null && viewer.shownLinks.has(r.linkedToId) ? r.linkedToId : null,
    repairHeld: r.repairHeld,
    raisedAt: r.raisedAt,
    repairedAt: r.repairedAt,
    letGoAt: r.letGoAt,
    editedAt: r.editedAt,
  };
}

/** Whether someone went on while flooded is theirs alone to see (rule 6). */
export function presentAttempt(a: Attempt, viewerMemberId: string): AttemptView {
  return {
    id: a.id,
    memberId: a.memberId,
    kind: a.kind,
    message: a.message,
    returnAt: a.returnAt,
    round: a.round,
    createdAt: a.createdAt,
    editedAt: a.editedAt,
    ...(a.memberId === viewerMemberId ? { whileFlooded: a.whileFlooded } : {}),
  };
}

export function presentResponse(r: RepairResponse): ResponseView {
  return {
    id: r.id,
    memberId: r.memberId,
    recordedByMemberId: r.recordedByMemberId,
    round: r.round,
    feel: r.feel,
    need: r.need,
    note: r.note,
    createdAt: r.createdAt,
    editedAt: r.editedAt,
  };
}

export function presentRuptureDetail(
  r: Rupture,
  related: {
    attempts: readonly Attempt[];
    responses: readonly RepairResponse[];
    members: readonly Member[];
    /** Involved members who left: only the names of people this rupture was between. */
    departed: readonly DepartedMemberView[];
  },
  viewer: RuptureViewer,
): RuptureDetailView {
  return {
    ...presentRupture(r, viewer),
    attempts: related.attempts.map((a) => presentAttempt(a, viewer.memberId)),
    responses: related.responses.map(presentResponse),
    completion: completionStates(r, related.responses, related.members),
    departed: related.departed
      .filter((d) => r.involved.includes(d.memberId))
      .map((d) => ({ memberId: d.memberId, displayName: d.displayName })),
  };
}

/** Only what the viewer could open anyway: suggestions come from ruptures they can see. */
export function presentSimilar(s: Resemblance<SimilarityCandidate>): SimilarRuptureView {
  return {
    id: s.rupture.id,
    occurredAt: s.rupture.occurredAt,
    size: s.rupture.size,
    topic: s.rupture.topic,
    status: s.rupture.status,
    reason: s.reason,
  };
}
