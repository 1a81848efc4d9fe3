import type { FunctionComponent } from 'preact';
import { quickExit } from '../quick-exit';
import { IconExit, type IconProps, IconSettings, IconShield, IconUsers } from './icon';
import { Link } from './link';

interface MenuLink {
  href: string;
  label: string;
  icon: FunctionComponent<IconProps>;
  /** Whether the current path belongs to this link. */
  isCurrent: (path: string) => boolean;
}

/**
 * The navigation when signed in: Spaces, then the account menu. Each entry
 * is one line; add a link by adding a line (keep the list short: on phones
 * it is the bottom bar, and five entries is the most it holds). "Support"
 * rather than "Safety": it reads as ordinary help to someone glancing over
 * a shoulder, and it is what the page itself is called.
 */
const MENU: readonly MenuLink[] = [
  { href: '/', label: 'Spaces', icon: IconUsers, isCurrent: (p) => p === '/' || p.startsWith('/spaces') },
  { href: '/settings', label: 'Account', icon: IconSettings, isCurrent: (p) => p.startsWith('/settings') },
  { href: '/safety', label: 'Support', icon: IconShield, isCurrent: (p) => p.startsWith('/safety') },
];

/** The bar on every screen: the name, the navigation when signed in, and the quick exit, always in reach. */
export function AppHeader(props: { signedIn: boolean; path: string }) {
  return (
    <header class="app-header">
      <div class="app-header-inner">
        <Link href={props.signedIn ? '/' : '/welcome'} class="brand">
          <BrandMark />
          <span>Repairable</span>
        </Link>
        {props.signedIn && (
          <nav class="app-nav" aria-label="Main">
            <ul>
              {MENU.map((entry) => (
                <li key={entry.href}>
                  <Link href={entry.href} current={entry.isCurrent(props.path)}>
                    <entry.icon />
                    <span>{entry.label}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <button type="button" class="quick-exit" onClick={quickExit}>
          <IconExit />
          <span>Quick exit</span>
        </button>
      </div>
    </header>
  );
}

/** Two overlapping rounded shapes: two people, and what they share. Decorative. */
export function BrandMark(props: { class?: string }) {
  return (
    <svg class={props.class ?? 'brand-mark'} viewBox="66 116 380 280" aria-hidden="true" focusable="false">
      <circle cx="206" cy="256" r="130" class="mark-a" />
      <circle cx="306" cy="256" r="130" class="mark-b" />
      <path d="M256 136A130 130 0 0 1 256 376A130 130 0 0 1 256 136Z" class="mark-c" />
    </svg>
  );
}
