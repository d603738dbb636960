/**
 * The metrics' charts, drawn with d3-scale and d3-shape through Lit's `svg` templates. Loaded on
 * demand by `<preflight-metrics>` (a chunk of its own), so the element's first load does not carry
 * them. Each chart draws only what it is given: the series come from the core's figures.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

/** One point of a series: a label on the x axis and a value (null draws a gap). */
export interface Point {
  label: string;
  value: number | null;
}

export interface ChartOptions {
  width: number;
  height: number;
  /** Bars, drawn first. */
  bars?: readonly Point[];
  /** A line over the same labels, with a dot at each value. */
  line?: readonly Point[];
  /** Words after each y tick ("h", "d"). */
  unit?: string;
  /** Counts: only whole-number ticks. */
  integers?: boolean;
}

const MARGIN = { top: 8, right: 8, bottom: 22, left: 36 };

/** The x labels that fit, one every ~56 px from the last one (the latest is always named). */
function shownLabels(count: number, width: number): Set<number> {
  const every = Math.max(1, Math.ceil(count / Math.max(1, Math.floor(width / 56))));
  return new Set(Array.from({ length: count }, (_, i) => i).filter((i) => (count - 1 - i) % every === 0));
}

/**
 * A bar-and-line chart over labelled points (sprints or plans). Decorative to assistive technology:
 * the element names it and gives its data as a table beside it.
 */
export function chart({ width, height, bars = [], line: points = [], unit = '', integers = false }: ChartOptions): SVGTemplateResult {
  const labels = (bars.length ? bars : points).map((p) => p.label);
  const values = [...bars, ...points].map((p) => p.value ?? 0);
  const x = scaleBand<number>()
    .domain(labels.map((_, i) => i))
    .range([MARGIN.left, width - MARGIN.right])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...values)])
    .nice(4)
    .range([height - MARGIN.bottom, MARGIN.top]);
  const centre = (i: number) => x(i)! + x.bandwidth() / 2;
  const path = line<Point>()
    .defined((p) => p.value !== null)
    .x((_, i) => centre(i))
    .y((p) => y(p.value ?? 0))(points);
  const shown = shownLabels(labels.length, width - MARGIN.left - MARGIN.right);
  const ticks = y.ticks(4).filter((t) => !integers || Number.isInteger(t));
  const r = Math.max(1.5, Math.min(3.5, x.bandwidth() / 3));
  // Every dot in one path (two arcs each): a year of plans is one node to lay out and paint, not hundreds.
  const dots = points.map((p, i) => (p.value === null ? '' : `M${centre(i) - r},${y(p.value)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`)).join('');
  return svg`
    <g class="grid">${ticks.map(
      (t) => svg`<line x1=${MARGIN.left} x2=${width - MARGIN.right} y1=${y(t)} y2=${y(t)}></line>
        <text class="tick" x=${MARGIN.left - 6} y=${y(t)} dy="0.32em" text-anchor="end">${t}${unit}</text>`,
    )}</g>
    <g class="bars">${bars.map((b, i) => (b.value ? svg`<rect x=${x(i)} width=${Math.max(1, x.bandwidth())} y=${y(b.value)} height=${y(0) - y(b.value)} rx="2"></rect>` : null))}</g>
    ${points.length ? svg`<path class="line" d=${path ?? ''}></path>` : null}
    <path class="dots" d=${dots}></path>
    <g class="axis">
      <line x1=${MARGIN.left} x2=${width - MARGIN.right} y1=${y(0)} y2=${y(0)}></line>
      ${labels.map((label, i) => (shown.has(i) ? svg`<text class="tick" x=${centre(i)} y=${height - 6} text-anchor="middle">${label}</text>` : null))}
    </g>`;
}
