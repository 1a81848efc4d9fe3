import type { IncidencePoint } from '@repairable/core';
import { useId } from 'preact/hooks';
import { hoursScale, hourTicks, num, shareScale, stepBandPath, stepPath } from '../../chart-geometry';
import { percent, rangeWords, spanWords } from '../../insights-words';
import { ChartKey, ChartSvg, ChartTable, Hatch, ShareGrid } from './figure';

const W = 340;
const H = 200;
const M = { left: 40, right: 14, top: 12, bottom: 30 };

/**
 * Time to repair as a rising "repaired within…" step curve with its 95%
 * band (hatched), and let-go apart as a dashed line: a different ending,
 * not a repair. Both lines are named at their ends, so neither colour nor
 * line style alone tells them apart.
 */
export function RepairChart(props: { points: readonly IncidencePoint[] }) {
  const id = useId();
  const points = [{ hours: 0, share: 0, low: 0, high: 0, letGo: 0, atRisk: 0 }, ...props.points];
  const last = points[points.length - 1] as IncidencePoint;
  const maxHours = Math.max(last.hours, 24);
  const x = hoursScale(maxHours, [M.left, W - M.right]);
  const y = shareScale(H - M.bottom, M.top);
  const end = x(maxHours);
  const repaired = stepPath(
    points.map((p) => ({ x: x(p.hours), y: y(p.share) })),
    end,
  );
  const band = stepBandPath(
    points.map((p) => ({ x: x(p.hours), low: y(p.low), high: y(p.high) })),
    end,
  );
  const letGo = stepPath(
    points.map((p) => ({ x: x(p.hours), y: y(p.letGo) })),
    end,
  );
  const hasLetGo = last.letGo > 0;
  const repairedLabelY = Math.max(y(last.share) - 6, M.top + 10);
  const letGoLabelY = Math.min(y(last.letGo) - 6, H - M.bottom - 4);
  return (
    <figure class="chart-figure">
      <ChartSvg
        id={`${id}-repair`}
        width={W}
        height={H}
        title="Repaired within…"
        summary={`Share repaired within each span, rising to ${percent(last.share)} within ${spanWords(last.hours)}${
          hasLetGo ? `; ${percent(last.letGo)} let go, shown apart` : ''
        }.`}
      >
        <Hatch id={`${id}-band`} class="chart-band" />
        <ShareGrid y={y} left={M.left} right={W - M.right} />
        {hourTicks(maxHours).map((t) => (
          <g key={t.hours}>
            <line
              class="chart-axis"
              x1={num(x(t.hours))}
              x2={num(x(t.hours))}
              y1={H - M.bottom}
              y2={H - M.bottom + 4}
            />
            <text class="chart-label" x={num(x(t.hours))} y={H - M.bottom + 17} text-anchor="middle">
              {t.label}
            </text>
          </g>
        ))}
        <line class="chart-axis" x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
        <path class="chart-band" d={band} fill={`url(#${id}-band)`} />
        {hasLetGo && <path class="chart-line chart-line-dashed" d={letGo} />}
        <path class="chart-line" d={repaired} />
        <text class="chart-label chart-label-strong" x={num(end)} y={num(repairedLabelY)} text-anchor="end">
          repaired
        </text>
        {hasLetGo && (
          <text class="chart-label" x={num(end)} y={num(letGoLabelY)} text-anchor="end">
            let go
          </text>
        )}
      </ChartSvg>
      <ChartKey
        items={[
          { look: 'line', label: 'repaired within that time' },
          { look: 'band', label: '95% range' },
          ...(hasLetGo ? [{ look: 'dashed', label: 'let go (apart)' } as const] : []),
        ]}
      />
      <ChartTable
        caption="Repaired within each span"
        head={['Within', 'Repaired', '95% range', 'Let go', 'Still followed']}
        rows={props.points.map((p) => [
          spanWords(p.hours),
          percent(p.share),
          rangeWords(p.low, p.high),
          percent(p.letGo),
          p.atRisk,
        ])}
      />
    </figure>
  );
}
