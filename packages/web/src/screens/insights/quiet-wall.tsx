import type { QuietWall as Wall } from '@repairable/core';
import { IconChevronRight } from '../../components/icon';
import { Link } from '../../components/link';
import { useLoad } from '../../components/use-load';
import { AGE_BAND_LABELS, type Audience, quietWallIntro, SIZE_NAMES } from '../../insights-words';
import { repairApi } from '../../repair-api';
import { SIZE_LABELS } from '../../repair-labels';
import { relativeTime } from '../../time';

/** How many of each age band are linked here (so at most 12 are looked up); the timeline holds the rest. */
const SHOWN_PER_BAND = 3;

type Label = { size: keyof typeof SIZE_LABELS; occurredAt: string } | null;

/**
 * The size and time of each linked item, for a neutral label ("Small · 3
 * weeks ago"): insights name the wall's ruptures by id only, so the few
 * shown are read through the same endpoint as their pages. One that does
 * not load keeps a plain label.
 */
function useLabels(spaceId: string, ids: readonly string[]) {
  return useLoad(
    () =>
      Promise.all(
        ids.map((id) =>
          repairApi.rupture(spaceId, id).then(
            (r): Label => ({ size: r.size, occurredAt: r.occurredAt }),
            (): Label => null,
          ),
        ),
      ).then((labels) => new Map(ids.map((id, i) => [id, labels[i] ?? null]))),
    `${spaceId}|${ids.join(',')}`,
  ).data;
}

/**
 * The quiet wall: the small things left open for more than 3 days, by age,
 * oldest first, each one a link to its page so it is easy to pick one up
 * again. Labels stay neutral (a size and how long ago, never what it was):
 * harm is never part of it (core leaves it out).
 */
export function QuietWall(props: { spaceId: string; wall: Wall; audience: Audience }) {
  const { wall, spaceId } = props;
  const bands = wall.byAge.filter((b) => b.count > 0);
  const labels = useLabels(
    spaceId,
    bands.flatMap((b) => b.ruptureIds.slice(0, SHOWN_PER_BAND)),
  );
  const now = new Date();
  return (
    <section class="panel insight" aria-labelledby="wall-heading" data-insight="quiet-wall">
      <h2 id="wall-heading">Waiting quietly</h2>
      <p class="insight-sentence">{quietWallIntro(wall.count, props.audience)}</p>
      {bands.map((band) => {
        const headingId = `wall-${band.band}`;
        const more = band.count - Math.min(band.count, SHOWN_PER_BAND);
        const sizes = (Object.keys(band.bySize) as (keyof typeof band.bySize)[])
          .filter((s) => band.bySize[s] > 0)
          .map((s) => `${band.bySize[s]} ${SIZE_NAMES[s]}`)
          .join(', ');
        return (
          <div key={band.band} class="wall-band">
            <h3 id={headingId}>
              {AGE_BAND_LABELS[band.band]} <span class="small muted">· {sizes}</span>
            </h3>
            <ul class="wall-items" aria-labelledby={headingId}>
              {band.ruptureIds.slice(0, SHOWN_PER_BAND).map((id, i) => (
                <li key={id}>
                  <Link href={`/spaces/${spaceId}/ruptures/${id}`} class="wall-item">
                    <WallLabel label={labels?.get(id)} now={now} fallback={`Open thing ${i + 1}`} />
                    <IconChevronRight />
                  </Link>
                </li>
              ))}
            </ul>
            {more > 0 && (
              <p class="small muted">
                And {more} more, in the <Link href={`/spaces/${spaceId}/timeline`}>timeline</Link>.
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}

function WallLabel(props: { label: Label | undefined; now: Date; fallback: string }) {
  if (!props.label) return <span>{props.fallback}</span>;
  return (
    <span>
      {SIZE_LABELS[props.label.size]} · {relativeTime(props.label.occurredAt, props.now)}
    </span>
  );
}
