import type { QuietWall as Wall } from '@repairable/core';
import { IconChevronRight } from '../../components/icon';
import { Link } from '../../components/link';
import { AGE_BAND_LABELS, type Audience, quietWallIntro, SIZE_NAMES } from '../../insights-words';
import { SIZE_LABELS } from '../../repair-labels';
import { relativeTime } from '../../time';

/** How many of each age band are linked here; the timeline holds the rest. */
const SHOWN_PER_BAND = 3;

/**
 * The quiet wall: the small things left open for more than 3 days, by age,
 * oldest first, each one a link to its page so it is easy to pick one up
 * again. Labels stay neutral (a size and how long ago, never what it was):
 * harm is never part of it (core leaves it out).
 */
export function QuietWall(props: { spaceId: string; wall: Wall; audience: Audience }) {
  const { wall, spaceId } = props;
  const bands = wall.byAge.filter((b) => b.count > 0);
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
            <ul class="plain-list wall-items" aria-labelledby={headingId}>
              {band.items.slice(0, SHOWN_PER_BAND).map((item) => (
                <li key={item.id}>
                  <Link href={`/spaces/${spaceId}/ruptures/${item.id}`} class="wall-item">
                    <span>
                      {SIZE_LABELS[item.size]} · {relativeTime(item.occurredAt, now)}
                    </span>
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
