import { batch } from '@preact/signals';
import { LIMITS } from '@repairable/core';
import { useState } from 'preact/hooks';
import { api } from '../api';
import type { ScreenProps } from '../app';
import { Alert } from '../components/alert';
import { Field } from '../components/field';
import { Link } from '../components/link';
import { PageTitle } from '../components/page-title';
import { useAction } from '../components/use-action';
import { safeNext, withNext } from '../paths';
import { navigate } from '../router';
import { me } from '../state';

export function SignInScreen(props: ScreenProps) {
  const next = safeNext(props.query.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, setError, run } = useAction({ leaves: true });

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (!email.trim() || !password) {
      setError('Please enter your email and password.');
      return;
    }
    await run(async () => {
      const user = await api.login({ email: email.trim(), password });
      batch(() => {
        navigate(next);
        me.value = user;
      });
    });
  }

  return (
    <>
      <PageTitle>Sign in</PageTitle>
      <p>Welcome back.</p>
      <form class="stack" onSubmit={submit} noValidate>
        <Field
          label="Email"
          type="email"
          value={email}
          onInput={setEmail}
          autocomplete="username"
          maxLength={LIMITS.email}
        />
        <Field
          label="Password"
          type="password"
          value={password}
          onInput={setPassword}
          autocomplete="current-password"
          maxLength={LIMITS.passwordMax}
        />
        <Alert message={error} />
        <button type="submit" class="button" aria-disabled={busy}>
          Sign in
        </button>
      </form>
      <p class="aside">
        New here? <Link href={withNext('/signup', next)}>Create an account</Link>
      </p>
    </>
  );
}
