import { Link } from './link';

/**
 * A quiet way to the helplines for someone signed out (after a quick exit,
 * say), on the sign-in and welcome screens. "Support" rather than "Safety":
 * it reads as an ordinary help link to anyone glancing at the screen.
 */
export function SupportLine() {
  return (
    <p class="small muted">
      Need help now? <Link href="/safety">Support</Link> is open without signing in.
    </p>
  );
}
