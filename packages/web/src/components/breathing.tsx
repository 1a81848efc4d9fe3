import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import {
  BREATH_MINUTES,
  BREATH_WORDS,
  type BreathMinutes,
  type BreathPhase,
  breathPhase,
  breathTimer,
  minutesWords,
} from '../breath';
import { RadioGroup } from './choices';
import { Link } from './link';

const LENGTHS = BREATH_MINUTES.map((minutes) => ({ value: String(minutes), label: minutesWords(minutes) }));

type Stage = { kind: 'choose' } | { kind: 'running'; minutes: BreathMinutes } | { kind: 'done'; minutes: number };

/**
 * A paced breathing exercise: the person chooses one, two or three minutes,
 * then a circle grows while breathing in (4 s) and shrinks while breathing
 * out (6 s), with the time so far shown quietly (never a countdown). Under
 * `prefers-reduced-motion: reduce` the circle stays still and the words
 * "Breathe in…" / "and out…" lead alone; they are not a live region, or a
 * screen reader would talk every few seconds. At the end: "Check in again"
 * (a link to `checkInHref`, or a button calling `onCheckInAgain` on the
 * check-in screen itself) and "Breathe again".
 */
export function Breathing(props: {
  headingLevel?: 2 | 3;
  checkInHref?: string;
  onCheckInAgain?: () => void;
  children?: ComponentChildren;
}) {
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [length, setLength] = useState('2');
  const headingId = useId();
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section class="pace breathing" aria-labelledby={headingId}>
      <Heading id={headingId}>Breathe with this</Heading>
      {stage.kind === 'choose' && (
        <>
          <p class="muted">
            A few slow breaths help your body settle. Breathe in as the circle grows, out as it shrinks.
          </p>
          <RadioGroup legend="How long" options={LENGTHS} value={length} onChange={setLength} layout="row" />
          <button
            type="button"
            class="button"
            onClick={() => setStage({ kind: 'running', minutes: Number(length) as BreathMinutes })}
          >
            Start breathing
          </button>
        </>
      )}
      {stage.kind === 'running' && (
        <Pacing
          minutes={stage.minutes}
          onDone={() => setStage({ kind: 'done', minutes: stage.minutes })}
          onStop={() => setStage({ kind: 'choose' })}
        />
      )}
      {stage.kind === 'done' && (
        <Done
          minutes={stage.minutes}
          checkIn={props.onCheckInAgain ?? props.checkInHref}
          onAgain={() => setStage({ kind: 'choose' })}
        />
      )}
      {props.children}
    </section>
  );
}

function Pacing(props: { minutes: BreathMinutes; onDone: () => void; onStop: () => void }) {
  const [elapsed, setElapsed] = useState(0);
  // The circle is drawn small first and grows a moment later: a transition needs a change to run.
  const [moving, setMoving] = useState(false);
  const stop = useRef<HTMLButtonElement>(null);
  const done = useRef(props.onDone);
  done.current = props.onDone;

  useEffect(() => {
    stop.current?.focus({ preventScroll: true });
    const start = performance.now();
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const now = performance.now() - start;
      setElapsed(now);
      if (breathTimer(now, props.minutes).done) return done.current();
      // Phases and the clock change on whole seconds from the start.
      timer = setTimeout(tick, 1000 - (now % 1000) + 20);
    };
    tick();
    const begin = setTimeout(() => setMoving(true), 50);
    return () => {
      clearTimeout(timer);
      clearTimeout(begin);
    };
  }, [props.minutes]);

  const phase: BreathPhase = breathPhase(elapsed).phase;
  return (
    <>
      <div class="pace-stage" aria-hidden="true">
        <div class={moving ? `pace-circle pace-${phase}` : 'pace-circle'} />
      </div>
      <p class="pace-words">{BREATH_WORDS[phase]}</p>
      <p class="pace-time">{breathTimer(elapsed, props.minutes).words}</p>
      <button type="button" class="button button-quiet" ref={stop} onClick={props.onStop}>
        Stop
      </button>
    </>
  );
}

function Done(props: { minutes: number; checkIn: string | (() => void) | undefined; onAgain: () => void }) {
  const link = useRef<HTMLAnchorElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const again = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    (link.current ?? button.current ?? again.current)?.focus({ preventScroll: true });
  }, []);
  const { checkIn } = props;
  return (
    <>
      <p role="status" class="pace-words">
        That was {minutesWords(props.minutes)} of slow breathing.
      </p>
      <p class="muted">Notice how your body feels now. There's no right answer.</p>
      <div class="actions">
        {typeof checkIn === 'string' && (
          <Link href={checkIn} class="button" linkRef={link}>
            Check in again
          </Link>
        )}
        {typeof checkIn === 'function' && (
          <button type="button" class="button" ref={button} onClick={checkIn}>
            Check in again
          </button>
        )}
        <button
          type="button"
          class={checkIn ? 'button button-secondary' : 'button'}
          ref={again}
          onClick={props.onAgain}
        >
          Breathe again
        </button>
      </div>
    </>
  );
}
