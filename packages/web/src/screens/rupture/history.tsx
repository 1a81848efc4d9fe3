import type { RuptureDetailView } from '@repairable/core';
import type { People } from '../../next-step-words';
import { historyOf } from '../../rupture-history';

/**
 * What was said, in order, with times: "14:02 · Sam: apology — I'm sorry
 * I rolled my eyes." Earlier rounds stay; nothing vanishes when someone
 * tries again. Someone who left reads as "Ben (left)".
 */
export function History(props: { rupture: RuptureDetailView; people: People; now: Date }) {
  const entries = historyOf(props.rupture, props.people, props.now);
  return (
    <section class="panel panel-quiet" aria-labelledby="history-heading">
      <h2 id="history-heading">What was said</h2>
      {entries.length === 0 ? (
        <p class="muted">Nothing yet. Anyone involved can make the first move, whenever they're ready.</p>
      ) : (
        <ol class="plain-list history" aria-labelledby="history-heading">
          {entries.map((entry) => (
            <li key={entry.id} class="history-entry">
              <time dateTime={entry.at} class="history-time">
                {entry.time}
              </time>
              <span aria-hidden="true"> · </span>
              <span>
                <strong>{entry.who}</strong>: {entry.what}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
