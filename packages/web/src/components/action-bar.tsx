import type { ComponentChildren } from 'preact';

/**
 * A form's actions in a bar that sticks to the bottom of the screen, above
 * the phone's navigation, while the form runs on below it: the primary
 * action stays in view however many choices open up (the quick log's Save
 * and Undo, the full rupture form's Save). With no button in it, it lies
 * flat in the page. `message` goes above the row (an error from the action).
 */
export function ActionBar(props: { message?: ComponentChildren; children: ComponentChildren }) {
  return (
    <div class="action-bar">
      {props.message}
      <div class="action-bar-row">{props.children}</div>
    </div>
  );
}
