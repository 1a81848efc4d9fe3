import type { MemberView, RuptureDetailView } from '@repairable/core';
import { IconMessage } from '../../components/icon';
import { Link } from '../../components/link';
import { useLoad } from '../../components/use-load';
import { conversationApi } from '../../conversation-api';
import { availableActions } from '../../rupture-actions';

/**
 * A guided conversation about this rupture: back to the one under way, or
 * a way to start one, for someone who can act on it. Never on harm (rule
 * 9: the page shows support instead, and this is not reached).
 */
export function ConversationLink(props: { spaceId: string; rupture: RuptureDetailView; members: MemberView[] }) {
  const { spaceId, rupture } = props;
  const can = availableActions(rupture, props.members).attempt;
  const asked = can && !rupture.harm;
  const open = useLoad(
    async () => ({ under: asked ? await conversationApi.openFromRupture(spaceId, rupture.id) : undefined }),
    `${spaceId}/${rupture.id}/${rupture.version}/${asked}`,
  );
  if (!asked || !open.data) return null;
  const { under } = open.data;
  return (
    <p class="conv-link">
      {under ? (
        <Link href={`/spaces/${spaceId}/conversations/${under.id}`} class="button button-secondary">
          <IconMessage /> Back to your conversation
        </Link>
      ) : (
        <Link href={`/spaces/${spaceId}/conversations/new?rupture=${rupture.id}`} class="button button-secondary">
          <IconMessage /> Talk it through, step by step
        </Link>
      )}
    </p>
  );
}
