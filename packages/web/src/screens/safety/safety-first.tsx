import { Link } from '../../components/link';
import { useSafetyMode } from '../../safety-state';
import { Helplines } from './helplines';

/**
 * On the space home while this person's view puts safety first (P5): the
 * resources come first. Only they see it; for everyone else the space looks
 * as it always did. Renders nothing otherwise.
 */
export function SafetyFirst() {
  if (!useSafetyMode()) return null;
  return (
    <section class="panel safety" aria-labelledby="safety-first-heading">
      <h2 id="safety-first-heading">Your safety comes first</h2>
      <p>Repair prompts are resting for now. Take the time you need.</p>
      <Helplines headingLevel={3} calm />
      <p>
        <Link href="/safety">More support, and switching back</Link>
      </p>
    </section>
  );
}
