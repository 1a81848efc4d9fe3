import type { RuptureKind } from '@repairable/core';
import { KIND_TERMS } from '../terms';
import type { Choice } from './choices';

/** "What do these mean?": each kind of rupture on offer, in plain words, folded away until asked for. */
export function KindTerms(props: { kinds: readonly Choice<RuptureKind>[] }) {
  return (
    <details class="terms">
      <summary>What do these mean?</summary>
      <dl>
        {props.kinds.map((k) => (
          <div key={k.value}>
            <dt>{k.label}</dt>
            <dd>{KIND_TERMS[k.value]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
