/**
 * The shapes the HTTP API returns (DESIGN.md §9). The server's presenters
 * produce exactly these; the web app consumes them. Nothing here is a
 * database row.
 */
import type {
  AttemptKind,
  CheckinState,
  MomentKind,
  RuptureKind,
  RuptureSize,
  SpaceKind,
  Visibility,
} from './identifiers';
import type { QuietWallSummary } from './insights/quiet-wall-summary';
import type { Space } from './model';
import type { NeedsYouReason } from './repair/needs-you';
import type { Feeling, RuptureEventType, RuptureStatus } from './repair/types';

export interface UserView {
  id: string;
  email: string;
  displayName: string;
}

export interface SessionView {
  id: string;
  /** A coarse device label such as "Chrome on Android"; never an address. */
  device: string;
  createdAt: string;
  lastUsedAt: string;
  current: boolean;
}

export interface MemberView {
  id: string;
  displayName: string;
  hasAccount: boolean;
  isMe: boolean;
}

/** A space as its members see it: the space itself (with `sample`), its members and what waits on the viewer. */
export interface SpaceView extends Space {
  members: MemberView[];
  /** What waits on the viewer here, from what they may see alone (P2). */
  attention: AttentionView;
  /**
   * The viewer's quiet wall here (open and more than 3 days old), from
   * what they may see alone: the insights' `quietWall.count` in brief, for
   * the home's one line.
   */
  quietWall: QuietWallSummary;
}

/**
 * What waits on the viewer in a space, never as a count and never as a
 * read receipt or presence (SECURITY.md P2); core's `attentionOf` decides,
 * over the ruptures the viewer may see.
 */
export interface AttentionView {
  /** The newest shared rupture at the viewer's step: to recognise it, or to answer a move toward them. */
  needsYou: { ruptureId: string; reason: NeedsYouReason; byMemberId: string } | null;
  /**
   * The newest guided conversation under way, with someone else, that waits
   * on the viewer: their turn, or their private answer still to give; with
   * whom. Never what it is about.
   */
  conversation: { conversationId: string; withMemberId: string } | null;
  /** Others taking a break on a rupture the viewer shares, each once, with the latest return time. */
  breaks: { memberId: string; until: string }[];
}

export interface InviteView {
  token: string;
  /** The path a person opens to join, e.g. `/join/<token>`. */
  path: string;
  expiresAt: string;
}

/** An open invite as the space's members see it in the list: never its token, which is shown once. */
export interface OpenInviteView {
  id: string;
  createdAt: string;
  expiresAt: string;
  /** Whether the viewer made it. */
  madeByMe: boolean;
}

/** What someone holding an invite link may learn before accepting it. */
export interface InvitePreview {
  spaceName: string;
  spaceKind: SpaceKind;
  invitedBy: string;
  expiresAt: string;
}

export interface ApiErrorBody {
  error: { code: string; message: string };
}

export interface AttemptView {
  id: string;
  memberId: string;
  kind: AttemptKind;
  message: string | null;
  returnAt: string | null;
  round: number;
  createdAt: string;
  /** Only on the viewer's own attempts: they went on while flooded (rule 6). */
  whileFlooded?: boolean;
  /** When its maker last changed its message: shown as "edited" to everyone who sees it. */
  editedAt: string | null;
}

export interface ResponseView {
  id: string;
  memberId: string;
  recordedByMemberId: string;
  round: number;
  feel: Feeling;
  need: string | null;
  note: string | null;
  createdAt: string;
  /** When whoever recorded it last changed its need or note. */
  editedAt: string | null;
}

export interface CompletionView {
  memberId: string;
  state: 'waiting' | 'repaired' | 'not_yet';
  need: string | null;
}

export interface RuptureView {
  id: string;
  spaceId: string;
  status: RuptureStatus;
  visibility: Visibility;
  size: RuptureSize;
  kinds: RuptureKind[];
  involved: string[];
  topic: string | null;
  note: string | null;
  occurredAt: string;
  createdAt: string;
  version: number;
  authorMemberId: string;
  isMine: boolean;
  /** Harm: the author's view turns to safety resources (rule 9). */
  harm: boolean;
  recognizedBy: string[];
  round: number;
  pausedUntil: string | null;
  linkedToId: string | null;
  repairHeld: boolean | null;
  raisedAt: string | null;
  repairedAt: string | null;
  letGoAt: string | null;
  /** When its author last changed what it says: shown as "edited"; the earlier wording is not kept. */
  editedAt: string | null;
}

export interface RuptureDetailView extends RuptureView {
  attempts: AttemptView[];
  responses: ResponseView[];
  /** Each involved member's state in the current round; no tally between people. */
  completion: CompletionView[];
  /** The people it was between who have left the space since: their name, so what they said still reads as theirs. */
  departed: DepartedMemberView[];
}

/** Someone who left, as the people who shared a rupture with them still see them: a name, nothing more. */
export interface DepartedMemberView {
  memberId: string;
  displayName: string;
}

export interface SimilarRuptureView {
  id: string;
  occurredAt: string;
  size: RuptureSize;
  topic: string | null;
  status: RuptureStatus;
  reason: { kind: 'same_topic'; topic: string } | { kind: 'similar_words'; words: string[] };
}

export interface MomentView {
  id: string;
  kind: MomentKind;
  visibility: Visibility;
  note: string | null;
  about: string[];
  authorMemberId: string;
  isMine: boolean;
  createdAt: string;
  /** Set once its author changed it: everyone who sees it sees that it was edited. */
  editedAt: string | null;
}

export interface CheckinView {
  id: string;
  state: CheckinState;
  intensity: number;
  note: string | null;
  createdAt: string;
  editedAt: string | null;
}

export interface RegulationView {
  offerBreak: boolean;
  minimumBreakMinutes: number;
  latest: CheckinView | null;
}

export type TimelineItem =
  | { type: 'rupture'; at: string; rupture: RuptureView }
  | { type: 'moment'; at: string; moment: MomentView }
  | { type: 'checkin'; at: string; checkin: CheckinView };

/** What the live socket pushes: only that something changed, never content (P6); clients refetch what they may see. */
export interface LiveMessage {
  /**
   * `member.joined` and `member.left` (with no rupture) go to the space's members when someone
   * joins or leaves; `rupture.deleted` to whoever could see the rupture (only its author: it was private).
   * `moment.edited` and `moment.deleted` go to the moment's author and whoever could see it before or
   * after; `checkin.edited` and `checkin.deleted` to the check-in's member alone.
   */
  type:
    | RuptureEventType
    | 'moment.shared'
    | 'moment.edited'
    | 'moment.deleted'
    | 'checkin.edited'
    | 'checkin.deleted'
    | 'member.joined'
    | 'rupture.deleted'
    | 'conversation.changed';
  spaceId: string;
  ruptureId?: string;
  /** `conversation.changed` (issue 10) names the conversation, and goes to its participants alone. */
  conversationId?: string;
  version?: number;
}
