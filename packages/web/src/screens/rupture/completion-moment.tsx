import type { MemberView, RuptureDetailView, SpaceKind } from '@repairable/core';
import { completionMoment } from '../../next-step-words';

/**
 * A quiet moment of recognition when a repair completes, for everyone it
 * was between, also when it completes live while the page is open. A soft
 * glow, stilled under prefers-reduced-motion (rupture.css). No confetti,
 * no score, nothing counted.
 */
export function CompletionMoment(props: {
  rupture: Pick<RuptureDetailView, 'involved'>;
  spaceKind: SpaceKind;
  members: readonly MemberView[];
}) {
  const children = props.members
    .filter((m) => !m.hasAccount && props.rupture.involved.includes(m.id))
    .map((m) => m.displayName);
  const words = completionMoment(props.spaceKind, children);
  return (
    <section class="repaired-moment" aria-labelledby="repaired-heading">
      <div class="repaired-glow" aria-hidden="true" />
      <h2 id="repaired-heading">{words.title}</h2>
      <p>{words.line}</p>
    </section>
  );
}
