import { quickExit } from '../quick-exit';
import { Link } from './link';

/** The bar on every screen: the name, the navigation when signed in, and the quick exit, always in reach. */
export function AppHeader(props: { signedIn: boolean; path: string }) {
  const onSpaces = props.path === '/' || props.path.startsWith('/spaces');
  return (
    <header class="app-header">
      <div class="app-header-inner">
        <Link href={props.signedIn ? '/' : '/welcome'} class="brand">
          <BrandMark />
          <span>Repairable</span>
        </Link>
        {props.signedIn && (
          <nav class="app-nav" aria-label="Main">
            <Link href="/" current={onSpaces}>
              Spaces
            </Link>
            <Link href="/settings" current={props.path === '/settings'}>
              Account
            </Link>
          </nav>
        )}
        <button type="button" class="quick-exit" onClick={quickExit}>
          Quick exit
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
