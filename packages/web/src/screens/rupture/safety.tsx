import type { RuptureDetailView, SpaceView } from '@repairable/core';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Alert } from '../../components/alert';
import { Link } from '../../components/link';
import { PageTitle } from '../../components/page-title';
import { headingOf } from '../../safety-labels';
import { safetyApi, useSafetyMode } from '../../safety-state';
import { relativeTime } from '../../time';
import { Helplines } from '../safety/helplines';
import { SafetyHelp } from '../safety/safety-help';
import { OwnRuptureTools } from './own-rupture';
import type { RuptureState } from './use-rupture';

/**
 * Rule 9 and SECURITY.md P5 on a rupture's own page. Marked as harm, the
 * page is a private note with the safety view instead of repair steps, and
 * its heading says nothing of what happened. While the person's view puts
 * safety first, their rupture pages offer support instead of raise and
 * attempt prompts. On their own rupture, "This was harm" is always there.
 */

/**
 * The rupture page, or, when the rupture is marked as harm or this
 * person's view puts safety first, the page with support instead of repair
 * steps. Mounted around the usual page in one line of rupture.tsx.
 */
export function SafetyInstead(props: { space: SpaceView; state: RuptureState; children: ComponentChildren }) {
  const safetyFirst = useSafetyMode();
  const rupture = props.state.rupture;
  if (!rupture || !(rupture.harm || safetyFirst)) return <>{props.children}</>;
  return <SafetyRupturePage space={props.space} state={props.state} />;
}

/** The whole rupture page when it shows support instead of repair steps. */
function SafetyRupturePage(props: { space: SpaceView; state: RuptureState }) {
  const { space, state } = props;
  const rupture = state.rupture;
  if (!rupture) return null;
  return (
    <>
      <PageTitle back={{ href: `/spaces/${space.id}`, label: space.name }}>{headingOf(rupture)}</PageTitle>
      <p class="subtitle">{relativeTime(rupture.occurredAt, new Date())}</p>
      {rupture.harm && (
        <p role="status" class="rupture-status">
          Only you can see this.
        </p>
      )}
      <Alert message={state.actionError} />
      {(rupture.topic || rupture.note) && (
        <div class="rupture-note">
          {rupture.topic && <p class="muted small">Topic: {rupture.topic}</p>}
          {rupture.note && <p class="note-text">{rupture.note}</p>}
        </div>
      )}
      {rupture.harm ? (
        <SafetyHelp />
      ) : (
        <section class="panel safety" aria-labelledby="safety-first-rupture">
          <h2 id="safety-first-rupture">Your safety comes first</h2>
          <p>
            Repair steps are resting while your view puts your safety first. You can{' '}
            <Link href="/safety">switch back</Link> whenever you feel safe.
          </p>
          <Helplines headingLevel={3} />
        </section>
      )}
      <OwnRuptureTools rupture={rupture} />
      <MarkHarm rupture={rupture} state={state} />
    </>
  );
}

/**
 * "This was harm", quietly, on one's own rupture at any time, with a
 * confirm that says what happens. Renders nothing on someone else's
 * rupture or one already marked.
 */
export function MarkHarm(props: { rupture: RuptureDetailView; state: RuptureState }) {
  const { rupture, state } = props;
  const [asking, setAsking] = useState(false);
  if (!rupture.isMine || rupture.harm) return null;

  if (!asking) {
    return (
      <p class="mark-harm">
        <button type="button" class="button button-quiet" onClick={() => setAsking(true)}>
          This was harm
        </button>
      </p>
    );
  }
  return (
    <section class="panel panel-soft mark-harm" aria-labelledby="mark-harm-heading">
      <h2 id="mark-harm-heading">Was this harm?</h2>
      <p>
        Harm means being hurt, threatened, frightened or controlled. It is not something to repair on your own. If you
        mark it:
      </p>
      <ul>
        <li>it leaves repair, and nobody else in this space sees it again, in any list or on any screen;</li>
        <li>you will find support here instead of repair steps;</li>
        <li>this can't be undone, so nobody can press you into showing it again.</li>
      </ul>
      <div class="actions">
        <button
          type="button"
          class="button button-danger"
          aria-disabled={state.busy}
          onClick={() => state.run(safetyApi.markHarm)}
        >
          Yes, this was harm
        </button>
        <button type="button" class="button button-quiet" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </section>
  );
}
