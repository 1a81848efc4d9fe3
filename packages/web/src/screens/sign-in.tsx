import { batch } from '@preact/signals';
import { LIMITS } from '@repairable/core';
import { api } from '../api';
import type { ScreenProps } from '../app';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { Link } from '../components/link';
import { PageTitle } from '../components/page-title';
import { PasswordField } from '../components/password-field';
import { SupportLine } from '../components/support-line';
import { useAction } from '../components/use-action';
import { apiErrors, type Rules, useForm } from '../components/use-form';
import { safeNext, withNext } from '../paths';
import { navigate } from '../router';
import { me } from '../state';
import { joinFromNext } from './join';

type SignIn = { email: string; password: string };

const RULES: Rules<SignIn> = {
  email: (v) => (v.trim() ? undefined : 'Please enter your email address.'),
  password: (v) => (v ? undefined : 'Please enter your password.'),
};

export function SignInScreen(props: ScreenProps) {
  const next = safeNext(props.query.get('next'));
  const form = useForm<SignIn>({
    initial: { email: '', password: '' },
    rules: RULES,
    limits: { email: LIMITS.email, password: LIMITS.passwordMax },
    names: { email: 'Your email address', password: 'Your password' },
    order: ['email', 'password'],
  });
  const { busy, run } = useAction({ leaves: true });

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || !form.check()) return;
    await run(async () => {
      try {
        const user = await api.login({ email: form.values.email.trim(), password: form.values.password });
        const to = await joinFromNext(next);
        batch(() => {
          navigate(to);
          me.value = user;
        });
      } catch (err) {
        // "That email and password do not match" is about both, so it stays at the top (SECURITY.md S3).
        form.fail(apiErrors(err, {}));
        throw err;
      }
    });
  }

  return (
    <>
      <PageTitle>Sign in</PageTitle>
      <p>Welcome back.</p>
      <form class="stack" onSubmit={submit} noValidate>
        <ErrorSummary {...form.summary} />
        <Field label="Email" type="email" {...form.bind('email')} autocomplete="username" />
        <PasswordField label="Password" {...form.bind('password')} autocomplete="current-password" />
        <button type="submit" class="button" aria-disabled={busy}>
          Sign in
        </button>
      </form>
      <p class="aside">
        New here? <Link href={withNext('/signup', next)}>Create an account</Link>
      </p>
      <SupportLine />
    </>
  );
}
