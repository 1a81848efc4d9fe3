import type { FunctionComponent } from 'preact';
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { AppHeader } from './components/app-header';
import { LockedNote } from './components/locked-note';
import { type LazyScreen, lazyScreen } from './lazy-screen';
import type { RouteParams } from './paths';
import { pageTitle, type RouteDef, resolveRoute } from './resolve-route';
import { currentLocation, navigate } from './router';
import { JoinScreen } from './screens/join';
import { NotFoundScreen } from './screens/not-found';
import { SignInScreen } from './screens/sign-in';
import { SignUpScreen } from './screens/sign-up';
import { WelcomeScreen } from './screens/welcome';
import { loadMe, locked, me, startupProblem } from './state';

export interface ScreenProps {
  params: RouteParams;
  query: URLSearchParams;
}

type Screen = FunctionComponent<ScreenProps>;

/*
 * The first screens anyone sees (welcome, sign up, sign in, an invite link)
 * are in the initial bundle with the shell; every other screen is fetched
 * when first shown (lazy-screen.tsx), so signing in never waits for the
 * code of the whole app.
 */
const SpacesScreen = lazyScreen(() => import('./screens/spaces').then((m) => m.SpacesScreen));
const NewSpaceScreen = lazyScreen(() => import('./screens/new-space').then((m) => m.NewSpaceScreen));
const SpaceScreen = lazyScreen(() => import('./screens/space').then((m) => m.SpaceScreen));
const TimelineScreen = lazyScreen(() => import('./screens/space-timeline').then((m) => m.TimelineScreen));
const InviteScreen = lazyScreen(() => import('./screens/invite').then((m) => m.InviteScreen));
const PeopleScreen = lazyScreen(() => import('./screens/people').then((m) => m.PeopleScreen));
const NewRuptureScreen = lazyScreen(() => import('./screens/rupture/new-rupture').then((m) => m.NewRuptureScreen));
const RuptureScreen = lazyScreen(() => import('./screens/rupture/rupture').then((m) => m.RuptureScreen));
const EditRuptureScreen = lazyScreen(() => import('./screens/rupture/edit-rupture').then((m) => m.EditRuptureScreen));
const InsightsScreen = lazyScreen(() => import('./screens/insights').then((m) => m.InsightsScreen));
const CheckInScreen = lazyScreen(() => import('./screens/check-in').then((m) => m.CheckInScreen));
const NewMomentScreen = lazyScreen(() => import('./screens/new-moment').then((m) => m.NewMomentScreen));
const EditMomentScreen = lazyScreen(() => import('./screens/edit-moment').then((m) => m.EditMomentScreen));
const SettingsScreen = lazyScreen(() => import('./screens/settings').then((m) => m.SettingsScreen));
const NewConversationScreen = lazyScreen(() =>
  import('./screens/conversation/new-conversation').then((m) => m.NewConversationScreen),
);
const ConversationScreen = lazyScreen(() =>
  import('./screens/conversation/conversation').then((m) => m.ConversationScreen),
);
const SafetyScreen = lazyScreen(() => import('./screens/safety/safety-screen').then((m) => m.SafetyScreen));
const SafetyCheckScreen = lazyScreen(() => import('./screens/safety/check-screen').then((m) => m.SafetyCheckScreen));

/** Once someone is signed in, the other screens are fetched while the browser is idle, so moving on never waits. */
export function preloadScreens(): void {
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  idle(() => {
    for (const route of ROUTES) if ('preload' in route.view) void (route.view as LazyScreen<ScreenProps>).preload();
  });
}

/** The screens of the UI contract; the first match wins, so /spaces/new comes before /spaces/:spaceId. */
const ROUTES: readonly RouteDef<Screen>[] = [
  { pattern: '/welcome', access: 'signedOut', title: 'Repairable', view: WelcomeScreen },
  { pattern: '/signup', access: 'signedOut', title: 'Create an account', view: SignUpScreen },
  { pattern: '/signin', access: 'signedOut', title: 'Sign in', view: SignInScreen },
  { pattern: '/', access: 'signedIn', title: 'Your spaces', view: SpacesScreen },
  { pattern: '/spaces/new', access: 'signedIn', title: 'New space', view: NewSpaceScreen },
  { pattern: '/spaces/:spaceId', access: 'signedIn', title: 'Space', view: SpaceScreen },
  { pattern: '/spaces/:spaceId/timeline', access: 'signedIn', title: 'Timeline', view: TimelineScreen },
  { pattern: '/spaces/:spaceId/insights', access: 'signedIn', title: 'Insights', view: InsightsScreen },
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
  {
    pattern: '/spaces/:spaceId/conversations/new',
    access: 'signedIn',
    title: 'Start a conversation',
    view: NewConversationScreen,
  },
  {
    pattern: '/spaces/:spaceId/conversations/:conversationId',
    access: 'signedIn',
    title: 'Conversation',
    view: ConversationScreen,
  },
  { pattern: '/spaces/:spaceId/check-in', access: 'signedIn', title: 'Check in', view: CheckInScreen },
  { pattern: '/spaces/:spaceId/moments/new', access: 'signedIn', title: 'Something good', view: NewMomentScreen },
  {
    pattern: '/spaces/:spaceId/moments/:momentId/edit',
    access: 'signedIn',
    title: 'Edit a moment',
    view: EditMomentScreen,
  },
  { pattern: '/join/:token', access: 'anyone', title: 'Join a space', view: JoinScreen },
  { pattern: '/settings', access: 'signedIn', title: 'Your account', view: SettingsScreen },
  { pattern: '/safety', access: 'anyone', title: 'Support', view: SafetyScreen },
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
