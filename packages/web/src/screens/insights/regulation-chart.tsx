import type { Regulation } from '@repairable/core';
import { useId } from 'preact/hooks';
import { linearScale, num } from '../../chart-geometry';
import { percent } from '../../insights-words';
import { ChartSvg, ChartTable, Hatch } from './figure';

const W = 340;
const H = 108;
const M = { left: 92, right: 16, top: 10 };
const ROW = 44;

/**
 * Attempts made while calm and while flooded, and the share of each that
 * led to repair within 48 hours: two bars, the flooded one hatched, each
 * named and given its "n of m" in words.
 */
export function RegulationChart(props: { regulation: Regulation }) {
  const id = useId();
  const r = props.regulation;
  const rows = [
    { name: 'While calm', made: r.regulatedAttempts, success: r.regulatedSuccess, hatched: false },
    { name: 'While flooded', made: r.floodedAttempts, success: r.floodedSuccess, hatched: true },
  ];
  const x = linearScale([0, 1], [M.left, W - M.right]);
  return (
    <figure class="chart-figure">
      <ChartSvg
        id={`${id}-regulation`}
        width={W}
        height={H}
        title="Repaired within 2 days, by how you were when you reached out"
        summary={rows.map((row) => `${row.name}: ${row.success} of ${row.made}`).join('; ')}
      >
        <Hatch id={`${id}-hatch`} class="chart-bar" />
        {rows.map((row, i) => {
          const top = M.top + i * ROW;
          const share = row.made > 0 ? row.success / row.made : 0;
          return (
            <g key={row.name}>
              <text class="chart-label" x={M.left - 8} y={top + 19} text-anchor="end">
                {row.name}
              </text>
              <rect class="chart-track" x={M.left} y={top + 4} width={num(x(1) - M.left)} height={22} rx={4} />
              {row.success > 0 && (
                <rect
                  class={row.hatched ? 'chart-bar' : 'chart-bar chart-bar-solid'}
                  fill={row.hatched ? `url(#${id}-hatch)` : undefined}
                  x={M.left}
                  y={top + 4}
                  width={num(x(share) - M.left)}
                  height={22}
                  rx={4}
                />
              )}
              <text class="chart-label" x={M.left} y={top + 42}>
                {row.made === 0 ? 'none yet' : `${row.success} of ${row.made} (${percent(share)})`}
              </text>
            </g>
          );
        })}
      </ChartSvg>
      <ChartTable
        caption="Your attempts, and how many led to repair within 2 days"
        head={['When', 'Attempts', 'Repaired within 2 days']}
        rows={rows.map((row) => [row.name, row.made, row.success])}
      />
    </figure>
  );
}
