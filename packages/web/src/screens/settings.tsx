import { batch } from '@preact/signals';
import { api } from '../api';
import { Alert } from '../components/alert';
import { PageTitle } from '../components/page-title';
import { ShowMore } from '../components/show-more';
import { useAction } from '../components/use-action';
import { usePages } from '../components/use-pages';
import { formatDate } from '../labels';
import { navigate } from '../router';
import { me } from '../state';
import { ChangePassword } from './settings/change-password';

export function SettingsScreen() {
  const user = me.value;
  const sessions = usePages(api.sessions, 'sessions', 50);
  const ending = useAction();
  const signingOut = useAction({ leaves: true });

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
          <ul class="sessions" aria-labelledby="sessions-heading">
            {sessions.items.map((session) => (
              <li key={session.id} class="session">
                <span class="session-device">{session.device}</span>
                <span class="session-meta">
                  {session.current ? <span class="badge">This device</span> : null}
                  <span class="muted small">Signed in {formatDate(session.createdAt)}</span>
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
