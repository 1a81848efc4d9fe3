/**
 * Pure helpers for paths: matching routes and keeping `next` redirects on
 * this site. No DOM here, so they are easy to test.
 */

export type RouteParams = Record<string, string>;

/**
 * Matches a path against a pattern whose `:name` segments capture one
 * decoded segment each. A trailing slash is ignored.
 *
 * @example matchPath('/spaces/:spaceId/invite', '/spaces/abc/invite') // { spaceId: 'abc' }
 */
export function matchPath(pattern: string, path: string): RouteParams | null {
  const want = splitPath(pattern);
  const have = splitPath(path);
  if (want.length !== have.length) return null;
  const params: RouteParams = {};
  for (const [i, part] of want.entries()) {
    const value = have[i] ?? '';
    if (part.startsWith(':')) {
      const decoded = decodeSegment(value);
      if (decoded === null || decoded === '') return null;
      params[part.slice(1)] = decoded;
    } else if (part !== value) {
      return null;
    }
  }
  return params;
}

function splitPath(path: string): string[] {
  return path.split('/').filter((part) => part !== '');
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

const PROBE_ORIGIN = 'https://repairable.invalid';

/**
 * The place to go after signing in or up: `next` when it is a path on this
 * site, otherwise "/". Refuses anything a browser could read as another
 * origin: `//host`, `/\host`, schemes, control characters.
 *
 * @example safeNext('/join/abc') // '/join/abc'
 * @example safeNext('//evil.example') // '/'
 */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//')) return '/';
  // Browsers read "\" as "/" in URLs and drop tabs and newlines, so "/\evil" or "/\t/evil" could escape.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return '/';
  try {
    const url = new URL(next, PROBE_ORIGIN);
    if (url.origin !== PROBE_ORIGIN) return '/';
    return url.pathname + url.search + url.hash;
  } catch {
    return '/';
  }
}

/**
 * A path with `?next=<path>` added, keeping "/" readable in the query
 * (it is allowed there) and escaping everything else.
 *
 * @example withNext('/signin', '/join/abc') // '/signin?next=/join/abc'
 */
export function withNext(path: string, next: string): string {
  if (next === '/' || next === '') return path;
  return `${path}?next=${encodeURIComponent(next).replaceAll('%2F', '/')}`;
}
