import {
  CHECKIN_STEP,
  type Conversation,
  currentStep,
  hasEnded,
  type MemberView,
  PROTOCOLS,
  type SpaceView,
} from '@repairable/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api';
import type { ScreenProps } from '../../app';
import { Alert } from '../../components/alert';
import { Breathing } from '../../components/breathing';
import { Link } from '../../components/link';
import { PageTitle } from '../../components/page-title';
import { ToneHint } from '../../components/tone-hint';
import { useLoad } from '../../components/use-load';
import { useNow } from '../../components/use-now';
import { conversationApi } from '../../conversation-api';
import { answeringTo, otherOf, revealWords, stepWords, whoseTurn } from '../../conversation-words';
import { repairApi } from '../../repair-api';
import { joinNames, nameOf } from '../../rupture-status';
import { isAhead } from '../../time';
import { BreathPause } from './breath-pause';
import { EndedWords, Summary } from './ended';
import { type Answer, StepForm } from './step-form';
import { STALE_MESSAGE, useConversation } from './use-conversation';
import { type WayOut, WaysOut } from './ways-out';

/**
 * The turn screen of a guided conversation: at the top, whose turn it is
 * and what to do, in plain words; then the one step that is the viewer's
 * (one filled button), or what the other is doing and the ways out of
 * waiting. What was said gathers beside it. Live: the socket says only that
 * the conversation changed, and the screen refetches it.
 */
export function ConversationScreen(props: ScreenProps) {
  const spaceId = props.params.spaceId ?? '';
  const conversationId = props.params.conversationId ?? '';
  const space = useLoad(() => api.space(spaceId), spaceId);
  const [ruptureRound, setRuptureRound] = useState(0);
  const state = useConversation(spaceId, conversationId, () => setRuptureRound((n) => n + 1));
  const ruptureId = state.conversation?.ruptureId ?? null;
  const rupture = useLoad(
    () => (ruptureId ? repairApi.rupture(spaceId, ruptureId) : Promise.resolve(undefined)),
    `${ruptureId}/${ruptureRound}/${state.conversation?.status}`,
  );

  const problem = space.error ?? state.loadError;
  if (problem) return <Unavailable spaceId={spaceId} status={problem.status} message={problem.message} />;
  const me = space.data?.members.find((m) => m.isMe);
  if (!space.data || !state.conversation || !me) return <p class="loading">Loading…</p>;
  return (
    <ConversationPage
      space={space.data}
      me={me}
      conversation={state.conversation}
      state={state}
      rupture={rupture.data}
    />
  );
}

function ConversationPage(props: {
  space: SpaceView;
  me: MemberView;
  conversation: Conversation;
  state: ReturnType<typeof useConversation>;
  rupture: Awaited<ReturnType<typeof repairApi.rupture>> | undefined;
}) {
  const { space, me, conversation: c, state } = props;
  const members = space.members;
  const protocol = PROTOCOLS[c.protocol];
  const now = useNow(c.pausedUntil);
  const ended = hasEnded(c);
  const back = c.ruptureId ? `/spaces/${space.id}/ruptures/${c.ruptureId}` : `/spaces/${space.id}`;
  const [way, setWay] = useState<WayOut>('none');

  return (
    <>
      <PageTitle back={{ href: back, label: c.ruptureId ? 'The rupture' : space.name }}>{protocol.title}</PageTitle>
      <p class="subtitle">
        {withWhom(c, me.id, members)} · {protocol.inspiredBy}
      </p>
      <div class="columns conv-columns">
        <div class="column-main">
          {state.stale && (
            <p role="alert" class="note">
              {STALE_MESSAGE}
            </p>
          )}
          <Alert message={state.error} />
          {ended ? (
            <EndedWords conversation={c} title={protocol.title} rupture={props.rupture} members={members} />
          ) : way !== 'none' ? null : c.status === 'paused' ? (
            <Paused conversation={c} me={me} members={members} now={now} state={state} />
          ) : (
            <Turn conversation={c} me={me} members={members} state={state} now={now} />
          )}
          {!ended && (
            <WaysOut
              conversation={c}
              viewerId={me.id}
              state={state}
              open={way}
              setOpen={setWay}
              waiting={c.status === 'active' && !c.waitingOn.includes(me.id)}
              now={now}
            />
          )}
        </div>
        <div class="column-aside">
          <Summary conversation={c} title={protocol.title} members={members} viewerId={me.id} ended={ended} />
        </div>
      </div>
    </>
  );
}

