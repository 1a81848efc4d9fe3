import type { ComponentChildren, Ref } from 'preact';
import { navigate } from '../router';

interface LinkProps {
  href: string;
  class?: string;
  current?: boolean;
  linkRef?: Ref<HTMLAnchorElement>;
  children: ComponentChildren;
}

/**
 * An in-app link: a real <a href> (so it can be opened in a new tab), but a
 * plain click navigates in place, adding a history entry so Back returns here.
 */
export function Link(props: LinkProps) {
  function onClick(event: MouseEvent) {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(props.href, { push: true });
  }
  return (
    <a
      href={props.href}
      ref={props.linkRef}
      class={props.class}
      aria-current={props.current ? 'page' : undefined}
      onClick={onClick}
    >
      {props.children}
    </a>
  );
}
