import { batch } from '@preact/signals';
import type { SessionView } from '@repairable/core';
import { api } from '../api';
import { Alert } from '../components/alert';
import { PageTitle } from '../components/page-title';
import { ShowMore } from '../components/show-more';
import { useAction } from '../components/use-action';
import { usePages } from '../components/use-pages';
import { formatDate } from '../labels';
import { navigate } from '../router';
import { me } from '../state';
import { relativeTime } from '../time';
import { ChangePassword } from './settings/change-password';

export function SettingsScreen() {
  const user = me.value;
  const sessions = usePages(api.sessions, 'sessions', 50);
  const ending = useAction();
  const signingOut = useAction({ leaves: true });
  const now = new Date();

  function endSession(id: string) {
    return ending.run(async () => {
      await api.endSession(id);
      sessions.reload();
    });
  }

  function signOut() {
    return signingOut.run(async () => {
      await api.logout();
      batch(() => {
        navigate('/welcome');
        me.value = null;
      });
    });
  }

  return (
    <>
      <PageTitle>Your account</PageTitle>
      {user && (
        <p class="subtitle">
          Signed in as <strong>{user.displayName}</strong> ({user.email})
        </p>
      )}

      <section class="panel" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Sessions</h2>
        <p class="muted">Where you are signed in. If you don't recognise one, end it and change your password.</p>
        <Alert message={sessions.error ?? ending.error} />
        {sessions.items === undefined && !sessions.error && <p class="loading">Loading…</p>}
        {sessions.items && (
          <ul class="plain-list sessions" aria-labelledby="sessions-heading">
            {sessions.items.map((session) => (
              <li key={session.id} class="session">
                <span class="session-device">{session.device}</span>
                <span class="session-meta">
                  {session.current ? <span class="badge">This device</span> : null}
                  <span class="muted small">{sessionTimes(session, now)}</span>
                </span>
                {!session.current && (
                  <button
                    type="button"
                    class="button-small"
                    aria-disabled={ending.busy}
                    onClick={() => endSession(session.id)}
                  >
                    End session
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <ShowMore pages={sessions} />
      </section>

      <section class="panel" aria-labelledby="password-heading">
        <h2 id="password-heading">Change password</h2>
        <ChangePassword onChanged={sessions.reload} />
      </section>

      <section class="panel panel-quiet" aria-labelledby="signout-heading">
        <h2 id="signout-heading">Sign out</h2>
        <p class="muted">Sign out on this device. Your spaces stay as they are.</p>
        <Alert message={signingOut.error} />
        <button type="button" class="button button-secondary" aria-disabled={signingOut.busy} onClick={signOut}>
          Sign out
        </button>
      </section>
    </>
  );
}

/**
 * When a session was last used and when it began, so two on the same kind
 * of device can be told apart: "In use now · signed in 21 November 2025",
 * "Last used 5 minutes ago · signed in 3 March 2025". These are the person's
 * own sessions (SECURITY.md P2 is about other people).
 */
export function sessionTimes(session: Pick<SessionView, 'current' | 'lastUsedAt' | 'createdAt'>, now: Date): string {
  const used = session.current ? 'In use now' : `Last used ${relativeTime(session.lastUsedAt, now)}`;
  return `${used} · signed in ${formatDate(session.createdAt)}`;
}
