import type { MemberView, RuptureDetailView } from '@repairable/core';
import { attemptLine, completionLine } from '../../rupture-status';

/**
 * Where each person involved is in this round, and the attempts made. One
 * line per person, never a count or a tally between people (SECURITY.md P7).
 */
export function WhereEveryoneIs(props: { rupture: RuptureDetailView; members: readonly MemberView[] }) {
  return (
    <section class="panel" aria-labelledby="where-heading">
      <h2 id="where-heading">Where everyone is</h2>
      <ul class="plain-list" aria-labelledby="where-heading">
        {props.rupture.completion.map((entry) => (
          <li key={entry.memberId} class={`where where-${entry.state}`}>
            {completionLine(entry, props.members, props.rupture.visibility)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Attempts(props: { rupture: RuptureDetailView; members: readonly MemberView[]; now: Date }) {
  const attempts = props.rupture.attempts;
  return (
    <section class="panel panel-quiet" aria-labelledby="attempts-heading">
      <h2 id="attempts-heading">Attempts</h2>
      {attempts.length === 0 ? (
        <p class="muted">No attempts yet. Anyone involved can make the first move, whenever they're ready.</p>
      ) : (
        <ul class="plain-list" aria-labelledby="attempts-heading">
          {attempts.map((attempt) => (
            <li key={attempt.id} class="attempt">
              {attemptLine(attempt, props.members, props.now)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
