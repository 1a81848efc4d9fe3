import { type Conversation, PROTOCOLS, type SpaceView } from '@repairable/core';
import { IconChevronRight, IconMessage } from '../../components/icon';
import { Link } from '../../components/link';
import { useLoad } from '../../components/use-load';
import { conversationApi } from '../../conversation-api';
import { whoseTurn } from '../../conversation-words';
import { joinNames, nameOf } from '../../rupture-status';

/** A conversation in a list: its title and with whom ("Talk it through with Bea"). */
export function conversationName(c: Pick<Conversation, 'protocol' | 'participants'>, space: SpaceView): string {
  const me = space.members.find((m) => m.isMe)?.id;
  const others = c.participants.filter((p) => p !== me).map((p) => nameOf(p, space.members));
  const title = PROTOCOLS[c.protocol].title;
  return others.length > 0 ? `${title} with ${joinNames(others)}` : title;
}

/** The conversations under way that the viewer takes part in, refetched with the home. */
export function useOpenConversations(spaceId: string, refresh: number): readonly Conversation[] {
  const open = useLoad(() => conversationApi.open(spaceId), `${spaceId}/${refresh}`);
  return open.data ?? [];
}

/** Whether one of them waits on the viewer now. */
export function conversationWaitsOn(items: readonly Conversation[], memberId: string | undefined): boolean {
  return items.some((c) => c.status === 'active' && memberId !== undefined && c.waitingOn.includes(memberId));
}

/**
 * The conversations under way that the viewer takes part in, each a link
 * with whose turn it is, so someone asked to talk finds it on the home.
 * Refetched with everything else on the home when the socket says so.
 */
export function OpenConversations(props: { space: SpaceView; items: readonly Conversation[] }) {
  const { space, items } = props;
  const me = space.members.find((m) => m.isMe)?.id ?? '';
  if (items.length === 0) return null;
  const now = new Date();
  return (
    <section class="panel" aria-labelledby="conversations-heading">
      <h2 id="conversations-heading">Conversations under way</h2>
      <ul class="plain-list rows">
        {items.map((c) => (
          <li key={c.id}>
            <Link href={`/spaces/${space.id}/conversations/${c.id}`} class="row">
              <IconMessage />
              <span class="row-text">
                {conversationName(c, space)}
                <span class="muted small"> · {whoseTurn({ ...c, entries: [] }, me, space.members, now)}</span>
              </span>
              <IconChevronRight />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
