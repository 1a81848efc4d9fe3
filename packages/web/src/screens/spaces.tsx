import type { SpaceView } from '@repairable/core';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import { attentionWords } from '../attention-words';
import { Alert } from '../components/alert';
import { IconPlus } from '../components/icon';
import { Link } from '../components/link';
import { PageTitle } from '../components/page-title';
import { SampleBadge } from '../components/sample-badge';
import { ShowMore } from '../components/show-more';
import { usePages } from '../components/use-pages';
import { countPeople, SPACE_KIND_LABELS } from '../labels';
import { onLive } from '../live';
import { useSafetyMode } from '../safety-state';
import { introSeen, markIntroSeen } from './onboarding/first-time';
import { Intro } from './onboarding/intro';
import { SampleSpace } from './spaces/sample-space';

/**
 * Your spaces, each with a quiet "Needs you" marker when something there is
 * at your step (who raised it, who is on a break until when; never a count).
 * Refreshes on any live message. Someone with no space who has not seen the
 * introduction gets it here first.
 */
export function SpacesScreen() {
  const [round, setRound] = useState(0);
  const spaces = usePages(api.spaces, `spaces|${round}`, 50);
  const [intro, setIntro] = useState(!introSeen());
  useEffect(() => onLive(() => setRound((n) => n + 1)), []);

  const empty = spaces.items?.length === 0;
  const showIntro = empty && intro;
  const skip = () => {
    markIntroSeen();
    setIntro(false);
  };
  return (
    <>
      <div class="title-row">
        <PageTitle>Your spaces</PageTitle>
        <Link href="/spaces/new" class={showIntro ? 'button button-secondary' : 'button'}>
          <IconPlus /> New space
        </Link>
      </div>
      <Alert message={spaces.error} />
      {spaces.items === undefined && !spaces.error && <p class="loading">Loading…</p>}
      {showIntro && <Intro onDone={skip} onLast={markIntroSeen} />}
      {empty && !showIntro && (
        <div class="empty">
          <p>
            A space is one relationship: you and a partner, a child, a friend. Start one and invite the other person
            when you're ready.
          </p>
        </div>
      )}
      {spaces.items && spaces.items.length > 0 && (
        <ul class="plain-list cards" aria-label="Spaces">
          {spaces.items.map((space) => (
            <SpaceCard key={space.id} space={space} />
          ))}
        </ul>
      )}
      <ShowMore pages={spaces} />
      {spaces.items !== undefined && !showIntro && <SampleSpace />}
    </>
  );
}

function SpaceCard(props: { space: SpaceView }) {
  const { space } = props;
  // Safety first (P5): joint prompts step aside, on this list too.
  const safetyFirst = useSafetyMode();
  const words = safetyFirst
    ? { needs: undefined, talk: undefined, breaks: [] }
    : attentionWords(space.attention, space.members, new Date());
  return (
    <li class="card card-link">
      <Link href={`/spaces/${space.id}`} class="card-title">
        {space.name}
      </Link>
      <p class="card-meta">
        {SPACE_KIND_LABELS[space.kind]} · {countPeople(space.members.length)}
        <SampleBadge space={space} />
      </p>
      {(words.needs || words.talk) && (
        <p class="card-attention">
          <span class="badge">Needs you</span> {words.needs ?? words.talk}
        </p>
      )}
      {words.needs && words.talk && <p class="card-attention">{words.talk}</p>}
      {words.breaks.map((line) => (
        <p key={line} class="card-attention muted small">
          {line}
        </p>
      ))}
    </li>
  );
}
