/**
 * Rule 9 and SECURITY.md P5: a rupture marked as harm is not something to
 * repair alone. Calm words and where to turn, no repair prompts, no
 * external links (each would leave a trace and a way to be followed).
 */
export function SafetyView() {
  return (
    <section class="panel safety" aria-labelledby="safety-heading">
      <h2 id="safety-heading">You deserve to be safe</h2>
      <p>
        What you noted sounds like harm. That is not something to repair alone, and you don't have to carry it alone.
      </p>
      <ul>
        <li>If you are in danger right now, call your local emergency number.</li>
        <li>
          You can talk to a domestic-abuse helpline in your country. They listen, they believe you, and they can help
          you plan what is right for you.
        </li>
        <li>This stays private. Nobody else in this space can see it, now or later.</li>
        <li>The Quick exit button is at the top of every screen. Pressing Escape three times does the same.</li>
      </ul>
    </section>
  );
}
