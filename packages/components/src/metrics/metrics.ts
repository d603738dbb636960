import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { computeMetrics, KILLER_TITLES, KILLERS, metricFigures, percent, type MetricFigure, type Metrics, type SprintTrend } from '@preflight/core';
import { localDate } from '@preflight/core/time';
import { PlansElement, type PlansInput } from '../shared/plans-element.js';
import type * as ChartsModule from './charts.js';
import type { Point } from './charts.js';
import { metricsStyles } from './metrics.styles.js';

type Charts = typeof ChartsModule;

/** The chart code, fetched once for every metrics element on the page, on first need; `loaded` once it is here. */
let chartsModule: Promise<Charts> | undefined;
let loaded: Charts | undefined;
const loadCharts = () => (chartsModule ??= import('./charts.js').then((charts) => (loaded = charts)));

/** The sprints a chart shows: the latest ones (the table beside it lists every sprint). */
const CHART_SPRINTS = 26;
const CHART_HEIGHT = 168;
/** Two charts side by side from this width (px) of the element. */
const TWO_COLUMNS_FROM = 720;

/** One chart: its name, a sentence that sums it up, the series drawn and the table that is its text alternative. */
interface ChartSpec {
  id: string;
  title: string;
  summary: string;
  bars?: Point[];
  line?: Point[];
  unit?: string;
  /** Counts: whole-number ticks only. */
  integers?: boolean;
  legend: { kind: 'bar' | 'line'; label: string }[];
  table: { head: string[]; rows: (string | number)[][] };
}

const orDash = (n: number | null, unit = '') => (n === null ? '—' : `${n}${unit}`);
const sprintLabel = (s: SprintTrend) => `S${s.sprint}`;

/**
 * @summary The team's figures across plans and sprints: brief-to-launch and review cycle time
 * (median and 90th percentile), milestones on time, execution rate, blockers per sprint and how
 * long they take to resolve, rework, reporting defects and the most active execution killer, with
 * their trend by sprint and by plan.
 *
 * Every number is the core's (`computeMetrics`, `metricFigures`); the element lays them out. The
 * charts (d3-scale and d3-shape) are a chunk of their own, loaded the first time there is something
 * to draw. Each chart is named, summed up in a sentence and backed by a data table ("Show the data",
 * a native disclosure), which is its text alternative.
 *
 * @csspart header - The title and what the figures are over (plans, instant, sprint length).
 * @csspart figures - The list of headline figures.
 * @csspart figure - One headline figure; carries `data-id` (brief-to-launch, approval-cycle, milestones-on-time, execution, blockers-per-sprint, blocker-resolution, rework, reporting-defects, most-active-killer).
 * @csspart figure-value - A figure's value (the median for times).
 * @csspart figure-p90 - A time figure's 90th percentile.
 * @csspart figure-basis - What a figure is over, or what it still needs.
 * @csspart killers - The open or recent blockers of each execution killer.
 * @csspart chart - One chart with its caption, legend and data; carries `data-id` (blockers, review-cycle, brief-to-launch).
 * @csspart chart-data - A chart's data table behind "Show the data".
 * @csspart empty - What is shown when there are no plans to measure, or nothing measured yet.
 * @cssproperty --chart-bar - Colour of a chart's bars (the primary colour).
 * @cssproperty --chart-line - Colour of a chart's line and dots (the at-risk colour).
 */
export class PreflightMetrics extends PlansElement {
  static override styles = [...PlansElement.styles, metricsStyles];

  /** The chart module once loaded (at once when another element on the page loaded it). */
  @state() private charts: Charts | undefined = loaded;
  /** The element's width, in 8 px steps, so the charts are drawn at the size they are shown. */
  @state() private width = 640;
  /** The charts whose data table is open: a closed one renders no rows (a long table costs the first render). */
  @state() private dataOpen: ReadonlySet<string> = new Set();

  private resize: ResizeObserver | undefined;
  private memo: { key: unknown; metrics: Metrics } | undefined;

  protected get noun(): string {
    return 'Metrics';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The width it is given, so the first render draws the charts at their size (the observer follows changes).
    this.width = this.widthOf(this.clientWidth);
    // Applied in the next frame: a redraw inside the observer's callback would resize the element again in the same one.
    this.resize = new ResizeObserver(([entry]) => {
      const width = this.widthOf(entry?.contentRect.width ?? this.width);
      if (width !== this.width) requestAnimationFrame(() => (this.width = width));
    });
    this.resize.observe(this);
  }

  /** A width in 8 px steps (from 240 px), so a resize by a pixel does not redraw the charts. */
  private widthOf(px: number): number {
    return Math.max(240, Math.floor(px / 8) * 8);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
    this.resize = undefined;
  }

