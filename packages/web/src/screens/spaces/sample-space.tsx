import { ApiError, api, errorMessage } from '../../api';
import { Alert } from '../../components/alert';
import { useAction } from '../../components/use-action';
import { navigate } from '../../router';

/**
 * "Try with sample data": a clearly labelled space with a year of made-up
 * history, to see what Repairable shows before anything real is in it.
 * Leaving it deletes it; there is one at a time.
 */
export function SampleSpace() {
  const { busy, error, run } = useAction({ leaves: true, describeError });
  const start = () =>
    run(async () => {
      const space = await api.createDemoSpace();
      navigate(`/spaces/${space.id}`);
    });
  return (
    <section class="panel panel-quiet" aria-labelledby="sample-heading">
      <h2 id="sample-heading">Try with sample data</h2>
      <p class="muted">
        See how it looks with a year of made-up moments. It is marked as a sample, nobody else sees it, and leaving it
        deletes it.
      </p>
      <Alert message={error} />
      <button type="button" class="button button-secondary" aria-disabled={busy} onClick={start}>
        {busy ? 'Making the sample…' : 'Try with sample data'}
      </button>
    </section>
  );
}

function describeError(err: unknown): string {
  if (err instanceof ApiError && err.code === 'demo_space_exists') {
    return 'You already have a sample space in your list. Leave it first to start a new one.';
  }
  return errorMessage(err);
}
