import type { InsightsResult } from '@repairable/core';
import type { InsightsView } from './schema';

/**
 * Core's insights as the API answers them. The names are core's own; the
 * presenter names each part it sends, so a field core adds later is not
 * sent until the schema (and so the OpenAPI document) says what it is.
 */
export function presentInsights(r: InsightsResult): InsightsView {
  return {
    window: r.window,
    balance: r.balance,
    balanceByWindow: r.balanceByWindow,
    balanceGuide: r.balanceGuide,
    repair: r.repair,
    repairedWithin: r.repairedWithin,
    repairBySize: r.repairBySize,
    repairByMonth: r.repairByMonth,
    quietWall: r.quietWall,
    themes: r.themes,
    chains: r.chains,
    regulation: r.regulation,
    confidence: r.confidence,
  };
}
