import { describe, expect, it } from 'vitest';
import { pageTitle, type RouteDef, resolveRoute } from './resolve-route';

const routes: RouteDef<string>[] = [
  { pattern: '/welcome', access: 'signedOut', title: 'Repairable', view: 'welcome' },
  { pattern: '/signin', access: 'signedOut', title: 'Sign in', view: 'signin' },
  { pattern: '/', access: 'signedIn', title: 'Your spaces', view: 'spaces' },
  { pattern: '/spaces/new', access: 'signedIn', title: 'New space', view: 'new' },
  { pattern: '/spaces/:spaceId', access: 'signedIn', title: 'Space', view: 'space' },
  { pattern: '/join/:token', access: 'anyone', title: 'Join a space', view: 'join' },
];

function at(url: string) {
  const [path = '/', search = ''] = url.split('?');
  return { path, query: new URLSearchParams(search) };
}

describe('resolveRoute', () => {
  it('shows the first matching route with its params', () => {
    expect(resolveRoute(routes, at('/spaces/new'), true)).toMatchObject({ kind: 'show', route: { view: 'new' } });
    expect(resolveRoute(routes, at('/spaces/42'), true)).toMatchObject({
      kind: 'show',
      route: { view: 'space' },
      params: { spaceId: '42' },
    });
  });

  it('sends signed-out people from "/" to the welcome screen', () => {
    expect(resolveRoute(routes, at('/'), false)).toEqual({ kind: 'redirect', to: '/welcome' });
  });

  it('sends signed-out people elsewhere to sign in, and back after', () => {
    expect(resolveRoute(routes, at('/spaces/42'), false)).toEqual({ kind: 'redirect', to: '/signin?next=/spaces/42' });
  });

  it('sends signed-in people away from sign in, to a safe next', () => {
    expect(resolveRoute(routes, at('/signin?next=/join/t'), true)).toEqual({ kind: 'redirect', to: '/join/t' });
    expect(resolveRoute(routes, at('/signin?next=//evil.example'), true)).toEqual({ kind: 'redirect', to: '/' });
    expect(resolveRoute(routes, at('/welcome'), true)).toEqual({ kind: 'redirect', to: '/' });
  });

  it('sends a locked app (after a quick exit) from every signed-in screen to plain sign in', () => {
    const locked = { locked: true };
    expect(resolveRoute(routes, at('/'), false, locked)).toEqual({ kind: 'redirect', to: '/signin' });
    expect(resolveRoute(routes, at('/spaces/42?x=1'), false, locked)).toEqual({ kind: 'redirect', to: '/signin' });
    expect(resolveRoute(routes, at('/signin'), false, locked)).toMatchObject({
      kind: 'show',
      route: { view: 'signin' },
    });
    expect(resolveRoute(routes, at('/welcome'), false, locked)).toMatchObject({ kind: 'show' });
    expect(resolveRoute(routes, at('/join/t'), false, locked)).toMatchObject({ kind: 'show', params: { token: 't' } });
  });

  it('shows open routes to everyone', () => {
    expect(resolveRoute(routes, at('/join/t'), false)).toMatchObject({ kind: 'show', params: { token: 't' } });
    expect(resolveRoute(routes, at('/join/t'), true)).toMatchObject({ kind: 'show', params: { token: 't' } });
  });

  it('says when nothing matches', () => {
    expect(resolveRoute(routes, at('/nowhere'), true)).toEqual({ kind: 'notFound' });
  });
});

describe('pageTitle', () => {
  it('adds the app name to a screen word', () => {
    expect(pageTitle('Space')).toBe('Space — Repairable');
    expect(pageTitle('Repairable')).toBe('Repairable');
  });
});
