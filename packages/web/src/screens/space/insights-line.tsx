import type { SpaceView } from '@repairable/core';
import { IconInsights } from '../../components/icon';
import { Link } from '../../components/link';
import { quietWallLine } from '../../insights-words';

/**
 * The space home's way into insights: one quiet line about the quiet wall
 * ("3 small things have waited more than 3 days"), said only when there is
 * such a wall, and a tonal "Insights" link. The count comes with the space
 * view the home already reads (and reloads on live messages), counted over
 * what the viewer may see, so the home never asks for the whole insights.
 */
export function InsightsLine(props: { space: SpaceView }) {
  const { count, bySize } = props.space.quietWall;
  const line = quietWallLine(count, bySize);
  return (
    <div class="home-insights">
      {line && <p class="muted">{line}.</p>}
      <Link href={`/spaces/${props.space.id}/insights`} class="button button-secondary button-block">
        <IconInsights /> Insights
      </Link>
    </div>
  );
}
