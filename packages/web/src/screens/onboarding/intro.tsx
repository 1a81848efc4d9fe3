import { useEffect, useRef, useState } from 'preact/hooks';
import { IconArrowLeft, IconChevronRight, IconPlus } from '../../components/icon';
import { Link } from '../../components/link';
import { INTRO_STEPS } from './steps';

/**
 * The introduction for someone new (no space yet, not seen here before):
 * three calm screens, Back and Next, skippable at any point, with progress
 * as dots (each named, never a number to reach). The last one leads to
 * making a first space, where inviting the other person comes next.
 * `onLast` when the last screen is reached (seen), `onDone` when skipped.
 */
export function Intro(props: { onDone: () => void; onLast: () => void }) {
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const step = INTRO_STEPS[index] ?? INTRO_STEPS[0];
  const last = index === INTRO_STEPS.length - 1;

  useEffect(() => {
    // After Back or Next, the new screen's heading takes focus so it is read; not on first showing.
    if (moved.current) heading.current?.focus();
    moved.current = true;
    // Having reached the last screen counts as having seen it all.
    if (index === INTRO_STEPS.length - 1) props.onLast();
  }, [index]);

  if (!step) return null;
  return (
    <section class="panel intro" aria-labelledby="intro-heading" aria-roledescription="introduction">
      <ol class="plain-list intro-dots" aria-label="Where you are in the introduction">
        {INTRO_STEPS.map((s, i) => (
          <li key={s.dot} class={i === index ? 'intro-dot intro-dot-current' : 'intro-dot'}>
            <span class="visually-hidden">
              {s.dot}
              {i === index ? ' (this one)' : ''}
            </span>
          </li>
        ))}
      </ol>
      <h2 id="intro-heading" tabIndex={-1} ref={heading}>
        {step.title}
      </h2>
      {step.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <div class="actions intro-actions">
        {index > 0 && (
          <button type="button" class="button button-secondary" onClick={() => setIndex(index - 1)}>
            <IconArrowLeft /> Back
          </button>
        )}
        {last ? (
          <Link href="/spaces/new" class="button">
            <IconPlus /> Create your first space
          </Link>
        ) : (
          <button type="button" class="button" onClick={() => setIndex(index + 1)}>
            Next <IconChevronRight />
          </button>
        )}
      </div>
      <p class="intro-skip">
        <button type="button" class="button button-quiet" onClick={props.onDone}>
          Skip the introduction
        </button>
      </p>
    </section>
  );
}
