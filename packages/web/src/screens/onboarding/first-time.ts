/**
 * Whether someone is new here: they have no space yet and this browser has
 * not shown them the introduction (or they skipped it). The flag is only
 * "seen"; it says nothing about anyone and holds no content, so it is fine
 * on a shared device. Signing up on another device shows the few screens
 * again, which does no harm.
 */
const KEY = 'repairable.intro-seen';

export function introSeen(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function markIntroSeen(): void {
  try {
    localStorage.setItem(KEY, '1');
  } catch {
    // Private mode without storage: the introduction may show again next time.
  }
}
