import type { LiveMessage } from '@repairable/core';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import type { ScreenProps } from '../app';
import { Status } from '../components/alert';
import { IconClock, IconHeart, IconLeaf, IconMessage, IconSettings } from '../components/icon';
import { Link } from '../components/link';
import { PageTitle } from '../components/page-title';
import { SampleBadge } from '../components/sample-badge';
import { useLiveRefresh } from '../components/use-live';
import { useLoad } from '../components/use-load';
import { SPACE_KIND_LABELS } from '../labels';
import { useSafetyMode } from '../safety-state';
import { takeFlash } from '../state';
import { TERMS } from '../terms';
import { SafetyFirst } from './safety/safety-first';
import { InsightsLine } from './space/insights-line';
import { NeedsYou } from './space/needs-you';
import { conversationWaitsOn, OpenConversations, useOpenConversations } from './space/open-conversations';
import { OpenList } from './space/open-list';
import { QuickLog } from './space/quick-log';
import { SpaceUnavailable } from './space/space-unavailable';

/**
 * The space home, with one job: what needs you now, the quick log, what is
 * still open (with the reminders of rule 7), and the way to the timeline,
 * with Check in and Something good. The timeline, which holds everything
 * including what is open, has its own screen (space-timeline.tsx), and so
 * do members, invites and the space's settings ("People and settings").
 * Everything here refreshes on live messages: the space itself (what needs
 * you, who is here) and the Open list.
 */
export function SpaceScreen(props: ScreenProps) {
  const spaceId = props.params.spaceId ?? '';
  const space = useLoad(() => api.space(spaceId), spaceId);
  const [refresh, setRefresh] = useState(0);
  const [saved, setSaved] = useState<string | undefined>(undefined);
  const bump = () => setRefresh((n) => n + 1);
  // Safety first (P5): joint prompts such as "needs you" step aside.
  const safetyFirst = useSafetyMode();
  const conversations = useOpenConversations(spaceId, refresh);
  useLiveRefresh(spaceId, (message: LiveMessage | null) => {
    space.reload();
    // Someone joining or leaving changes no list here, only the space.
    if (message?.type !== 'member.joined') bump();
  });
  // A confirmation from the screen before ("Saved."), set once the page is there so it is announced.
  const loaded = space.data !== undefined;
  useEffect(() => {
    if (loaded) setSaved(takeFlash());
  }, [loaded]);

  if (space.error) return <SpaceUnavailable message={space.error.message} status={space.error.status} />;
  if (!space.data) return <p class="loading">Loading…</p>;

  const current = space.data;
  const myId = current.members.find((m) => m.isMe)?.id;
  const afterLog = () => {
    bump();
    space.reload();
  };
  return (
    <>
      <div class="title-row">
        <PageTitle back={{ href: '/', label: 'Your spaces' }}>{current.name}</PageTitle>
        <Link href={`/spaces/${current.id}/people`} class="button button-secondary button-small">
          <IconSettings /> People and settings
        </Link>
      </div>
      <p class="subtitle">
        {SPACE_KIND_LABELS[current.kind]}
        <SampleBadge space={current} />
      </p>
      <Status message={saved} />

      <div class="columns home-columns">
        <div class="column-main">
          <SafetyFirst />
          {!safetyFirst && <NeedsYou space={current} conversationWaits={conversationWaitsOn(conversations, myId)} />}
          {!safetyFirst && <OpenConversations space={current} items={conversations} />}
          <QuickLog space={current} onSaved={afterLog} />
          <div class="actions home-links">
            <Link href={`/spaces/${current.id}/check-in`} class="button button-secondary">
              <IconLeaf /> Check in
            </Link>
            <Link href={`/spaces/${current.id}/moments/new`} class="button button-secondary">
              <IconHeart /> Something good
            </Link>
            <Link href={`/spaces/${current.id}/conversations/new`} class="button button-secondary">
              <IconMessage /> Talk it through
            </Link>
          </div>
          <details class="terms home-terms">
            <summary>What are Check in and Something good?</summary>
            <p>
              <strong>Check in:</strong> {TERMS.checkIn}
            </p>
            <p>
              <strong>Something good:</strong> {TERMS.somethingGood}
            </p>
          </details>
        </div>
        <aside class="column-aside" aria-label="What is open">
          <OpenList space={current} refresh={refresh} />
          <p class="home-timeline">
            <Link href={`/spaces/${current.id}/timeline`} class="button button-secondary button-block">
              <IconClock /> See the timeline
            </Link>
          </p>
          <InsightsLine space={current} />
        </aside>
      </div>
    </>
  );
}