  /** The core's metrics for the input, computed again only when the input changes. */
  private metricsOf(input: Extract<PlansInput, { ok: true }>): Metrics {
    if (this.memo?.key !== input) this.memo = { key: input, metrics: computeMetrics(input.plans, { now: input.now, config: input.config }) };
    return this.memo.metrics;
  }

  protected renderPlans(input: Extract<PlansInput, { ok: true }>): TemplateResult {
    const { plans, now, config } = input;
    if (!plans.length) {
      return html`<div part="empty" class="empty">
        <strong>No plans to measure yet.</strong>
        <p>The figures come from your plans: brief to launch from their milestones, review cycle time from decided reviews, blocker figures from the blocker log. Add a plan (or give this element its plans) and they appear here.</p>
      </div>`;
    }
    const m = this.metricsOf(input);
    const figures = metricFigures(m);
    const measured = figures.some((f) => f.number !== null) || m.sprints.length > 0;
    if (!this.charts && measured) void loadCharts().then((charts) => (this.charts = charts));
    return html`
      <header part="header" class="header">
        <h2>Team metrics</h2>
        <p class="scope">${plans.length} plan${plans.length === 1 ? '' : 's'} · as of ${this.dates.day(localDate(Date.parse(now), config.timeZone))} · sprints of ${config.sprint.lengthDays} day${config.sprint.lengthDays === 1 ? '' : 's'}</p>
      </header>
      ${measured
        ? nothing
        : html`<p part="empty" class="empty">
            Nothing measured yet: no launched plans, decided reviews or blockers. Record the actual dates of the “Brief approved” and “Campaign launched” milestones, decide reviews and log blockers, and the figures fill in.
          </p>`}
      <ul part="figures" class="figures">
        ${figures
          .filter((f) => f.id !== 'most-active-killer')
          .map(
            (f) => html`<li part="figure" class="figure" data-id=${f.id} data-empty=${f.number === null ? 'true' : 'false'}>
              <span class="figure-title" title=${f.description}>${f.title}</span>
              <span class="figure-line"
                ><span part="figure-value" class="figure-value">${f.value}</span>${f.p90 && f.number !== null ? html` <span part="figure-p90" class="figure-p90">p90 ${f.p90}</span>` : nothing}</span
              >
              <span part="figure-basis" class="figure-basis">${f.basis}</span>
            </li>`,
          )}
      </ul>
      ${this.renderKillers(m, figures.find((f) => f.id === 'most-active-killer')!)} ${measured ? this.renderCharts(m) : nothing}
    `;
  }

  /** The most active killer (a headline figure, from the core) over the open or recent blockers of every killer. */
  private renderKillers(m: Metrics, top: MetricFigure): TemplateResult {
    const { counts, killer } = m.mostActiveKiller;
    const most = Math.max(1, ...KILLERS.map((k) => counts[k]));
    return html`<section part="killers figure" class="killers" data-id=${top.id} aria-labelledby="killers-heading">
      <h3 id="killers-heading">
        ${top.title}: <span part="figure-value" class="killer-top">${top.value}</span> <span part="figure-basis" class="muted">${top.basis}</span>
      </h3>
      ${killer
        ? html`<ul>
            ${KILLERS.map(
              (k) => html`<li data-killer=${k} class=${k === killer ? 'top' : ''}>
                <span class="killer-name">${KILLER_TITLES[k]}</span>
                <span class="killer-bar" aria-hidden="true"><span style="width: ${(counts[k] / most) * 100}%"></span></span>
                <span class="killer-count">${counts[k]}</span>
              </li>`,
            )}
          </ul>`
        : nothing}
    </section>`;
  }

