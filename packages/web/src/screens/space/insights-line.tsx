import type { SpaceView } from '@repairable/core';
import { IconInsights } from '../../components/icon';
import { Link } from '../../components/link';
import { useLoad } from '../../components/use-load';
import { quietWallLine } from '../../insights-words';
import { repairApi } from '../../repair-api';

/**
 * The space home's way into insights: one quiet line about the quiet wall
 * ("3 small things have waited more than 3 days"), said only when there is
 * such a wall, and a tonal "Insights" link. If insights do not load, the
 * line is simply not said: the link still leads there.
 */
export function InsightsLine(props: { space: SpaceView; refresh: number }) {
  const insights = useLoad(() => repairApi.insights(props.space.id, '7d'), `${props.space.id}|${props.refresh}`);
  const wall = insights.data?.quietWall;
  const line = wall ? quietWallLine(wall.count, wall.bySize) : null;
  return (
    <div class="home-insights">
      {line && <p class="muted">{line}.</p>}
      <Link href={`/spaces/${props.space.id}/insights`} class="button button-secondary button-block">
        <IconInsights /> Insights
      </Link>
    </div>
  );
}
