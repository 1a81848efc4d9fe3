import { useEffect, useId, useRef } from 'preact/hooks';
import type { SummaryItem } from './use-form';

/**
 * The top of a form that could not be sent (the GOV.UK error summary):
 * "There is a problem", then one line per problem. A line about a field is
 * a link that moves focus to that field (or a group's first choice), in place: no history entry, no
 * scroll jump under the sticky header. The summary takes focus each time a
 * submit finds problems (`focusKey` changes), so it is read out first.
 */
export function ErrorSummary(props: { items: readonly SummaryItem[]; focusKey: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const shown = props.items.length > 0;
  useEffect(() => {
    if (props.focusKey > 0 && shown) ref.current?.focus();
  }, [props.focusKey]);
  if (!shown) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby={headingId} tabIndex={-1} ref={ref}>
      <h2 id={headingId} class="error-summary-title">
        There is a problem
      </h2>
      <ul class="plain-list error-summary-list">
        {props.items.map((item) => (
          <li key={`${item.target ?? ''}:${item.message}`}>
            {item.target ? (
              <a href={`#${item.target}`} onClick={(event) => focusField(event, item.target ?? '')}>
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

const CONTROL = 'input, textarea, select';
const ENABLED = 'input:not(:disabled), textarea:not(:disabled), select:not(:disabled)';

/**
 * Focuses the control with this id, or, for a group of choices (an element
 * holding controls), its first control that can be chosen; its label (or
 * the group's legend) comes into view with it.
 */
function focusField(event: MouseEvent, id: string) {
  const target = document.getElementById(id);
  const field = target?.matches(CONTROL) ? target : target?.querySelector<HTMLElement>(ENABLED);
  if (!target || !field) return;
  // Following "#id" would add a history entry; focusing in place does what the link promises.
  event.preventDefault();
  const label = document.querySelector<HTMLElement>(`label[for="${CSS.escape(id)}"]`);
  field.focus({ preventScroll: true });
  (label ?? target).scrollIntoView({ block: 'center' });
}
