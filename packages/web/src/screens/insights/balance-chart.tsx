import { type Balance, INSIGHT_WINDOWS, type InsightWindow } from '@repairable/core';
import { useId } from 'preact/hooks';
import { linearScale, num, ratioAxisMax } from '../../chart-geometry';
import { ratioWords, WINDOW_LABELS } from '../../insights-words';
import { ChartSvg, ChartTable } from './figure';

const W = 340;
const ROW = 34;
const M = { left: 70, right: 16, top: 22, bottom: 8 };

/**
 * Good moments to ruptures in each window, lately to always, as bars
 * against the 5 to 1 guide (a dashed line named in words). A window with
 * too few moments says so in place of its bar; the chosen one is marked in
 * words as well as weight.
 */
export function BalanceChart(props: {
  byWindow: Record<InsightWindow, Balance>;
  chosen: InsightWindow;
  guide: number;
}) {
  const id = useId();
  const windows = INSIGHT_WINDOWS;
  const H = M.top + windows.length * ROW + M.bottom;
  const max = ratioAxisMax(
    windows.map((w) => (props.byWindow[w].enough ? props.byWindow[w].ratio : null)),
    props.guide,
  );
  const x = linearScale([0, max], [M.left, W - M.right]);
  const said = (b: Balance) =>
    !b.enough ? 'not enough yet' : b.ratio === null ? 'no ruptures' : `about ${ratioWords(b.ratio)}`;
  return (
    <figure class="chart-figure">
      <ChartSvg
        id={`${id}-balance`}
        width={W}
        height={H}
        title="Good moments to ruptures"
        summary={`${windows.map((w) => `${WINDOW_LABELS[w]}: ${said(props.byWindow[w])}`).join('; ')}. The guide is ${props.guide} to 1.`}
      >
        <line class="chart-guide" x1={num(x(props.guide))} x2={num(x(props.guide))} y1={M.top - 6} y2={H - M.bottom} />
        <text class="chart-label" x={num(x(props.guide))} y={M.top - 10} text-anchor="middle">
          {props.guide} to 1 guide
        </text>
        {windows.map((w, i) => {
          const b = props.byWindow[w];
          const top = M.top + i * ROW + 6;
          const mid = top + 11;
          const chosen = w === props.chosen;
          const drawn = b?.enough && b.ratio !== null;
          const value = drawn ? (b?.ratio ?? 0) : 0;
          const right = x(Math.min(value, max));
          return (
            <g key={w}>
              <text
                class={chosen ? 'chart-label chart-label-strong' : 'chart-label'}
                x={M.left - 8}
                y={mid + 4}
                text-anchor="end"
              >
                {WINDOW_LABELS[w]}
              </text>
              {drawn ? (
                <>
                  <rect
                    class={chosen ? 'chart-bar chart-bar-solid' : 'chart-bar chart-bar-soft'}
                    x={M.left}
                    y={top}
                    width={num(Math.max(right - M.left, 2))}
                    height={22}
                    rx={4}
                  />
                  <text
                    class="chart-label"
                    x={num(right > W - M.right - 60 ? right - 6 : right + 6)}
                    y={mid + 4}
                    text-anchor={right > W - M.right - 60 ? 'end' : 'start'}
                  >
                    {ratioWords(value)}
                  </text>
                </>
              ) : (
                <text class="chart-label" x={M.left + 4} y={mid + 4}>
                  {said(b)}
                </text>
              )}
            </g>
          );
        })}
      </ChartSvg>
      <ChartTable
        caption="Good moments and ruptures in each window"
        head={['Window', 'Good moments', 'Ruptures', 'Ratio', 'Weighted by size']}
        rows={windows.map((w) => {
          const b = props.byWindow[w];
          return [
            `${WINDOW_LABELS[w]}${w === props.chosen ? ' (chosen)' : ''}`,
            b?.positives ?? 0,
            b?.ruptures ?? 0,
            b?.ratio == null ? '–' : ratioWords(b.ratio),
            b?.weightedRatio == null ? '–' : ratioWords(b.weightedRatio),
          ];
        })}
      />
    </figure>
  );
}
