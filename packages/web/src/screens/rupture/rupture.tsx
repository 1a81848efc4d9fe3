import { isOpen, nextStep, type RuptureDetailView, type SpaceView } from '@repairable/core';
import { api } from '../../api';
import type { ScreenProps } from '../../app';
import { Alert } from '../../components/alert';
import { Breathing } from '../../components/breathing';
import { Link } from '../../components/link';
import { PageTitle } from '../../components/page-title';
import { useLoad } from '../../components/use-load';
import { useNow } from '../../components/use-now';
import { KIND_LABELS, ruptureHeading } from '../../repair-labels';
import { statusWords } from '../../rupture-status';
import { isAhead, relativeTime } from '../../time';
import { RuptureActions } from './actions';
import { CompletionMoment } from './completion-moment';
import { ConversationLink } from './conversation-link';
import { History } from './history';
import { OwnRuptureTools, RuptureEdited } from './own-rupture';
import { MarkHarm, SafetyInstead } from './safety';
import { SimilarQuestion } from './similar';
import { type RuptureState, STALE_MESSAGE, useRupture } from './use-rupture';

/**
 * One rupture: its status in words, the viewer's own step (core
 * `nextStep`), the note, and what was said in order. Its title and h1
 * never carry the note or topic (SECURITY.md P6). Marked as harm, or while
 * the viewer's view puts safety first, `SafetyInstead` shows the page with
 * support instead, so `RupturePage` is only ever a rupture in repair.
 */
export function RuptureScreen(props: ScreenProps) {
  const spaceId = props.params.spaceId ?? '';
  const ruptureId = props.params.ruptureId ?? '';
  const space = useLoad(() => api.space(spaceId), spaceId);
  const state = useRupture(spaceId, ruptureId);

  const problem = space.error ?? state.loadError;
  if (problem) return <RuptureUnavailable spaceId={spaceId} status={problem.status} message={problem.message} />;
  if (!space.data || !state.rupture) return <p class="loading">Loading…</p>;
  return (
    <SafetyInstead space={space.data} state={state}>
      <RupturePage space={space.data} rupture={state.rupture} state={state} />
    </SafetyInstead>
  );
}

function RupturePage(props: { space: SpaceView; rupture: RuptureDetailView; state: RuptureState }) {
  const { space, rupture, state } = props;
  const now = useNow(rupture.pausedUntil);
  const paused = isOpen(rupture) && isAhead(rupture.pausedUntil, now);
  const kinds = rupture.kinds.map((kind) => KIND_LABELS[kind]).join(', ');
  const people = { members: space.members, departed: rupture.departed };
  const me = space.members.find((m) => m.isMe);
  const step = me ? nextStep(rupture, { viewerId: me.id, members: space.members, now }) : { kind: 'none' as const };

  return (
    <>
      <PageTitle back={{ href: `/spaces/${space.id}`, label: space.name }}>{ruptureHeading(rupture.size)}</PageTitle>
      <p class="subtitle">
        {kinds} · {relativeTime(rupture.occurredAt, now)}
        <RuptureEdited rupture={rupture} now={now} />
      </p>
      {/* From 64 rem: their own step and the note on one side, what was said on the other. One column below. */}
      <div class="columns rupture-columns">
        <div class="column-main">
          <p role="status" class="rupture-status">
            {statusWords(rupture, { members: space.members, now })}
          </p>
          {state.stale && (
            <p role="alert" class="note">
              {STALE_MESSAGE}
            </p>
          )}
          <Alert message={state.actionError} />
          {rupture.status === 'repaired' && (
            <CompletionMoment rupture={rupture} spaceKind={space.kind} members={space.members} />
          )}
          {/* During a break the breathing comes first, above any long note. */}
          {paused && (
            <Breathing>
              <p class="muted small">Nothing is asked of anyone during a break. Come back when it ends, or sooner.</p>
            </Breathing>
          )}
          <RuptureActions space={space} rupture={rupture} state={state} step={step} people={people} now={now} />
          <ConversationLink spaceId={space.id} rupture={rupture} members={space.members} />
          <RuptureNote rupture={rupture} />
          <SimilarQuestion ruptureId={rupture.id} state={state} />
        </div>
        <div class="column-aside">
          <History rupture={rupture} people={people} now={now} state={state} />
          {rupture.linkedToId && (
            <p class="muted">
              This is like <Link href={`/spaces/${space.id}/ruptures/${rupture.linkedToId}`}>an earlier rupture</Link>.
            </p>
          )}
          {rupture.repairHeld === false && (
            <p class="muted">Something like this came back later. It may be worth another gentle look together.</p>
          )}
        </div>
      </div>
      <OwnRuptureTools rupture={rupture} />
      <MarkHarm rupture={rupture} state={state} />
    </>
  );
}

function RuptureNote(props: { rupture: RuptureDetailView }) {
  const { topic, note } = props.rupture;
  if (!topic && !note) return null;
  return (
    <div class="rupture-note">
      {topic && <p class="muted small">Topic: {topic}</p>}
      {note && <p class="note-text">{note}</p>}
    </div>
  );
}

function RuptureUnavailable(props: { spaceId: string; status: number; message: string }) {
  const gone = props.status === 404 || props.status === 400;
  return (
    <>
      <PageTitle>{gone ? 'We could not find this.' : 'This did not load.'}</PageTitle>
      {gone ? <p>It may have been removed, or it is not shared with you.</p> : <Alert message={props.message} />}
      <p>
        <Link href={`/spaces/${props.spaceId}`} class="button button-secondary">
          Back to the space
        </Link>
      </p>
    </>
  );
}
