import type { FunctionComponent } from 'preact';
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { AppHeader } from './components/app-header';
import { LockedNote } from './components/locked-note';
import type { RouteParams } from './paths';
import { pageTitle, type RouteDef, resolveRoute } from './resolve-route';
import { currentLocation, navigate } from './router';
import { CheckInScreen } from './screens/check-in';
import { InviteScreen } from './screens/invite';
import { JoinScreen } from './screens/join';
import { NewMomentScreen } from './screens/new-moment';
import { NewSpaceScreen } from './screens/new-space';
import { NotFoundScreen } from './screens/not-found';
import { PeopleScreen } from './screens/people';
import { EditRuptureScreen } from './screens/rupture/edit-rupture';
import { NewRuptureScreen } from './screens/rupture/new-rupture';
import { RuptureScreen } from './screens/rupture/rupture';
import { SafetyCheckScreen } from './screens/safety/check-screen';
import { SafetyScreen } from './screens/safety/safety-screen';
import { SettingsScreen } from './screens/settings';
import { SignInScreen } from './screens/sign-in';
import { SignUpScreen } from './screens/sign-up';
import { SpaceScreen } from './screens/space';
import { SpacesScreen } from './screens/spaces';
import { WelcomeScreen } from './screens/welcome';
import { loadMe, locked, me, startupProblem } from './state';

export interface ScreenProps {
  params: RouteParams;
  query: URLSearchParams;
}

type Screen = FunctionComponent<ScreenProps>;

/** The screens of the UI contract; the first match wins, so /spaces/new comes before /spaces/:spaceId. */
const ROUTES: readonly RouteDef<Screen>[] = [
  { pattern: '/welcome', access: 'signedOut', title: 'Repairable', view: WelcomeScreen },
  { pattern: '/signup', access: 'signedOut', title: 'Create an account', view: SignUpScreen },
  { pattern: '/signin', access: 'signedOut', title: 'Sign in', view: SignInScreen },
  { pattern: '/', access: 'signedIn', title: 'Your spaces', view: SpacesScreen },
  { pattern: '/spaces/new', access: 'signedIn', title: 'New space', view: NewSpaceScreen },
  { pattern: '/spaces/:spaceId', access: 'signedIn', title: 'Space', view: SpaceScreen },
  { pattern: '/spaces/:spaceId/invite', access: 'signedIn', title: 'Invite', view: InviteScreen },
  { pattern: '/spaces/:spaceId/people', access: 'signedIn', title: 'People and settings', view: PeopleScreen },
  { pattern: '/spaces/:spaceId/ruptures/new', access: 'signedIn', title: 'Log a rupture', view: NewRuptureScreen },
  { pattern: '/spaces/:spaceId/ruptures/:ruptureId', access: 'signedIn', title: 'Rupture', view: RuptureScreen },
  {
    pattern: '/spaces/:spaceId/ruptures/:ruptureId/edit',
    access: 'signedIn',
    title: 'Edit rupture',
    view: EditRuptureScreen,
  },
  { pattern: '/spaces/:spaceId/check-in', access: 'signedIn', title: 'Check in', view: CheckInScreen },
  { pattern: '/spaces/:spaceId/moments/new', access: 'signedIn', title: 'Something good', view: NewMomentScreen },
  { pattern: '/join/:token', access: 'anyone', title: 'Join a space', view: JoinScreen },
  { pattern: '/settings', access: 'signedIn', title: 'Your account', view: SettingsScreen },
  { pattern: '/safety', access: 'signedIn', title: 'Support', view: SafetyScreen },
  { pattern: '/safety/check', access: 'signedIn', title: 'Support', view: SafetyCheckScreen },
];

export function App() {
  const user = me.value;
  const location = currentLocation.value;
  const resolution =
    user === undefined ? undefined : resolveRoute(ROUTES, location, user !== null, { locked: locked.value });
  const redirectTo = resolution?.kind === 'redirect' ? resolution.to : undefined;

  useLayoutEffect(() => {
    if (redirectTo !== undefined) navigate(redirectTo);
  }, [redirectTo]);

  const title =
    resolution?.kind === 'show' ? resolution.route.title : resolution?.kind === 'notFound' ? 'Not found' : 'Repairable';
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);

  return (
    <>
      <button type="button" class="skip-link" onClick={skipToContent}>
        Skip to content
      </button>
      <AppHeader signedIn={Boolean(user)} path={location.path} />
      <main id="main" tabIndex={-1}>
        <LockedNote />
        {resolution === undefined && <Starting problem={startupProblem.value} />}
        {resolution?.kind === 'notFound' && <NotFoundScreen />}
        {resolution?.kind === 'show' && (
          <resolution.route.view
            key={`${resolution.route.pattern}|${location.path}`}
            params={resolution.params}
            query={location.query}
          />
        )}
      </main>
    </>
  );
}

/** A button rather than a #main link: following a fragment link would add a history entry. */
function skipToContent() {
  document.getElementById('main')?.focus();
}

/** Before we know who is signed in: a quiet wait, or a way to try again when offline. */
function Starting(props: { problem: string | undefined }) {
  if (!props.problem) return <p class="loading">Loading…</p>;
  return (
    <div class="stack">
      <p role="alert" class="alert">
        {props.problem}
      </p>
      <button type="button" class="button" onClick={loadMe}>
        Try again
      </button>
    </div>
  );
}
