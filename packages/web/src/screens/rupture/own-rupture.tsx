import type { RuptureDetailView } from '@repairable/core';
import { useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { Alert } from '../../components/alert';
import { Edited } from '../../components/edited';
import { IconEdit, IconTrash } from '../../components/icon';
import { Link } from '../../components/link';
import { useAction } from '../../components/use-action';
import { repairApi } from '../../repair-api';
import { navigate } from '../../router';
import { flash } from '../../state';
import { clockTime } from '../../time';

/**
 * On one's own rupture, quietly (the page's primary stays the person's
 * next step): "Edit", and while it is still private, "Delete" with a plain
 * confirmation. A shared rupture belongs to the history of the people it
 * involves, so it is edited (and marked so), never deleted.
 */
export function OwnRuptureTools(props: { rupture: RuptureDetailView }) {
  const { rupture } = props;
  const [asking, setAsking] = useState(false);
  const { busy, error, setError, run } = useAction({ leaves: true });
  if (!rupture.isMine) return null;
  const mayDelete = rupture.visibility === 'private';

  async function remove() {
    await run(async () => {
      try {
        await repairApi.remove({ spaceId: rupture.spaceId, id: rupture.id, version: rupture.version });
      } catch (err) {
        // Shared meanwhile from another device: it is no longer only theirs to take back.
        if (err instanceof ApiError && err.code === 'rupture_already_raised') setAsking(false);
        throw err;
      }
      flash.value = 'Deleted.';
      navigate(`/spaces/${rupture.spaceId}`);
    });
  }

  return (
    <div class="own-rupture">
      {asking ? (
        <section class="panel panel-soft" aria-labelledby="delete-heading">
          <h2 id="delete-heading">Delete this? Only you could see it.</h2>
          <p>It will be gone for good, from every list.</p>
          <Alert message={error} />
          <div class="actions">
            <button type="button" class="button button-danger" aria-disabled={busy} onClick={remove}>
              Delete
            </button>
            <button
              type="button"
              class="button button-quiet"
              onClick={() => {
                setError(undefined);
                setAsking(false);
              }}
            >
              Cancel
            </button>
          </div>
        </section>
      ) : (
        <p class="own-rupture-tools">
          <Link href={`/spaces/${rupture.spaceId}/ruptures/${rupture.id}/edit`} class="button button-quiet">
            <IconEdit /> Edit
          </Link>
          {mayDelete && (
            <button type="button" class="button button-quiet" onClick={() => setAsking(true)}>
              <IconTrash /> Delete
            </button>
          )}
        </p>
      )}
    </div>
  );
}

/** "(edited 14:05)" after the rupture's own line, when its author changed it. */
export function RuptureEdited(props: { rupture: RuptureDetailView; now: Date }) {
  const at = props.rupture.editedAt;
  return at ? <Edited at={at} time={clockTime(at, props.now)} /> : null;
}
