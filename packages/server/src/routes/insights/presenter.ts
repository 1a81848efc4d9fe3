import type { InsightsResult, QuietWall } from '@repairable/core';
import type { InsightsView } from './schema';

/**
 * Ids sent per quiet-wall age band (its `count` says how many there are):
 * years of history can leave thousands in the oldest band, and a list the
 * API sends is always bounded (SECURITY.md R6); every open one is also in
 * the paginated rupture list.
 */
export const QUIET_WALL_IDS_SHOWN = 50;

function boundedWall(wall: QuietWall): QuietWall {
  return {
    ...wall,
    byAge: wall.byAge.map((band) => ({ ...band, items: band.items.slice(0, QUIET_WALL_IDS_SHOWN) })),
  };
}

/**
 * Core's insights as the API answers them. The names are core's own; the
 * presenter names each part it sends, so a field core adds later is not
 * sent until the schema (and so the OpenAPI document) says what it is.
 * The quiet wall's ids are bounded per band (`QUIET_WALL_IDS_SHOWN`).
 */
export function presentInsights(r: InsightsResult): InsightsView {
  return {
    window: r.window,
    balance: r.balance,
    balanceByWindow: r.balanceByWindow,
    balanceGuide: r.balanceGuide,
    balanceByMonth: r.balanceByMonth,
    repair: r.repair,
    repairedWithin: r.repairedWithin,
    repairBySize: r.repairBySize,
    repairByMonth: r.repairByMonth,
    quietWall: boundedWall(r.quietWall),
    themes: r.themes,
    chains: r.chains,
    regulation: r.regulation,
    confidence: r.confidence,
  };
}
