import type { MonthOfBalance, MonthOfRepair } from '@repairable/core';
import { useId } from 'preact/hooks';
import { linearScale, num, shareScale, spacedLabels } from '../../chart-geometry';
import { percent, ratioWords } from '../../insights-words';
import { monthName, monthOfRepairSaid, monthTick } from '../../month-words';
import { ChartKey, ChartSvg, ChartTable, Hatch, ShareGrid } from './figure';

const W = 340;
/** The chart shows the latest year; the table under it holds every month. */
export const MONTHS_DRAWN = 12;
const M = { left: 40, right: 10, top: 16, bottom: 24 };

/** Where each of `count` months sits across the chart, and how wide its bar is. */
function monthSlots(count: number) {
  const step = (W - M.left - M.right) / Math.max(count, 1);
  return { step, bar: Math.min(step * 0.64, 22), x: (i: number) => M.left + step * i + step / 2 };
}

/** Month names under the bars, thinned so they never crowd. */
function MonthAxis(props: { months: readonly string[]; y: number }) {
  const slots = monthSlots(props.months.length);
  const xs = props.months.map((_, i) => slots.x(i));
  return (
    <>
      {spacedLabels(xs, 34).map((i) => (
        <text key={props.months[i]} class="chart-label" x={num(xs[i] ?? 0)} y={props.y} text-anchor="middle">
          {monthTick(props.months[i] ?? '')}
        </text>
      ))}
    </>
  );
}

/**
 * Good moments and ruptures month by month, the good above the line (solid)
 * and the ruptures below it (hatched): told apart by side and pattern, not
 * by colour. The table adds the size-weighted sum and both ratios.
 */
export function BalanceByMonthChart(props: { months: readonly MonthOfBalance[] }) {
  const id = useId();
  const drawn = props.months.slice(-MONTHS_DRAWN);
  const H = 180;
  const mid = M.top + (H - M.top - M.bottom) / 2;
  const most = Math.max(1, ...drawn.map((m) => Math.max(m.positives, m.ruptures)));
  const up = linearScale([0, most], [mid, M.top]);
  const down = linearScale([0, most], [mid, H - M.bottom]);
  const slots = monthSlots(drawn.length);
  const first = drawn[0];
  const last = drawn[drawn.length - 1];
  const said = drawn.map((m) => `${monthName(m.month)}: ${m.positives} good, ${m.ruptures} ruptures`).join('; ');
  return (
    <figure class="chart-figure">
      <ChartSvg
        id={`${id}-balance-months`}
        width={W}
        height={H}
        title={`Good moments and ruptures each month${first && last ? `, ${monthName(first.month)} to ${monthName(last.month)}` : ''}`}
        summary={`${said}.`}
      >
        <Hatch id={`${id}-hatch`} class="chart-bar" />
        <text class="chart-label" x={M.left - 6} y={num(up(most) + 4)} text-anchor="end">
          {most}
        </text>
        <text class="chart-label" x={M.left - 6} y={num(mid + 4)} text-anchor="end">
          0
        </text>
        <text class="chart-label" x={M.left - 6} y={num(down(most) + 4)} text-anchor="end">
          {most}
        </text>
        {drawn.map((m, i) => {
          const x = slots.x(i) - slots.bar / 2;
          return (
            <g key={m.month}>
              {m.positives > 0 && (
                <rect
                  class="chart-bar chart-bar-solid"
                  x={num(x)}
                  y={num(up(m.positives))}
                  width={num(slots.bar)}
                  height={num(mid - up(m.positives))}
                  rx={2}
                />
              )}
              {m.ruptures > 0 && (
                <rect
                  class="chart-bar"
                  fill={`url(#${id}-hatch)`}
                  x={num(x)}
                  y={num(mid)}
                  width={num(slots.bar)}
                  height={num(down(m.ruptures) - mid)}
                  rx={2}
                />
              )}
            </g>
          );
        })}
        <line class="chart-axis" x1={M.left} x2={W - M.right} y1={num(mid)} y2={num(mid)} />
        <MonthAxis months={drawn.map((m) => m.month)} y={H - 4} />
      </ChartSvg>
      <ChartKey
        items={[
          { look: 'bar', label: 'good moments, above the line (solid)' },
          { look: 'band', label: 'ruptures, below it (hatched)' },
        ]}
      />
      <ChartTable
        caption="Good moments and ruptures each month"
        head={['Month', 'Good moments', 'Ruptures (weighted by size)', 'About (weighted)']}
        rows={[...props.months]
          .reverse()
          .map((m) => [
            monthName(m.month),
            m.positives,
            `${m.ruptures} (${m.weighted})`,
            !m.enough
              ? 'not enough yet'
              : m.ratio === null || m.weightedRatio === null
                ? 'no ruptures'
                : `${ratioWords(m.ratio)} (${ratioWords(m.weightedRatio)})`,
          ])}
      />
    </figure>
  );
}

/**
 * Month by month, the share of that month's ruptures repaired within the
 * week, as bars on the 0–100% scale; a month with too few known outcomes
 * draws no bar and says so in the table.
 */
export function RepairByMonthChart(props: { months: readonly MonthOfRepair[]; withinDays: number }) {
  const id = useId();
  const drawn = props.months.slice(-MONTHS_DRAWN);
  const H = 150;
  const y = shareScale(H - M.bottom, M.top);
  const slots = monthSlots(drawn.length);
  const said = drawn
    .map((m) => `${monthName(m.month)}: ${monthOfRepairSaid(m) ? percent(m.share) : 'not enough yet'}`)
    .join('; ');
  return (
    <figure class="chart-figure">
      <ChartSvg
        id={`${id}-repair-months`}
        width={W}
        height={H}
        title={`Repaired within ${props.withinDays} days, by the month it happened`}
        summary={`${said}.`}
      >
        <ShareGrid y={y} left={M.left} right={W - M.right} />
        {drawn.map((m, i) =>
          monthOfRepairSaid(m) && m.share > 0 ? (
            <rect
              key={m.month}
              class="chart-bar chart-bar-solid"
              x={num(slots.x(i) - slots.bar / 2)}
              y={num(y(m.share))}
              width={num(slots.bar)}
              height={num(y(0) - y(m.share))}
              rx={2}
            />
          ) : null,
        )}
        <MonthAxis months={drawn.map((m) => m.month)} y={H - M.bottom + 16} />
      </ChartSvg>
      <ChartTable
        caption={`Ruptures of each month repaired within ${props.withinDays} days`}
        head={['Month', 'Outcome known', `Repaired within ${props.withinDays} days`, 'Share']}
        rows={[...props.months]
          .reverse()
          .map((m) => [
            monthName(m.month),
            m.known,
            m.repairedWithin,
            monthOfRepairSaid(m) ? percent(m.share) : 'not enough yet',
          ])}
      />
    </figure>
  );
}
