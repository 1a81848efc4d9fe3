import { useState } from 'preact/hooks';
import type { ScreenProps } from '../../app';
import { Alert, Status } from '../../components/alert';
import { Link } from '../../components/link';
import { PageTitle } from '../../components/page-title';
import { useAction } from '../../components/use-action';
import { safetyApi, setSafetyMode, useSafetyMode } from '../../safety-state';
import { me } from '../../state';
import { SafetyHelp } from './safety-help';

/**
 * "Support" from the menu, any time (SECURITY.md P5): the safety view,
 * the private check-in with oneself, and, while the view puts safety
 * first, a way back when the person feels safe. Also where a harm rupture
 * saved from the quick log lands (`?after=harm`). The title says nothing.
 * Signed out (after a quick exit, say) it opens too, with the helplines
 * alone: they come from `GET /api/safety/resources`, which answers anyone.
 */
export function SafetyScreen(props: ScreenProps) {
  const after = props.query.get('after');
  const safetyFirst = useSafetyMode();
  const back = useAction();
  const [done, setDone] = useState<string | undefined>(undefined);

  function switchBack() {
    return back.run(async () => {
      await safetyApi.switchBack();
      setSafetyMode({ safetyFirst: false, since: null });
      setDone('Your usual view is back. You can check in with yourself again any time.');
    });
  }

  return (
    <>
      <PageTitle>{after === 'harm' ? 'Noted, just for you' : 'Support for you'}</PageTitle>
      {after === 'harm' && <p class="lead">Nobody else in this space will see it, now or later.</p>}
      {after === 'check' && safetyFirst && (
        <p class="lead">Thank you for telling us. For now, your view puts your safety first.</p>
      )}
      {after === 'check' && !safetyFirst && <p class="lead">Thank you for checking in with yourself.</p>}
      <Status message={done} />
      <SafetyHelp />

      {!me.value ? null : safetyFirst ? (
        <section class="panel panel-soft" aria-labelledby="safety-mode-heading">
          <h2 id="safety-mode-heading">Your safety comes first</h2>
          <p>
            While it does, repair prompts and reminders rest, and your spaces show support first. Only you see this;
            nothing changes for anyone else.
          </p>
          <Alert message={back.error} />
          <div class="actions">
            <button type="button" class="button button-secondary" aria-disabled={back.busy} onClick={switchBack}>
              I feel safe now: switch back
            </button>
            <Link href="/safety/check" class="button button-quiet">
              Check in again
            </Link>
          </div>
        </section>
      ) : (
        <section class="panel panel-soft" aria-labelledby="safety-check-heading">
          <h2 id="safety-check-heading">Check in with yourself</h2>
          <p>
            A few private questions about how safe you feel. Your answers are not kept or shown to anyone; they only
            decide what you see here.
          </p>
          <Link href="/safety/check" class="button button-secondary">
            Check in with yourself
          </Link>
        </section>
      )}
    </>
  );
}