/** "With Bea", "With Mia (3–6)", "On your own". */
function withWhom(c: Conversation, viewerId: string, members: readonly MemberView[]): string {
  if (c.child) return `With ${nameOf(c.child, members)}, aged ${c.ageBand?.replace('-', '–') ?? ''}`;
  const others = c.participants.filter((p) => p !== viewerId).map((p) => nameOf(p, members));
  if (others.length === 0) return 'On your own';
  return c.alone && c.soloMember === viewerId
    ? `About you and ${joinNames(others)}, at your own pace`
    : `With ${joinNames(others)}`;
}

function Turn(props: {
  conversation: Conversation;
  me: MemberView;
  members: readonly MemberView[];
  state: ReturnType<typeof useConversation>;
  now: Date;
}) {
  const { conversation: c, me, members, state } = props;
  const step = currentStep(c);
  const words = stepWords(c, me.id, members);
  const reveal = revealWords(c, me.id, members);
  // What the one acting answers to (what was shared, for the listener to say back); not on steps everyone answers.
  const quote =
    words?.acting && (step.role === 'speaker' || step.role === 'listener') ? answeringTo(c, members, me.id) : undefined;
  const [breathed, setBreathed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const visit = `${c.stepId}/${c.stepSince}`;

  // A new step: the heading takes focus if nothing else has it (after one's own answer the form is gone).
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) heading.current?.focus({ preventScroll: true });
  }, [visit]);

  if (!words) return null;
  const together = otherOf(c, me.id) !== undefined && !c.alone;
  const breatheFirst = words.acting && c.stepId === CHECKIN_STEP && !breathed;
  const answer = (input: Answer) =>
    state.run((cur) => conversationApi.answer(c.spaceId, c.id, { stepId: cur.stepId, input, version: cur.version }));

  return (
    <section class="panel conv-turn" aria-labelledby="turn-heading">
      <div aria-live="polite">
        <p class={words.acting ? 'conv-whose conv-whose-mine' : 'conv-whose'}>
          {whoseTurn(c, me.id, members, props.now)}
        </p>
        <h2 id="turn-heading" tabIndex={-1} ref={heading}>
          {breatheFirst ? 'First, breathe' : words.text}
        </h2>
        {reveal && <p class="note note-info">{reveal}</p>}
      </div>
      {quote && (
        <figure class="conv-quote">
          <figcaption class="muted small">{quote.who} said</figcaption>
          <blockquote>{quote.words}</blockquote>
        </figure>
      )}
      {breatheFirst ? (
        <BreathPause together={together} onReady={() => setBreathed(true)} />
      ) : words.acting ? (
        <StepForm
          key={visit}
          conversation={c}
          step={step}
          hint={words.hint}
          busy={state.busy}
          onAnswer={answer}
          tone={(text) => <ToneHint text={text} />}
        />
      ) : (
        <p class="muted">
          {c.alone
            ? 'You can read along here as they go.'
            : "You'll see it here as soon as it's your turn. You can close this screen; your place is kept."}
        </p>
      )}
    </section>
  );
}

function Paused(props: {
  conversation: Conversation;
  me: MemberView;
  members: readonly MemberView[];
  now: Date;
  state: ReturnType<typeof useConversation>;
}) {
  const { conversation: c, me, members, state } = props;
  const mine = c.pausedBy === me.id;
  const over = !isAhead(c.pausedUntil, props.now);
  const resume = () => state.run((cur) => conversationApi.resume(c.spaceId, c.id, cur.version));
  return (
    <section class="panel conv-turn" aria-labelledby="turn-heading">
      <div aria-live="polite">
        <p class="conv-whose">{whoseTurn(c, me.id, members, props.now)}</p>
        <h2 id="turn-heading">
          {mine
            ? 'Take your time.'
            : over
              ? 'You can pick up where you left off.'
              : 'Nothing is asked of you until then.'}
        </h2>
      </div>
      {mine && <p class="muted">Everything stays where it is. Come back when you're ready, even sooner.</p>}
      {(mine || over) && (
        <p class="actions">
          <button
            type="button"
            class={mine ? 'button button-secondary' : 'button'}
            onClick={resume}
            aria-disabled={state.busy}
          >
            {mine ? "I'm back" : 'Pick up where we left off'}
          </button>
        </p>
      )}
      {mine && <Breathing headingLevel={3} />}
    </section>
  );
}

function Unavailable(props: { spaceId: string; status: number; message: string }) {
  const gone = props.status === 404 || props.status === 400;
  return (
    <>
      <PageTitle>{gone ? 'We could not find this.' : 'This did not load.'}</PageTitle>
      {gone ? <p>It may have ended, or it is between other people.</p> : <Alert message={props.message} />}
      <p>
        <Link href={`/spaces/${props.spaceId}`} class="button button-secondary">
          Back to the space
        </Link>
      </p>
    </>
  );
}
