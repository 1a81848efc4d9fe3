import { api } from '../api';
import type { ScreenProps } from '../app';
import { Alert } from '../components/alert';
import { Link } from '../components/link';
import { PageTitle } from '../components/page-title';
import { useAction } from '../components/use-action';
import { useLoad } from '../components/use-load';
import { matchPath, withNext } from '../paths';
import { navigate } from '../router';
import { flash, me } from '../state';

/** The warm words on the space's home after joining it. */
export function joinedWords(spaceName: string): string {
  return `You've joined ${spaceName}.`;
}

/**
 * After signing up or in from an invite link (`next` is `/join/<token>`):
 * accepts the invite straight away, so nobody has to tap Join a second time,
 * and gives the space's path, with "You've joined …" waiting there. If the
 * invite cannot be accepted (it expired or was cancelled meanwhile) it gives
 * the Join screen back, which then says so plainly. Any other `next` is
 * returned as it is.
 */
export async function joinFromNext(next: string): Promise<string> {
  const token = matchPath('/join/:token', new URL(next, 'https://repairable.invalid').pathname)?.token;
  if (!token) return next;
  try {
    const space = await api.acceptInvite(token);
    flash.value = joinedWords(space.name);
    return `/spaces/${space.id}`;
  } catch {
    return next;
  }
}

export function JoinScreen(props: ScreenProps) {
  const token = props.params.token ?? '';
  const preview = useLoad(() => api.previewInvite(token), token);
  const { busy, error, run } = useAction({ leaves: true });

  async function join() {
    await run(async () => {
      const space = await api.acceptInvite(token);
      flash.value = joinedWords(space.name);
      navigate(`/spaces/${space.id}`);
    });
  }

  if (preview.error) {
    // A malformed token is as unusable as an expired one; say it the same way.
    const unusable = preview.error.status === 404 || preview.error.status === 400;
    if (!unusable) return <Alert message={preview.error.message} />;
    return (
      <>
        <PageTitle>This invite link no longer works</PageTitle>
        <p>
          Links work once, for 7 days, and can be cancelled before then. Ask the person who invited you for a new one.
        </p>
        <p>
          <Link href={me.value ? '/' : '/welcome'} class="button button-secondary">
            Go to the start
          </Link>
        </p>
      </>
    );
  }
  if (!preview.data) return <p class="loading">Loading…</p>;

  const invite = preview.data;
  const here = `/join/${token}`;
  return (
    <>
      <PageTitle>Join {invite.spaceName}</PageTitle>
      <p class="lead">{invite.invitedBy} invited you</p>
      {me.value ? (
        <>
          <p>
            You'll join as <strong>{me.value.displayName}</strong>. The others see your name and what you choose to
            share; everything else stays yours. You can leave at any time.
          </p>
          <Alert message={error} />
          <button type="button" class="button" aria-disabled={busy} onClick={join}>
            Join
          </button>
        </>
      ) : (
        <>
          <p>
            To join, create an account or sign in: you'll be in the space straight after. Your account is yours alone,
            and you can leave at any time.
          </p>
          <div class="actions actions-stacked">
            <Link href={withNext('/signup', here)} class="button">
              Create an account
            </Link>
            <Link href={withNext('/signin', here)} class="button button-secondary">
              Sign in
            </Link>
          </div>
        </>
      )}
    </>
  );
}
