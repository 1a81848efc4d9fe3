import type {
  AttemptKind,
  AttemptView,
  CheckinState,
  CheckinView,
  Feeling,
  InsightsResult,
  InsightWindow,
  MomentKind,
  MomentView,
  RegulationView,
  RuptureDetailView,
  RuptureKind,
  RuptureSize,
  RuptureView,
  SimilarRuptureView,
  TimelineItem,
  Visibility,
} from '@repairable/core';
import { request, seg } from './api';
import { type Paged, type PageRequest, pageSearch } from './paging';

export interface NewRuptureInput {
  size: RuptureSize;
  kinds: RuptureKind[];
  involved: string[];
  visibility: Visibility;
  topic?: string;
  note?: string;
  occurredAt?: string;
}

/** What the author may change of their rupture; any of these, at least one. */
export interface RuptureEditInput {
  size?: RuptureSize;
  kinds?: RuptureKind[];
  topic?: string | null;
  note?: string | null;
  occurredAt?: string;
}

export interface TimelinePage {
  items: TimelineItem[];
  nextBefore: string | null;
}

const space = (spaceId: string) => `/api/spaces/${seg(spaceId)}`;
const rupturePath = (spaceId: string, ruptureId: string) => `${space(spaceId)}/ruptures/${seg(ruptureId)}`;

const momentPath = (spaceId: string, momentId: string) => `${space(spaceId)}/moments/${seg(momentId)}`;
const checkinPath = (spaceId: string, checkinId: string) => `${space(spaceId)}/checkins/${seg(checkinId)}`;

/** What the author of a moment may change (PATCH …/moments/:id); at least one of them. */
export interface MomentChanges {
  kind?: MomentKind;
  visibility?: Visibility;
  note?: string | null;
  about?: string[];
}

type Detail = { rupture: RuptureDetailView };

/**
 * An action on one rupture, sent with `If-Match: <version>` of the rupture
 * shown, so a change made meanwhile by someone else is never overwritten.
 */
function act(target: RuptureTarget, action: string, body?: unknown): Promise<RuptureDetailView> {
  return request<Detail>('POST', `${rupturePath(target.spaceId, target.id)}/${action}`, body, {
    ifMatch: target.version,
  }).then((r) => r.rupture);
}

/** An edit of one's own words, sent with `If-Match` like every action. */
function edit(target: RuptureTarget, path: string, body: unknown): Promise<RuptureDetailView> {
  return request<Detail>('PATCH', `${rupturePath(target.spaceId, target.id)}${path}`, body, {
    ifMatch: target.version,
  }).then((r) => r.rupture);
}

/** The rupture an action is aimed at, and the version the person was looking at. */
export interface RuptureTarget {
  spaceId: string;
  id: string;
  version: number;
}

