import { z } from '@hono/zod-openapi';
import { AGE_BANDS, INSIGHT_WINDOWS, type InsightsResult, RATIO_GUIDE, RUPTURE_SIZES } from '@repairable/core';
import { QUIET_WALL_IDS_SHOWN } from './presenter';

/**
 * The insights answer, described for OpenAPI. It is core's `InsightsResult`
 * word for word (no second vocabulary): the check at the bottom fails to
 * compile if the two ever differ in either direction.
 */

export const InsightsQuery = z.strictObject({
  window: z.enum(INSIGHT_WINDOWS).default('30d').openapi({ description: 'How far back "lately" reaches.' }),
});

const share = z.number().min(0).max(1);
const RestsOn = {
  restsOn: z.number().int().openapi({ description: 'How many moments the figure rests on.' }),
  enough: z.boolean().openapi({ description: 'False: too few to say ("not enough yet").' }),
};
const bySize = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(RUPTURE_SIZES.map((size) => [size, value])) as Record<(typeof RUPTURE_SIZES)[number], T>);

const BalanceSchema = z
  .object({
    ...RestsOn,
    positives: z.number().int(),
    ruptures: z.number().int(),
    ratio: z.number().nullable().openapi({ description: 'Positives ÷ ruptures; null with no ruptures.' }),
    weightedRatio: z.number().nullable().openapi({ description: 'Same, ruptures weighted by size (1, 2, 4, 8).' }),
  })
  .openapi('InsightBalance');

const IncidencePointSchema = z
  .object({
    hours: z.number(),
    share: share.openapi({ description: 'Share repaired within `hours` (Aalen–Johansen, let-go competing).' }),
    low: share,
    high: share,
    letGo: share.openapi({ description: 'Share let go within `hours`: a different ending, shown apart.' }),
    atRisk: z.number().int(),
  })
  .openapi('InsightIncidencePoint');

const repairSummary = {
  ...RestsOn,
  total: z.number().int(),
  repaired: z.number().int(),
  letGo: z.number().int(),
  open: z.number().int(),
  rate: z.number().nullable().openapi({ description: 'Repaired ÷ (total − let go); null when none is left.' }),
  medianHoursToRepair: z.number().nullable().openapi({ description: 'Null: not reached yet.' }),
  quartileHours: z.tuple([z.number().nullable(), z.number().nullable()]),
};

const MonthOfBalanceSchema = z
  .object({
    ...RestsOn,
    month: z.string().openapi({ description: 'UTC month, `YYYY-MM`.' }),
    positives: z.number().int(),
    ruptures: z.number().int(),
    weighted: z.number().int().openapi({ description: 'Ruptures weighted by size (1, 2, 4, 8), summed.' }),
    ratio: z.number().nullable(),
    weightedRatio: z.number().nullable(),
  })
  .openapi('InsightMonthOfBalance');

const MonthOfRepairSchema = z.object({
  month: z.string(),
  known: z.number().int(),
  repairedWithin: z.number().int(),
  share: share.nullable(),
});

const QuietWallSchema = z
  .object({
    ...RestsOn,
    count: z.number().int(),
    bySize: bySize(z.number().int()),
    byAge: z.array(
      z.object({
        band: z.enum(AGE_BANDS),
        count: z.number().int(),
        bySize: bySize(z.number().int()),
        items: z.array(z.object({ id: z.string(), size: z.enum(RUPTURE_SIZES), occurredAt: z.string() })).openapi({
          description: `Oldest first, at most ${QUIET_WALL_IDS_SHOWN} (\`count\` says how many); a size and a time, never what it was.`,
        }),
      }),
    ),
    oldestDays: z.number().int().nullable(),
  })
  .openapi('InsightQuietWall');

const ThemeSchema = z.object({
  topic: z.string(),
  count: z.number().int(),
  didNotHold: z.number().int(),
  ruptureIds: z.array(z.string()),
});

const ChainSchema = z.object({
  ruptureIds: z.array(z.string()),
  count: z.number().int(),
  didNotHold: z.number().int(),
  topic: z.string().nullable(),
});

const ConfidencePoint = {
  at: z.string(),
  mean: share,
  low: share,
  high: share,
  n: z.number().int(),
  weight: z.number(),
};

const GuideSchema = z.object({
  ratio: z.literal(RATIO_GUIDE.ratio),
  source: z.literal(RATIO_GUIDE.source),
  measured: z.literal(RATIO_GUIDE.measured),
  status: z.literal(RATIO_GUIDE.status),
  caveat: z.literal(RATIO_GUIDE.caveat),
});

export const InsightsSchema = z
  .object({
    window: z.enum(INSIGHT_WINDOWS),
    balance: BalanceSchema,
    balanceByWindow: z.object(
      Object.fromEntries(INSIGHT_WINDOWS.map((w) => [w, BalanceSchema])) as Record<
        (typeof INSIGHT_WINDOWS)[number],
        typeof BalanceSchema
      >,
    ),
    balanceGuide: GuideSchema,
    balanceByMonth: z.array(MonthOfBalanceSchema).openapi({
      description: 'Good moments and ruptures month by month within the window; quiet months between as zeros.',
    }),
    repair: z.object(repairSummary),
    repairedWithin: z.array(IncidencePointSchema),
    repairBySize: bySize(z.object({ ...repairSummary, repairedWithin: z.array(IncidencePointSchema) })),
    repairByMonth: z.object({ withinDays: z.number().int(), months: z.array(MonthOfRepairSchema) }),
    quietWall: QuietWallSchema,
    themes: z.array(ThemeSchema),
    chains: z.array(ChainSchema),
    regulation: z
      .object({
        ...RestsOn,
        floodedAttempts: z.number().int(),
        regulatedAttempts: z.number().int(),
        floodedSuccess: z.number().int(),
        regulatedSuccess: z.number().int(),
      })
      .openapi('InsightRegulation'),
    confidence: z
      .object({ ...RestsOn, ...ConfidencePoint, trend: z.array(z.object(ConfidencePoint)) })
      .openapi('InsightConfidence'),
  })
  .openapi('Insights');

export type InsightsView = z.infer<typeof InsightsSchema>;

// The schema and core's type are one shape: each must be assignable to the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<InsightsView, InsightsResult> = true;
void sameShape;
