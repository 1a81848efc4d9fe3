import { LIMITS } from '@repairable/core';
import { useState } from 'preact/hooks';
import { api } from '../../api';
import { Status } from '../../components/alert';
import { ErrorSummary } from '../../components/error-summary';
import { PasswordField } from '../../components/password-field';
import { useAction } from '../../components/use-action';
import { apiErrors, type Rules, useForm } from '../../components/use-form';
import { PASSWORD_HINT } from '../../labels';

type Passwords = { currentPassword: string; newPassword: string };

const RULES: Rules<Passwords> = {
  currentPassword: (v) => (v ? undefined : 'Please enter your current password.'),
  newPassword: (v) =>
    [...v].length < LIMITS.passwordMin
      ? `Please use a new password of at least ${LIMITS.passwordMin} characters.`
      : undefined,
};

/** Which field a refusal from the server is about. */
const FIELD_FOR = {
  wrong_password: 'currentPassword',
  password_too_short: 'newPassword',
  password_too_long: 'newPassword',
  password_too_common: 'newPassword',
} as const;

const EMPTY: Passwords = { currentPassword: '', newPassword: '' };

export function ChangePassword(props: { onChanged: () => void }) {
  const form = useForm<Passwords>({
    initial: EMPTY,
    rules: RULES,
    limits: { currentPassword: LIMITS.passwordMax, newPassword: LIMITS.passwordMax },
    names: { currentPassword: 'Your current password', newPassword: 'Your new password' },
    order: ['currentPassword', 'newPassword'],
  });
  const [endOtherSessions, setEndOtherSessions] = useState(false);
  const [done, setDone] = useState<string | undefined>(undefined);
  const { busy, run } = useAction();

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setDone(undefined);
    if (!form.check()) return;
    await run(async () => {
      try {
        await api.changePassword({ ...form.values, endOtherSessions });
      } catch (err) {
        form.fail(apiErrors(err, FIELD_FOR));
        throw err;
      }
      form.reset(EMPTY);
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
      <ErrorSummary {...form.summary} />
      <PasswordField label="Current password" {...form.bind('currentPassword')} autocomplete="current-password" />
      <PasswordField
        label="New password"
        hint={PASSWORD_HINT}
        {...form.bind('newPassword')}
        autocomplete="new-password"
      />
      <label class="check">
        <input
          type="checkbox"
          checked={endOtherSessions}
          onChange={(event) => setEndOtherSessions(event.currentTarget.checked)}
        />
        <span>Sign out everywhere else</span>
      </label>
      <Status message={done} />
      <button type="submit" class="button" aria-disabled={busy}>
        Change password
      </button>
    </form>
  );
}
