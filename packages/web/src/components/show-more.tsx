import { IconChevronDown } from './icon';
import type { Pages } from './use-pages';

/** "Show more" under a list whose last page was full; it loads the next, older page below. */
export function ShowMore(props: { pages: Pick<Pages<unknown>, 'more' | 'busy' | 'showMore'> }) {
  if (!props.pages.more) return null;
  return (
    <button
      type="button"
      class="button button-secondary show-more"
      aria-disabled={props.pages.busy}
      onClick={props.pages.showMore}
    >
      <IconChevronDown />
      Show more
    </button>
  );
}
