import type { SpaceView } from '@repairable/core';
import { attentionWords } from '../../attention-words';
import { IconPause, IconUsers } from '../../components/icon';
import { Link } from '../../components/link';

/**
 * The top of the space home: what needs you now (SECURITY.md P2: who
 * raised it or reached out, who waits for you in a conversation, who is
 * on a break until when; never a count,
 * never a read receipt). When the viewer is still alone in the space, the
 * next step is to invite the other person, so that comes first instead.
 */
export function NeedsYou(props: { space: SpaceView; conversationWaits?: boolean }) {
  const { space } = props;
  const now = new Date();
  const words = attentionWords(space.attention, space.members, now);
  const need = space.attention.needsYou;
  // A sample space is for looking around: nobody real is invited into made-up history.
  const alone = !space.sample && space.members.every((m) => m.isMe || !m.hasAccount);

  const talk = space.attention.conversation;
  if (!words.needs && !words.talk && words.breaks.length === 0) {
    // A conversation waiting on the viewer is listed just below, with "Your turn".
    if (!alone)
      return props.conversationWaits ? null : <p class="muted needs-you-none">Nothing needs you right now.</p>;
    return (
      <section class="panel panel-soft needs-you" aria-labelledby="invite-first-heading">
        <h2 id="invite-first-heading">Invite the other person</h2>
        <p>This space is just you for now. When they join, you can repair things together.</p>
        <Link href={`/spaces/${space.id}/invite`} class="button button-secondary">
          <IconUsers /> Invite someone
        </Link>
      </section>
    );
  }
  return (
    <section class="panel needs-you" aria-labelledby="needs-you-heading">
      <h2 id="needs-you-heading">{words.needs || words.talk ? 'Something needs you' : 'Taking a break'}</h2>
      {words.talk && talk && (
        <div class="needs-you-item">
          <p>{words.talk}</p>
          <Link href={`/spaces/${space.id}/conversations/${talk.conversationId}`} class="button button-secondary">
            Go to it
          </Link>
        </div>
      )}
      {words.needs && need && (
        <div class="needs-you-item">
          <p>{words.needs}</p>
          <Link href={`/spaces/${space.id}/ruptures/${need.ruptureId}`} class="button button-secondary">
            Open it
          </Link>
        </div>
      )}
      {words.breaks.map((line) => (
        <p key={line} class="needs-you-break">
          <IconPause /> {line}
        </p>
      ))}
    </section>
  );
}
