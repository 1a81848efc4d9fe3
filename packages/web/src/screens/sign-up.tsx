import { batch } from '@preact/signals';
import { LIMITS } from '@repairable/core';
import { useState } from 'preact/hooks';
import { ApiError, api, errorMessage } from '../api';
import type { ScreenProps } from '../app';
import { Alert } from '../components/alert';
import { Field } from '../components/field';
import { Link } from '../components/link';
import { PageTitle } from '../components/page-title';
import { useAction } from '../components/use-action';
import { PASSWORD_HINT } from '../labels';
import { safeNext, withNext } from '../paths';
import { navigate } from '../router';
import { me } from '../state';

const SESSION_NOT_STARTED =
  'We could not start your session. If you already have an account with this email, please sign in.';

export function SignUpScreen(props: ScreenProps) {
  const next = safeNext(props.query.get('next'));
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, setError, run } = useAction({ leaves: true, describeError });

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const problem = checkForm({ displayName, email, password });
    if (problem) {
      setError(problem);
      return;
    }
    await run(async () => {
      await api.register({ displayName: displayName.trim(), email: email.trim(), password });
      // Registering an email that already has an account answers the same way (SECURITY.md S3),
      // but its cookie does not open a session: asking who we are tells the two apart.
      const user = await api.me();
      batch(() => {
        navigate(next);
        me.value = user;
      });
    });
  }

  return (
    <>
      <PageTitle>Create an account</PageTitle>
      <p>Your account is yours alone. Others in a space see only your name and what you choose to share.</p>
      <form class="stack" onSubmit={submit} noValidate>
        <Field
          label="Your name"
          hint="The name the people in your spaces will see."
          value={displayName}
          onInput={setDisplayName}
          autocomplete="nickname"
          maxLength={LIMITS.displayName}
        />
        <Field
          label="Email"
          type="email"
          value={email}
          onInput={setEmail}
          autocomplete="email"
          maxLength={LIMITS.email}
        />
        <Field
          label="Password"
          type="password"
          hint={PASSWORD_HINT}
          value={password}
          onInput={setPassword}
          autocomplete="new-password"
          maxLength={LIMITS.passwordMax}
        />
        <Alert message={error} />
        <button type="submit" class="button" aria-disabled={busy}>
          Create account
        </button>
      </form>
      <p class="aside">
        Already have an account? <Link href={withNext('/signin', next)}>Sign in</Link>
      </p>
    </>
  );
}

function describeError(err: unknown): string {
  return err instanceof ApiError && err.status === 401 ? SESSION_NOT_STARTED : errorMessage(err);
}

function checkForm(form: { displayName: string; email: string; password: string }): string | undefined {
  if (!form.displayName.trim()) return 'Please tell us your name. It can be a first name or a nickname.';
  if (!form.email.includes('@')) return 'Please enter your email address.';
  if ([...form.password].length < LIMITS.passwordMin) return 'Please use a password of at least 8 characters.';
  return undefined;
}
