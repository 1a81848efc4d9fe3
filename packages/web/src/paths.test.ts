import { describe, expect, it } from 'vitest';
import { matchPath, safeNext, withNext } from './paths';

describe('matchPath', () => {
  it('matches fixed paths exactly', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/settings', '/settings')).toEqual({});
    expect(matchPath('/settings', '/settings/')).toEqual({});
    expect(matchPath('/settings', '/settingsx')).toBeNull();
    expect(matchPath('/', '/settings')).toBeNull();
  });

  it('captures named segments, decoded', () => {
    expect(matchPath('/spaces/:spaceId', '/spaces/abc')).toEqual({ spaceId: 'abc' });
    expect(matchPath('/spaces/:spaceId/invite', '/spaces/a%20b/invite')).toEqual({ spaceId: 'a b' });
    expect(matchPath('/join/:token', '/join/0123.abc_-XYZ')).toEqual({ token: '0123.abc_-XYZ' });
  });

  it('needs the same number of segments', () => {
    expect(matchPath('/spaces/:spaceId', '/spaces')).toBeNull();
    expect(matchPath('/spaces/:spaceId', '/spaces/a/invite')).toBeNull();
    expect(matchPath('/spaces/:spaceId/invite', '/spaces/a/other')).toBeNull();
  });

  it('refuses a segment that does not decode', () => {
    expect(matchPath('/spaces/:spaceId', '/spaces/%E0%A4%A')).toBeNull();
  });
});

describe('safeNext', () => {
  it('keeps paths on this site, with their query', () => {
    expect(safeNext('/join/abc.def')).toBe('/join/abc.def');
    expect(safeNext('/spaces/1?x=2')).toBe('/spaces/1?x=2');
    expect(safeNext('/')).toBe('/');
  });

  it.each([
    [null],
    [undefined],
    [''],
    ['join/abc'],
    ['https://evil.example/'],
    ['//evil.example'],
    ['///evil.example'],
    ['/\\evil.example'],
    ['\\/evil.example'],
    ['/\t/evil.example'],
    ['/\n/evil.example'],
    ['javascript:alert(1)'],
    [' /spaces'],
  ])('falls back to "/" for %j', (next) => {
    expect(safeNext(next)).toBe('/');
  });

  it('normalizes dot segments without leaving the site', () => {
    expect(safeNext('/a/../../b')).toBe('/b');
    expect(safeNext('/./x')).toBe('/x');
  });
});

describe('withNext', () => {
  it('adds next with readable slashes', () => {
    expect(withNext('/signin', '/join/abc.def')).toBe('/signin?next=/join/abc.def');
  });

  it('escapes what would change the query', () => {
    expect(withNext('/signin', '/spaces/1?a=b&c=d')).toBe('/signin?next=/spaces/1%3Fa%3Db%26c%3Dd');
  });

  it('leaves next off when it is the start', () => {
    expect(withNext('/signup', '/')).toBe('/signup');
  });

  it('round-trips through URLSearchParams and safeNext', () => {
    const next = '/spaces/1?a=b&c=d';
    const query = new URLSearchParams(withNext('/signin', next).split('?')[1]);
    expect(safeNext(query.get('next'))).toBe(next);
  });
});
