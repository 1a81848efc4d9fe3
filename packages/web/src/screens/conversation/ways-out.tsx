import { type Conversation, GATE_STEP } from '@repairable/core';
import { conversationApi } from '../../conversation-api';
import { isAhead } from '../../time';
import { LaterForm } from './later-form';
import type { ConversationState } from './use-conversation';

/** Which way out is open in place of the step; one at a time. */
export type WayOut = 'none' | 'pause' | 'leave';

/**
 * The ways out of any moment of a conversation, so nobody is stuck waiting:
 * a pause with a return time the other sees, going on alone (the rest at
 * one's own pace), and leaving, which stops it for everyone without naming
 * who stopped. On a waiting screen they are the actions; while it is one's
 * turn they stay quieter, below the step.
 */
export function WaysOut(props: {
  conversation: Conversation;
  viewerId: string;
  state: ConversationState;
  open: WayOut;
  setOpen: (way: WayOut) => void;
  /** Nothing else to do on the screen: the ways out are the actions. */
  waiting: boolean;
  now: Date;
}) {
  const { conversation: c, state, open, setOpen } = props;
  const { spaceId, id } = c;
  const close = () => setOpen('none');
  const canGoAlone = !c.alone && c.participants.some((p) => p !== props.viewerId && p !== c.child);
  // Not beside the gate's own break offer, and not in someone else's run at their own pace.
  const mayPause =
    c.status === 'active' &&
    !(c.stepId === GATE_STEP && c.waitingOn.includes(props.viewerId)) &&
    !(c.alone && c.soloMember !== props.viewerId);
  const mayUnpause = c.status !== 'paused' || c.pausedBy === props.viewerId || !isAhead(c.pausedUntil, props.now);

  if (open === 'pause') {
    return (
      <section class="panel conv-ways" aria-labelledby="ways-heading">
        <h2 id="ways-heading">Take a break</h2>
        <p class="muted">Everything stays where it is. {c.alone ? '' : 'They will see when you plan to be back.'}</p>
        <LaterForm
          busy={state.busy}
          submitLabel="Start break"
          onPick={(until) =>
            state.run((cur) => conversationApi.pause(spaceId, id, until, cur.version)).then((ok) => ok && close())
          }
          onCancel={close}
        />
      </section>
    );
  }
  if (open === 'leave') {
    return (
      <section class="panel conv-ways" aria-labelledby="ways-heading">
        <h2 id="ways-heading">Stop here?</h2>
        <p>
          {c.alone
            ? 'This conversation stops here. What you wrote stays, and you can start again whenever you like.'
            : 'This conversation stops here for both of you. What was said stays, and nobody is blamed for stopping.'}
        </p>
        <div class="actions">
          <button
            type="button"
            class="button button-danger"
            aria-disabled={state.busy}
            onClick={() =>
              state.run((cur) => conversationApi.abandon(spaceId, id, cur.version)).then((ok) => ok && close())
            }
          >
            Stop the conversation
          </button>
          <button type="button" class="button button-quiet" onClick={close}>
            Cancel
          </button>
        </div>
      </section>
    );
  }
  const kind = props.waiting ? 'button button-secondary' : 'button button-quiet';
  return (
    <section class={props.waiting ? 'conv-ways' : 'conv-ways conv-ways-quiet'} aria-label="Need to stop?">
      {props.waiting && <h2 class="conv-ways-title">Not a good moment?</h2>}
      <div class="actions">
        {mayPause && (
          <button type="button" class={kind} onClick={() => setOpen('pause')}>
            Pause
          </button>
        )}
        {canGoAlone && mayUnpause && (
          <button
            type="button"
            class={kind}
            aria-disabled={state.busy}
            onClick={() => state.run((cur) => conversationApi.continueAlone(spaceId, id, cur.version))}
          >
            Go on at my own pace
          </button>
        )}
        <button type="button" class={kind} onClick={() => setOpen('leave')}>
          Stop here
        </button>
      </div>
    </section>
  );
}
