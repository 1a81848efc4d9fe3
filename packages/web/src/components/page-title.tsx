import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { takeFocusRequest } from '../router';
import { IconArrowLeft } from './icon';
import { Link } from './link';

/**
 * The one h1 of a screen. After an in-app navigation it takes focus, so screen readers announce the new screen.
 * With `back`, a quiet link to the screen above sits over the title ("Alex & Bea", "Your spaces").
 */
export function PageTitle(props: { children: ComponentChildren; back?: { href: string; label: string } }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocusRequest()) ref.current?.focus();
  }, []);
  const title = (
    <h1 tabIndex={-1} ref={ref}>
      {props.children}
    </h1>
  );
  if (!props.back) return title;
  return (
    <div class="page-header">
      <Link href={props.back.href} class="back-link">
        <IconArrowLeft />
        <span>{props.back.label}</span>
      </Link>
      {title}
    </div>
  );
}
