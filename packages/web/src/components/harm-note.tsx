/**
 * Shown as soon as "Harm" is chosen, before saving (rule 9, SECURITY.md
 * P5): it stays private, and support is there. The wrapper is a live region
 * that is always in the page, so the note is announced when it appears.
 */
export function HarmNote(props: { show: boolean }) {
  return (
    <div class="live-wrap" aria-live="polite">
      {props.show && (
        <div class="note harm-note">
          <p>
            <strong>This will stay private, just for you.</strong> Nobody else in this space will see it.
          </p>
          <p>You don't have to carry this alone. As soon as it is saved, we'll show you who you can call.</p>
        </div>
      )}
    </div>
  );
}
