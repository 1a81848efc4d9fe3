import { matchPath, type RouteParams, safeNext, withNext } from './paths';

/** Who may see a screen: anyone, only signed-in people, or only signed-out people (sign in, sign up). */
export type Access = 'anyone' | 'signedIn' | 'signedOut';

export interface RouteDef<View> {
  pattern: string;
  access: Access;
  /** A generic word for the page title; never private content (SECURITY.md P6). */
  title: string;
  view: View;
}

export type Resolution<View> =
  | { kind: 'show'; route: RouteDef<View>; params: RouteParams }
  | { kind: 'redirect'; to: string }
  | { kind: 'notFound' };

/**
 * Decides what a location shows: the first route whose pattern matches,
 * or a redirect when the person is on the wrong side of signing in.
 * Signed out, "/" leads to the welcome screen and any other signed-in
 * screen to sign in with `next` set, so they come back after. A locked app
 * (after a quick exit) sends every signed-in screen to plain sign-in: no
 * welcome, and no `next` that would reopen the screen it was locked on.
 */
export function resolveRoute<View>(
  routes: readonly RouteDef<View>[],
  location: { path: string; query: URLSearchParams },
  signedIn: boolean,
  options: { locked?: boolean } = {},
): Resolution<View> {
  for (const route of routes) {
    const params = matchPath(route.pattern, location.path);
    if (!params) continue;
    if (route.access === 'signedIn' && !signedIn) {
      if (options.locked) return { kind: 'redirect', to: '/signin' };
      if (location.path === '/') return { kind: 'redirect', to: '/welcome' };
      const search = location.query.toString();
      return { kind: 'redirect', to: withNext('/signin', search ? `${location.path}?${search}` : location.path) };
    }
    if (route.access === 'signedOut' && signedIn) {
      return { kind: 'redirect', to: safeNext(location.query.get('next')) };
    }
    return { kind: 'show', route, params };
  }
  return { kind: 'notFound' };
}

/** "Space — Repairable"; the welcome screen is just "Repairable". */
export function pageTitle(title: string): string {
  return title === 'Repairable' ? title : `${title} — Repairable`;
}
