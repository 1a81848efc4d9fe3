import type { Confidence } from '@repairable/core';
import { useId } from 'preact/hooks';
import { bandPath, linearScale, linePath, num, shareScale, spacedLabels } from '../../chart-geometry';
import { percent, rangeWords } from '../../insights-words';
import { formatDate } from '../../labels';
import { ChartKey, ChartSvg, ChartTable, Hatch, ShareGrid } from './figure';

const W = 340;
const H = 180;
const M = { left: 40, right: 16, top: 12, bottom: 30 };

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short' });

/**
 * Repair confidence over time: the likely chance of repair within a week
 * (a line with dots) inside its 80% range (a hatched band). With a single
 * point, the range is drawn as a bar through it.
 */
export function ConfidenceChart(props: { confidence: Confidence }) {
  const id = useId();
  const trend = props.confidence.trend.length > 0 ? props.confidence.trend : [props.confidence];
  const times = trend.map((p) => new Date(p.at).getTime());
  const first = times[0] ?? 0;
  const lastTime = times[times.length - 1] ?? 0;
  const x =
    trend.length > 1 ? linearScale([first, lastTime], [M.left + 8, W - M.right - 8]) : () => (M.left + W - M.right) / 2;
  const y = shareScale(H - M.bottom, M.top);
  const at = trend.map((p, i) => ({ p, x: x(times[i] ?? 0) }));
  const labelled = spacedLabels(
    at.map((a) => a.x),
    44,
  ).map((i) => at[i] as (typeof at)[number]);
  const now = trend[trend.length - 1] ?? props.confidence;
  return (
    <figure class="chart-figure">
      <ChartSvg
        id={`${id}-confidence`}
        width={W}
        height={H}
        title="Chance of repair within a week, over time"
        summary={`Now about ${percent(now.mean)}, likely between ${percent(now.low)} and ${percent(now.high)}${
          trend.length > 1 ? `; it began this window at about ${percent(trend[0]?.mean ?? 0)}` : ''
        }.`}
      >
        <Hatch id={`${id}-band`} class="chart-band" />
        <ShareGrid y={y} left={M.left} right={W - M.right} />
        <line class="chart-axis" x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
        {at.length > 1 ? (
          <>
            <path
              class="chart-band"
              d={bandPath(at.map(({ p, x: px }) => ({ x: px, low: y(p.low), high: y(p.high) })))}
              fill={`url(#${id}-band)`}
            />
            <path class="chart-line" d={linePath(at.map(({ p, x: px }) => ({ x: px, y: y(p.mean) })))} />
          </>
        ) : (
          <rect
            class="chart-band"
            fill={`url(#${id}-band)`}
            x={num((at[0]?.x ?? 0) - 8)}
            y={num(y(now.high))}
            width={16}
            height={num(y(now.low) - y(now.high))}
          />
        )}
        {at.map(({ p, x: px }) => (
          <circle key={p.at} class="chart-dot" cx={num(px)} cy={num(y(p.mean))} r={3.5} />
        ))}
        {labelled.map(({ p, x: px }, i) => (
          <text
            key={p.at}
            class="chart-label"
            x={num(px)}
            y={H - M.bottom + 17}
            text-anchor={
              at.length > 1 && i === labelled.length - 1 ? 'end' : at.length > 1 && i === 0 ? 'start' : 'middle'
            }
          >
            {p === now ? 'now' : monthFormat.format(new Date(p.at))}
          </text>
        ))}
      </ChartSvg>
      <ChartKey
        items={[
          { look: 'line', label: 'likely chance' },
          { look: 'band', label: '80% range' },
        ]}
      />
      <ChartTable
        caption="Chance of repair within a week"
        head={['On', 'Likely', '80% range', 'Outcomes counted']}
        rows={trend.map((p) => [
          p === now ? `${formatDate(p.at)} (now)` : formatDate(p.at),
          percent(p.mean),
          rangeWords(p.low, p.high),
          p.n,
        ])}
      />
    </figure>
  );
}
