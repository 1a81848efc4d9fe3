import { batch } from '@preact/signals';
import { useState } from 'preact/hooks';
import { api, errorMessage } from '../api';
import { Alert } from '../components/alert';
import { PageTitle } from '../components/page-title';
import { useLoad } from '../components/use-load';
import { formatDate } from '../labels';
import { navigate } from '../router';
import { me } from '../state';
import { ChangePassword } from './settings/change-password';

export function SettingsScreen() {
  const user = me.value;
  const sessions = useLoad(api.sessions, 'sessions');
  const [error, setError] = useState<string | undefined>(undefined);

  async function endSession(id: string) {
    setError(undefined);
    try {
      await api.endSession(id);
      sessions.reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function signOut() {
    setError(undefined);
    try {
      await api.logout();
      batch(() => {
        navigate('/welcome');
        me.value = null;
      });
    } catch (err) {
      setError(errorMessage(err));
    }
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
        <Alert message={sessions.error?.message ?? error} />
        {sessions.data === undefined && !sessions.error && <p class="loading">Loading…</p>}
        {sessions.data && (
          <ul class="sessions" aria-labelledby="sessions-heading">
            {sessions.data.map((session) => (
              <li key={session.id} class="session">
                <span class="session-device">{session.device}</span>
                <span class="session-meta">
                  {session.current ? <span class="badge">This device</span> : null}
                  <span class="muted small">Signed in {formatDate(session.createdAt)}</span>
                </span>
                {!session.current && (
                  <button type="button" class="button-small" onClick={() => endSession(session.id)}>
                    End session
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="panel" aria-labelledby="password-heading">
        <h2 id="password-heading">Change password</h2>
        <ChangePassword onChanged={sessions.reload} />
      </section>

      <section class="panel panel-quiet" aria-labelledby="signout-heading">
        <h2 id="signout-heading">Sign out</h2>
        <p class="muted">Sign out on this device. Your spaces stay as they are.</p>
        <button type="button" class="button button-secondary" onClick={signOut}>
          Sign out
        </button>
      </section>
    </>
  );
}
