import { LIMITS } from '@repairable/core';
import { useState } from 'preact/hooks';
import { api } from '../../api';
import { Alert, Status } from '../../components/alert';
import { Field } from '../../components/field';
import { useAction } from '../../components/use-action';
import { PASSWORD_HINT } from '../../labels';

export function ChangePassword(props: { onChanged: () => void }) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [endOtherSessions, setEndOtherSessions] = useState(false);
  const [done, setDone] = useState<string | undefined>(undefined);
  const { busy, error, setError, run } = useAction();

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setDone(undefined);
    if (!currentPassword) return setError('Please enter your current password.');
    if ([...newPassword].length < LIMITS.passwordMin)
      return setError('Please use a new password of at least 8 characters.');
    await run(async () => {
      await api.changePassword({ currentPassword, newPassword, endOtherSessions });
      setCurrentPassword('');
      setNewPassword('');
      setDone(
        endOtherSessions
          ? 'Your password is changed, and you are signed out everywhere else.'
          : 'Your password is changed.',
      );
      setEndOtherSessions(false);
      props.onChanged();
    });
  }

  return (
    <form class="stack" onSubmit={submit} noValidate>
      <Field
        label="Current password"
        type="password"
        value={currentPassword}
        onInput={setCurrentPassword}
        autocomplete="current-password"
        maxLength={LIMITS.passwordMax}
      />
      <Field
        label="New password"
        type="password"
        hint={PASSWORD_HINT}
        value={newPassword}
        onInput={setNewPassword}
        autocomplete="new-password"
        maxLength={LIMITS.passwordMax}
      />
      <label class="check">
        <input
          type="checkbox"
          checked={endOtherSessions}
          onChange={(event) => setEndOtherSessions(event.currentTarget.checked)}
        />
        <span>Sign out everywhere else</span>
      </label>
      <Alert message={error} />
      <Status message={done} />
      <button type="submit" class="button" aria-disabled={busy}>
        Change password
      </button>
    </form>
  );
}
