import type { SaidLine } from '../../conversation-words';

/**
 * What was said, in order: what each step asked (quietly), who answered and
 * their words. Answers still private say so, and only to their writer.
 */
export function SaidList(props: { lines: readonly SaidLine[] }) {
  if (props.lines.length === 0) return <p class="muted">Nothing yet. What you each say will gather here.</p>;
  return (
    <ol class="conv-said">
      {props.lines.map((line) => (
        <li key={line.seq}>
          {line.asked && <span class="conv-said-asked">{line.asked}</span>}
          <span class="conv-said-who">{line.who}</span>
          <span class="conv-said-words">
            {line.words}
            {line.waitingToBeShown && (
              <span class="muted small"> (shown to the others once they have answered too)</span>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
