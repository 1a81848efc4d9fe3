import type { SimilarRuptureView } from '@repairable/core';
import { useState } from 'preact/hooks';
import { repairApi } from '../../repair-api';
import { SIZE_LABELS, similarReason } from '../../repair-labels';
import { similarFound } from '../../state';
import { relativeTime } from '../../time';
import type { RuptureState } from './use-rupture';

/**
 * Rule 8: when a new rupture resembles earlier ones, ask once whether it is
 * like one of them. Linking to a repaired one marks that repair as one that
 * did not hold; that is information, not a failing.
 */
export function SimilarQuestion(props: { ruptureId: string; state: RuptureState }) {
  const [similar, setSimilar] = useState<SimilarRuptureView[]>(() => similarFound.get(props.ruptureId) ?? []);
  if (similar.length === 0) return null;

  function keep(next: SimilarRuptureView[]) {
    if (next.length === 0) similarFound.delete(props.ruptureId);
    else similarFound.set(props.ruptureId, next);
    setSimilar(next);
  }

  async function link(earlier: SimilarRuptureView) {
    if (await props.state.run((t) => repairApi.link(t, earlier.id))) keep([]);
  }

  const now = new Date();
  return (
    <section class="panel similar" aria-labelledby="similar-heading">
      <h2 id="similar-heading">Is this like an earlier one?</h2>
      <p class="muted small">
        Things that come back are worth noticing together. Nothing changes unless you link them.
      </p>
      <ul class="plain-list ruled-list" aria-labelledby="similar-heading">
        {similar.map((earlier) => (
          <li key={earlier.id} class="similar-item">
            <p class="item-title">
              {SIZE_LABELS[earlier.size]} rupture, {relativeTime(earlier.occurredAt, now)}
            </p>
            <p class="item-meta">{similarReason(earlier.reason)}</p>
            <div class="actions">
              <button type="button" class="button-small" onClick={() => link(earlier)}>
                Yes, link them
              </button>
              <button
                type="button"
                class="button-small"
                onClick={() => keep(similar.filter((s) => s.id !== earlier.id))}
              >
                No
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