/** The repair cycle's endpoints (briefs/ui-contract-3.md, the OpenAPI document at /api/openapi.json). */
export const repairApi = {
  createRupture: (spaceId: string, input: NewRuptureInput) =>
    request<{ rupture: RuptureDetailView; similar: SimilarRuptureView[] }>('POST', `${space(spaceId)}/ruptures`, input),
  ruptures: (spaceId: string, status: 'open' | 'repaired' | 'all', page?: PageRequest) =>
    request<{ ruptures: RuptureView[]; next: string | null }>(
      'GET',
      `${space(spaceId)}/ruptures${pageSearch(page, { status })}`,
    ).then((r): Paged<RuptureView> => ({ items: r.ruptures, next: r.next })),
  rupture: (spaceId: string, ruptureId: string) =>
    request<Detail>('GET', rupturePath(spaceId, ruptureId)).then((r) => r.rupture),

  raise: (target: RuptureTarget) => act(target, 'raise'),
  acknowledge: (target: RuptureTarget) => act(target, 'acknowledge'),
  letGo: (target: RuptureTarget) => act(target, 'let-go'),
  /** Takes back one's own rupture while it is still private (the quick log's Undo). */
  remove: (target: RuptureTarget) =>
    request<void>('DELETE', rupturePath(target.spaceId, target.id), undefined, { ifMatch: target.version }),
  /** One's own rupture, changed; marked edited for everyone who sees it. */
  editRupture: (target: RuptureTarget, body: RuptureEditInput) => edit(target, '', body),
  /** One's own attempt's message; null clears it. */
  editAttempt: (target: RuptureTarget, attemptId: string, message: string | null) =>
    edit(target, `/attempts/${seg(attemptId)}`, { message }),
  /** The need of one's own "not yet", or the note of a reconnection one recorded. */
  editResponse: (target: RuptureTarget, responseId: string, body: { need: string | null } | { note: string | null }) =>
    edit(target, `/responses/${seg(responseId)}`, body),
  attempt: (target: RuptureTarget, body: { kind: Exclude<AttemptKind, 'break'>; message?: string }) =>
    request<{ attempt: AttemptView; rupture: RuptureDetailView }>(
      'POST',
      `${rupturePath(target.spaceId, target.id)}/attempts`,
      body,
      { ifMatch: target.version },
    ).then((r) => r.rupture),
  respond: (target: RuptureTarget, body: { feel: Feeling; need?: string }) => act(target, 'responses', body),
  /** With `feel`, the recorder's own answer goes with it, in one change (parent mode). */
  reconnected: (target: RuptureTarget, body: { memberId: string; note?: string; feel?: Feeling; need?: string }) =>
    act(target, 'reconnected', body),
  takeBreak: (target: RuptureTarget, returnAt: string) => act(target, 'break', { returnAt }),
  link: (target: RuptureTarget, earlierId: string) => act(target, 'link', { earlierId }),
  snooze: (spaceId: string, ruptureId: string, snoozeUntil: string | null) =>
    request<void>('POST', `${rupturePath(spaceId, ruptureId)}/reminder`, { snoozeUntil }),
  reminders: (spaceId: string) =>
    request<{ ruptures: RuptureView[] }>('GET', `${space(spaceId)}/reminders`).then((r) => r.ruptures),

  createMoment: (
    spaceId: string,
    body: { kind: MomentKind; visibility: Visibility; note?: string; about?: string[] },
  ) => request<{ moment: MomentView }>('POST', `${space(spaceId)}/moments`, body).then((r) => r.moment),
  moment: (spaceId: string, momentId: string) =>
    request<{ moment: MomentView }>('GET', momentPath(spaceId, momentId)).then((r) => r.moment),
  editMoment: (spaceId: string, momentId: string, body: MomentChanges) =>
    request<{ moment: MomentView }>('PATCH', momentPath(spaceId, momentId), body).then((r) => r.moment),
  deleteMoment: (spaceId: string, momentId: string) => request<void>('DELETE', momentPath(spaceId, momentId)),
  editCheckin: (spaceId: string, checkinId: string, note: string | null) =>
    request<{ checkin: CheckinView }>('PATCH', checkinPath(spaceId, checkinId), { note }).then((r) => r.checkin),
  deleteCheckin: (spaceId: string, checkinId: string) => request<void>('DELETE', checkinPath(spaceId, checkinId)),
  checkIn: (spaceId: string, body: { state: CheckinState; intensity: number; note?: string }) =>
    request<{ checkin: CheckinView; regulation: RegulationView }>('POST', `${space(spaceId)}/checkins`, body),
  regulation: (spaceId: string) =>
    request<{ regulation: RegulationView }>('GET', `${space(spaceId)}/regulation`).then((r) => r.regulation),
  /** The insights of one window, over what the viewer may see (DESIGN.md §5). */
  insights: (spaceId: string, window: InsightWindow) =>
    request<{ insights: InsightsResult }>('GET', `${space(spaceId)}/insights?window=${seg(window)}`).then(
      (r) => r.insights,
    ),
  timeline: (spaceId: string, page?: PageRequest) =>
    request<TimelinePage>('GET', `${space(spaceId)}/timeline${pageSearch(page)}`).then(
      (r): Paged<TimelineItem> => ({ items: r.items, next: r.nextBefore }),
    ),
};
