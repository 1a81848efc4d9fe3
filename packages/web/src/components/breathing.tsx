import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { BREATH_WORDS, type BreathPhase, breathPhase } from '../breath';

/**
 * Paced breathing: a circle that grows while breathing in (4 s) and shrinks
 * while breathing out (6 s). The motion is CSS only and is switched off
 * under `prefers-reduced-motion: reduce`; the words "Breathe in…" and
 * "and out…" change in step either way. They are not a live region: a
 * screen reader would otherwise be talking every few seconds.
 */
export function Breathing(props: { headingLevel?: 2 | 3; children?: ComponentChildren }) {
  const [phase, setPhase] = useState<BreathPhase>('in');
  useEffect(() => {
    const start = performance.now();
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const now = breathPhase(performance.now() - start);
      setPhase(now.phase);
      timer = setTimeout(tick, now.remainingMs + 20);
    };
    tick();
    return () => clearTimeout(timer);
  }, []);
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section class="breathing" aria-labelledby="breathing-heading">
      <Heading id="breathing-heading">Breathe with this</Heading>
      <div class="breath-stage" aria-hidden="true">
        <div class="breath-circle" />
      </div>
      <p class="breath-words">{BREATH_WORDS[phase]}</p>
      {props.children}
    </section>
  );
}
