import { useEffect, useRef, useState } from 'preact/hooks';
import { BREATH_WORDS, breathPhase } from '../../breath';

/**
 * The shared breathing pause before a conversation starts: both see it on
 * their own screens, with the app's breathing pace (in 4 s, out 6 s). It
 * runs until the person says they are ready; nothing is timed or counted.
 * Under reduced motion the circle stays still and the words lead.
 */
export function BreathPause(props: { together: boolean; onReady: () => void }) {
  const [elapsed, setElapsed] = useState(0);
  const [moving, setMoving] = useState(false);
  const ready = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const start = performance.now();
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const now = performance.now() - start;
      setElapsed(now);
      timer = setTimeout(tick, 1000 - (now % 1000) + 20);
    };
    tick();
    const begin = setTimeout(() => setMoving(true), 50);
    return () => {
      clearTimeout(timer);
      clearTimeout(begin);
    };
  }, []);
  const phase = breathPhase(elapsed).phase;
  return (
    <div class="conv-breath">
      <p class="muted">
        {props.together
          ? 'Before you start, take a few slow breaths, both of you. In as the circle grows, out as it shrinks.'
          : 'Before you start, take a few slow breaths. In as the circle grows, out as it shrinks.'}
      </p>
      <div class="pace-stage" aria-hidden="true">
        <div class={moving ? `pace-circle pace-${phase}` : 'pace-circle'} />
      </div>
      <p class="pace-words">{BREATH_WORDS[phase]}</p>
      <button type="button" class="button" ref={ready} onClick={props.onReady}>
        I'm ready
      </button>
    </div>
  );
}
