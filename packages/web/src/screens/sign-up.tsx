import { batch } from '@preact/signals';
import { LIMITS } from '@repairable/core';
import { ApiError, api, errorMessage } from '../api';
import type { ScreenProps } from '../app';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { Link } from '../components/link';
import { PageTitle } from '../components/page-title';
import { PasswordField } from '../components/password-field';
import { useAction } from '../components/use-action';
import { apiErrors, type Rules, useForm } from '../components/use-form';
import { PASSWORD_HINT } from '../labels';
import { safeNext, withNext } from '../paths';
import { navigate } from '../router';
import { me } from '../state';
import { joinFromNext } from './join';

const SESSION_NOT_STARTED =
  'We could not start your session. If you already have an account with this email, please sign in.';

type SignUp = { displayName: string; email: string; password: string };

const RULES: Rules<SignUp> = {
  displayName: (v) => (v.trim() ? undefined : 'Please tell us your name. It can be a first name or a nickname.'),
  email: (v) => {
    if (!v.trim()) return 'Please enter your email address.';
    return v.includes('@') ? undefined : 'Please enter an email address like name@example.com.';
  },
  password: (v) =>
    [...v].length < LIMITS.passwordMin
      ? `Please use a password of at least ${LIMITS.passwordMin} characters.`
      : undefined,
};

const LIMITS_OF = { displayName: LIMITS.displayName, email: LIMITS.email, password: LIMITS.passwordMax };

/** Which field a refusal from the server is about. */
const FIELD_FOR = {
  invalid_display_name: 'displayName',
  password_too_short: 'password',
  password_too_long: 'password',
  password_too_common: 'password',
} as const;

export function SignUpScreen(props: ScreenProps) {
  const next = safeNext(props.query.get('next'));
  const form = useForm<SignUp>({
    initial: { displayName: '', email: '', password: '' },
    rules: RULES,
    limits: LIMITS_OF,
    names: { displayName: 'Your name', email: 'Your email address', password: 'Your password' },
    order: ['displayName', 'email', 'password'],
  });
  const { busy, run } = useAction({ leaves: true });

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || !form.check()) return;
    const { displayName, email, password } = form.values;
    await run(async () => {
      try {
        await api.register({ displayName: displayName.trim(), email: email.trim(), password });
        // Registering an email that already has an account answers the same way (SECURITY.md S3),
        // but its cookie does not open a session: asking who we are tells the two apart.
        const user = await api.me();
        const to = await joinFromNext(next);
        batch(() => {
          navigate(to);
          me.value = user;
        });
      } catch (err) {
        form.fail(apiErrors(err, FIELD_FOR, describeError));
        throw err;
      }
    });
  }

  return (
    <>
      <PageTitle>Create an account</PageTitle>
      <p>Your account is yours alone. Others in a space see only your name and what you choose to share.</p>
      <form class="stack" onSubmit={submit} noValidate>
        <ErrorSummary {...form.summary} />
        <Field
          label="Your name"
          hint="The name the people in your spaces will see."
          {...form.bind('displayName')}
          autocomplete="nickname"
        />
        <Field label="Email" type="email" {...form.bind('email')} autocomplete="email" />
        <PasswordField label="Password" hint={PASSWORD_HINT} {...form.bind('password')} autocomplete="new-password" />
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
