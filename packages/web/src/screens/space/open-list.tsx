import type { RuptureView, SpaceView } from '@repairable/core';
import { Alert } from '../../components/alert';
import { RuptureLink } from '../../components/rupture-item';
import { ShowMore } from '../../components/show-more';
import { useAction } from '../../components/use-action';
import { useLoad } from '../../components/use-load';
import { usePages } from '../../components/use-pages';
import { repairApi } from '../../repair-api';
import { minutesFrom } from '../../time';

/** Open ruptures per page; a space rarely holds more, and "Show more" brings the older ones. */
const PAGE = 50;

/** How long "Later" puts a reminder away. */
const SNOOZE_MINUTES = 3 * 24 * 60;

/**
 * Everything still open that the viewer may see, newest first a page at a
 * time, and above it, gently, the oldest ones the app brings back today
 * (rule 7) with "Later" to put one away.
 */
export function OpenList(props: { space: SpaceView; refresh: number }) {
  const key = `${props.space.id}|${props.refresh}`;
  const open = usePages((page) => repairApi.ruptures(props.space.id, 'open', page), key, PAGE);
  const reminders = useLoad(() => repairApi.reminders(props.space.id), key);
  const snoozing = useAction();
  const now = new Date();

  function later(rupture: RuptureView) {
    return snoozing.run(async () => {
      await repairApi.snooze(props.space.id, rupture.id, minutesFrom(new Date(), SNOOZE_MINUTES));
      reminders.set((reminders.data ?? []).filter((r) => r.id !== rupture.id));
    });
  }

  const due = reminders.data ?? [];
  // A rupture brought back above is not listed a second time below it.
  const dueIds = new Set(due.map((r) => r.id));
  const list = open.items?.filter((r) => !dueIds.has(r.id));
  return (
    <section class="panel" aria-labelledby="open-heading">
      <h2 id="open-heading">Open</h2>
      <Alert message={open.error ?? reminders.error?.message ?? snoozing.error} />
      {due.length > 0 && (
        <div class="reminders">
          <p id="reminders-heading">Still here when you're ready:</p>
          <ul class="plain-list items" aria-labelledby="reminders-heading">
            {due.map((rupture) => (
              <li key={rupture.id} class="item item-with-action">
                <RuptureLink rupture={rupture} members={props.space.members} now={now} />
                <button type="button" class="button-small" aria-disabled={snoozing.busy} onClick={() => later(rupture)}>
                  Later
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {list === undefined && !open.error && <p class="loading">Loading…</p>}
      {list?.length === 0 && due.length === 0 && <p class="empty-note">Nothing open. That's okay too.</p>}
      {list && list.length > 0 && due.length > 0 && <p id="open-rest-heading">Also open:</p>}
      {list && list.length > 0 && (
        <ul class="plain-list items" aria-labelledby={due.length > 0 ? 'open-rest-heading' : 'open-heading'}>
          {list.map((rupture) => (
            <li key={rupture.id} class="item">
              <RuptureLink rupture={rupture} members={props.space.members} now={now} />
            </li>
          ))}
        </ul>
      )}
      <ShowMore pages={open} />
    </section>
  );
}
