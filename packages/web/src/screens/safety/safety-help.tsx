import { IconShield } from '../../components/icon';
import { Helplines } from './helplines';

/**
 * The safety view (DESIGN.md rule 9, SECURITY.md P4–P5): calm words, the
 * numbers to call, what repair is not for, and the quick exit. It never
 * names anyone, and nothing in it is shared.
 */
export function SafetyHelp(props: { headingLevel?: 2 | 3; id?: string }) {
  const id = props.id ?? 'safety-help-heading';
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section class="panel safety" aria-labelledby={id}>
      <Heading id={id} class="safety-heading">
        <IconShield /> You deserve to be safe
      </Heading>
      <p>
        If someone close to you hurts you, threatens you or controls you, that is not a rupture to repair on your own.
        It is not your fault, and you don't have to carry it alone.
      </p>
      <p>If you are in danger right now, call the emergency number.</p>
      <Helplines headingLevel={props.headingLevel === 3 ? 3 : 2} />
      <ul class="safety-points">
        <li>Helplines listen, believe you, and help you plan what is safe for you. You decide what happens next.</li>
        <li>What you keep here stays private. Nobody else in your spaces can see it.</li>
        <li>
          The Quick exit button at the top of every screen leaves at once. Pressing Escape three times does the same.
        </li>
      </ul>
    </section>
  );
}
