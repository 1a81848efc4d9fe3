import { currentLocation } from '../router';
import { locked } from '../state';

/**
 * On the sign-in screen of a locked app (after a quick exit), one calm line
 * saying why; no name and nothing of what was open (SECURITY.md P4, P6).
 */
export function LockedNote() {
  if (!locked.value || currentLocation.value.path !== '/signin') return null;
  return <p class="aside">Sign in to open Repairable again.</p>;
}
