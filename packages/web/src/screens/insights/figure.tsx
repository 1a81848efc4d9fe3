import type { ComponentChildren } from 'preact';
import { num } from '../../chart-geometry';
import { percent } from '../../insights-words';

/**
 * One insight as a section: its heading, the plain sentence first, then the
 * chart and "Show as a table". Below its minimum (`enough: false`) it says
 * "Not enough yet" kindly instead, and shows no chart or number.
 */
export function Figure(props: {
  id: string;
  title: string;
  sentence: string;
  enough: boolean;
  /** A line under the sentence: what the figure rests on, how it is weighed. */
  note?: ComponentChildren;
  children?: ComponentChildren;
}) {
  return (
    <section class="panel insight" aria-labelledby={`${props.id}-heading`} data-insight={props.id}>
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      {props.enough ? (
        <>
          <p class="insight-sentence">{props.sentence}</p>
          {props.children}
          {props.note && <p class="small muted">{props.note}</p>}
        </>
      ) : (
        <p class="empty-note">{props.sentence}</p>
      )}
    </section>
  );
}

/** A chart's data behind a "Show as a table" disclosure: a native <details>, so it is reachable and opens by keyboard. */
export function ChartTable(props: {
  caption: string;
  head: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}) {
  return (
    <details class="chart-table">
      <summary>Show as a table</summary>
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={String(row[0])}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/**
 * The frame of every chart: an SVG that scales to its width (viewBox), an
 * image named by its title and described by its summary, so a screen reader
 * hears the chart in words; the table holds the numbers.
 */
export function ChartSvg(props: {
  id: string;
  width: number;
  height: number;
  title: string;
  summary: string;
  children: ComponentChildren;
}) {
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${props.width} ${props.height}`}
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
      focusable="false"
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.summary}</desc>
      {props.children}
    </svg>
  );
}

/** A hatch to fill a band or a bar, so it is told apart by pattern as well as tint. */
export function Hatch(props: { id: string; class: string }) {
  return (
    <defs>
      <pattern id={props.id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" class={`${props.class}-fill`} />
        <line x1="0" y1="0" x2="0" y2="6" class={`${props.class}-hatch`} />
      </pattern>
    </defs>
  );
}

/** The 0, 50 and 100% lines of a chart of shares, labelled at the left, so every such chart reads on one scale. */
export function ShareGrid(props: { y: (share: number) => number; left: number; right: number }) {
  return (
    <>
      {[0, 0.5, 1].map((share) => (
        <g key={share}>
          <line class="chart-grid" x1={props.left} x2={props.right} y1={num(props.y(share))} y2={num(props.y(share))} />
          <text class="chart-label" x={props.left - 6} y={num(props.y(share) + 4)} text-anchor="end">
            {percent(share)}
          </text>
        </g>
      ))}
    </>
  );
}

/** The key under a chart: each line or band style beside its name, kept together when the line wraps. */
export function ChartKey(props: { items: readonly { look: 'line' | 'band' | 'dashed' | 'bar'; label: string }[] }) {
  return (
    <figcaption class="chart-key small muted">
      {props.items.map((item) => (
        <span key={item.label} class="key-item">
          <span class={`key key-${item.look}`} aria-hidden="true" /> {item.label}
        </span>
      ))}
    </figcaption>
  );
}