  /** The charts' specs: names, sentences and tables come from the core's figures; the element only picks the latest sprints to draw. */
  private chartSpecs(m: Metrics): ChartSpec[] {
    const recent = m.sprints.slice(-CHART_SPRINTS);
    const first = recent[0];
    const last = recent.at(-1);
    const span = first && last ? (first === last ? `sprint ${first.sprint}` : `sprints ${first.sprint} to ${last.sprint}`) : 'no sprint yet';
    const raised = recent.reduce((n, s) => n + s.raised, 0);
    const decided = recent.filter((s) => s.approvalCycleHours !== null);
    const launched = m.perPlan.filter((p) => p.briefToLaunchDays !== null);
    return [
      {
        id: 'blockers',
        title: 'Blockers by sprint',
        summary: `${span}: ${raised} raised, ${last?.unresolved ?? 0} open at the end of the latest.`,
        bars: recent.map((s) => ({ label: sprintLabel(s), value: s.raised })),
        line: recent.map((s) => ({ label: sprintLabel(s), value: s.unresolved })),
        integers: true,
        legend: [{ kind: 'bar', label: 'raised' }, { kind: 'line', label: 'open at the sprint’s end' }],
        table: {
          head: ['Sprint', 'Starts', 'Raised', 'Resolved', 'Open at end', 'Milestones on time'],
          rows: m.sprints.map((s) => [s.sprint, s.start, s.raised, s.resolved, s.unresolved, s.milestonesDue ? `${s.milestonesOnTime} of ${s.milestonesDue}` : '—']),
        },
      },
      {
        id: 'review-cycle',
        title: 'Review cycle time by sprint',
        summary: decided.length ? `${span}: median hours from request to decision, ${decided.length} sprint${decided.length === 1 ? '' : 's'} with decided reviews; latest ${orDash(decided.at(-1)!.approvalCycleHours, ' h')}.` : `${span}: no review decided.`,
        line: recent.map((s) => ({ label: sprintLabel(s), value: s.approvalCycleHours })),
        unit: ' h',
        legend: [{ kind: 'line', label: 'median hours to a decision' }],
        table: { head: ['Sprint', 'Starts', 'Reviews decided', 'Median cycle'], rows: m.sprints.map((s) => [s.sprint, s.start, s.approvalsDecided, orDash(s.approvalCycleHours, ' h')]) },
      },
      {
        id: 'brief-to-launch',
        title: 'Brief to launch by plan',
        summary: launched.length ? `${launched.length} launched plan${launched.length === 1 ? '' : 's'}, earliest launch first; latest ${orDash(launched.at(-1)!.briefToLaunchDays, ' days')}.` : 'No plan launched with an approved brief yet.',
        line: launched.map((p) => ({ label: p.launch?.slice(5) ?? '', value: p.briefToLaunchDays })),
        unit: ' d',
        legend: [{ kind: 'line', label: 'days from brief to launch' }],
        table: {
          head: ['Plan', 'Launch', 'Brief to launch', 'Review cycle', 'Milestones on time', 'Blockers', 'Resolution', 'Rework', 'Execution'],
          rows: m.perPlan.map((p) => [p.campaign, p.launch ?? '—', orDash(p.briefToLaunchDays, ' days'), orDash(p.approvalCycleHours, ' h'), percent(p.milestonesOnTime), p.blockersRaised, orDash(p.blockerResolutionDays, ' days'), percent(p.rework), percent(p.execution)]),
        },
      },
    ];
  }

  private toggleData(id: string, open: boolean): void {
    if (open === this.dataOpen.has(id)) return;
    const next = new Set(this.dataOpen);
    if (open) next.add(id);
    else next.delete(id);
    this.dataOpen = next;
  }

  private renderCharts(m: Metrics): TemplateResult {
    const columns = this.width >= TWO_COLUMNS_FROM ? 2 : 1;
    // The figure's padding and border, and the gap between two charts.
    // The figure's padding and border, and the gap between two charts; a last odd chart spans the row (see the styles).
    const inner = (span: number) => Math.floor((this.width - (columns - span) * 16) / (columns / span)) - 26;
    const specs = this.chartSpecs(m);
    return html`<section class="charts" aria-label="Trends" style="--columns: ${columns}">
      ${specs.map((c, i) => {
        const chartWidth = inner(i === specs.length - 1 && specs.length % 2 === 1 ? columns : 1);
        return html`<figure part="chart" class="chart" data-id=${c.id} aria-labelledby="${c.id}-title" aria-describedby="${c.id}-summary">
          <figcaption>
            <h3 id="${c.id}-title">${c.title}</h3>
            <p id="${c.id}-summary" class="muted">${c.summary}</p>
          </figcaption>
          <ul class="legend" aria-hidden="true">
            ${c.legend.map((l) => html`<li class=${l.kind}>${l.label}</li>`)}
          </ul>
          ${this.charts
            ? html`<svg class="plot" width=${chartWidth} height=${CHART_HEIGHT} viewBox="0 0 ${chartWidth} ${CHART_HEIGHT}" aria-hidden="true" focusable="false">
                ${this.charts.chart({ width: chartWidth, height: CHART_HEIGHT, ...(c.bars ? { bars: c.bars } : {}), ...(c.line ? { line: c.line } : {}), ...(c.unit ? { unit: c.unit } : {}), integers: c.integers ?? false })}
              </svg>`
            : html`<div class="plot loading" style="height: ${CHART_HEIGHT}px" aria-hidden="true"></div>`}
          <details part="chart-data" class="data" @toggle=${(e: Event) => this.toggleData(c.id, (e.target as HTMLDetailsElement).open)}>
            <summary>Show the data</summary>
            <div class="table-wrap" tabindex="0" role="region" aria-label="${c.title}: data">
              <table>
                <caption>${c.title}</caption>
                <thead><tr>${c.table.head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
                <tbody>${(this.dataOpen.has(c.id) ? c.table.rows : []).map((row) => html`<tr>${row.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}</tr>`)}</tbody>
              </table>
            </div>
          </details>
        </figure>`;
      })}
    </section>`;
  }
}
