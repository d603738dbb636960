import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { filterPortfolio, portfolioRows, sortPortfolio, STATE_TITLES, type Plan, type PortfolioRow, type PortfolioSortKey, type ReadinessState, type RulesConfig, type SortDirection } from '@preflight/core';
import type { PlanStore, PlanSummary } from '@preflight/core/store';
import { dayText } from '@preflight/core/time';
import { langOf } from '@preflight/components/date-field';
import { clockContext, configContext, Provided } from '@preflight/components/page-context';
import { ClockController, systemClock, type Clock } from '@preflight/components/clock';
import { invalidNow } from './judged-at.js';

const COLUMNS: { key: PortfolioSortKey; title: string }[] = [
  { key: 'name', title: 'Plan' },
  { key: 'verdict', title: 'Verdict' },
  { key: 'launchDate', title: 'Launch' },
  { key: 'owner', title: 'Owner' },
  { key: 'state', title: 'State' },
];
const VERDICTS: ReadinessState[] = ['blocked', 'at-risk', 'ready'];
/** A shape for each verdict, so it never reads by colour alone. */
const VERDICT_MARKS: Record<ReadinessState, string> = { blocked: '■', 'at-risk': '▲', ready: '●' };

/**
 * The workspace's home: every plan saved in this browser with its verdict, launch, owner and state,
 * sortable by each column and filtered by words and verdicts, then the team's metrics and this week's
 * agenda across those plans. The rows and their order come from the core; this element draws them.
 */
export class WorkspacePortfolio extends LitElement {
  @property({ attribute: false }) store: PlanStore | undefined;
  /** The store's plan list; a new list reloads the plans. */
  @property({ attribute: false }) summaries: readonly PlanSummary[] = [];
  /** ISO instant the plans are judged at; unset, the clock's time, judged again at each minute boundary. */
  @property() now: string | undefined;
  private readonly pageClock = new Provided(this, 'clock', clockContext);
  private readonly pageConfig = new Provided(this, 'config', configContext);
  /** Where the time is read when `now` is unset: the workspace's clock (stopped at its `now` when set). */
  get clock(): Clock {
    return this.pageClock.value ?? systemClock;
  }
  /** The team's rules; unset, the workspace's (already read, so a RulesConfig). */
  @property({ attribute: false })
  get config(): RulesConfig | undefined {
    return this.pageConfig.value as RulesConfig | undefined;
  }
  set config(config: RulesConfig | undefined) {
    this.pageConfig.given = config;
  }
  /** The instant the verdicts are judged at. */
  private readonly time = new ClockController(this);
  @state() private plans: Plan[] = [];
  @state() private loaded = false;
  @state() private sortKey: PortfolioSortKey = 'verdict';
  @state() private direction: SortDirection = 'ascending';
  @state() private text = '';
  @state() private verdicts: ReadinessState[] = [];
  private loading = 0;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('summaries') || changed.has('store')) void this.load();
  }

  /** Reads every listed plan; a later list wins over a slower earlier read. */
  private async load(): Promise<void> {
    const store = this.store;
    if (!store) return;
    const ticket = ++this.loading;
    const plans = (await Promise.all(this.summaries.map((s) => store.get(s.id)))).filter((p): p is Plan => p !== undefined);
    if (ticket !== this.loading) return;
    this.plans = plans;
    this.loaded = true;
  }

  protected override render(): TemplateResult {
    return html`<section class="portfolio" aria-labelledby="portfolio-heading">
      <h2 id="portfolio-heading" class="plan-title" tabindex="-1">All plans</h2>
      ${this.loaded ? this.renderBody() : html`<p role="status">Reading the plans saved in this browser…</p>`}
    </section>`;
  }

  private renderBody(): TemplateResult {
    if (!this.plans.length) {
      return html`<div class="empty-state">
        <p><strong>No plans yet.</strong> Create one from a template with <em>New plan from a template</em>, or bring a file in with <em>Import and export</em>, both on the left.</p>
      </div>`;
    }
    const unjudged = invalidNow(this.time.judgedAt);
    if (unjudged) return unjudged;
    const all = portfolioRows(this.plans, this.time.judgedAt, this.config);
    const rows = sortPortfolio(filterPortfolio(all, { text: this.text, verdicts: this.verdicts }), this.sortKey, this.direction);
    const counts = Object.fromEntries(VERDICTS.map((v) => [v, all.filter((r) => r.verdict === v).length])) as Record<ReadinessState, number>;
    return html`
      <p class="portfolio-summary">${plural(all.length, 'plan')}: ${VERDICTS.map((v) => `${counts[v]} ${STATE_TITLES[v].toLowerCase()}`).join(', ')}.</p>
      <div class="portfolio-filters">
        <div class="field">
          <label for="portfolio-filter">Filter</label>
          <input id="portfolio-filter" type="search" placeholder="Name, owner or state" .value=${this.text} @input=${(e: Event) => (this.text = (e.target as HTMLInputElement).value)} />
        </div>
        <fieldset class="verdict-filter">
          <legend>Verdict</legend>
          ${VERDICTS.map(
            (v) => html`<label class="check"
              ><input type="checkbox" .checked=${this.verdicts.includes(v)} @change=${(e: Event) => this.toggleVerdict(v, (e.target as HTMLInputElement).checked)} />
              <span class="verdict" data-state=${v}><span aria-hidden="true">${VERDICT_MARKS[v]}</span> ${STATE_TITLES[v]}</span> (${counts[v]})</label
            >`,
          )}
        </fieldset>
      </div>
      <p class="sr-status" role="status">${rows.length === all.length ? '' : `${plural(rows.length, 'plan')} of ${all.length} shown`}</p>
      ${rows.length ? this.renderTable(rows) : this.renderNoMatch()}
      <preflight-metrics .plans=${this.plans} now=${this.now ?? nothing} .clock=${this.clock} .config=${this.config}></preflight-metrics>
      <h3>This week's agenda</h3>
      <preflight-agenda .plans=${this.plans} now=${this.now ?? nothing} .clock=${this.clock} .config=${this.config}></preflight-agenda>
    `;
  }

  private renderTable(rows: PortfolioRow[]): TemplateResult {
    const sortedBy = COLUMNS.find((c) => c.key === this.sortKey)!.title;
    return html`<div class="table-scroll">
      <table class="portfolio-table">
        <caption class="visually-hidden">
          Plans, sorted by ${sortedBy.toLowerCase()}, ${this.direction}
        </caption>
        <thead>
          <tr>
            ${COLUMNS.map(
              (c) => html`<th scope="col" aria-sort=${c.key === this.sortKey ? this.direction : 'none'}>
                <button type="button" class="sort" @click=${() => this.sortBy(c.key)}>
                  ${c.title}<span aria-hidden="true" class="sort-mark">${c.key === this.sortKey ? (this.direction === 'ascending' ? '↑' : '↓') : '↕'}</span>
                </button>
              </th>`,
            )}
            <th scope="col">Open blockers</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr data-plan=${r.id}>
              <th scope="row"><a href=${`#plan=${encodeURIComponent(r.id)}`}>${r.name}</a></th>
              <td>
                <span class="verdict" data-state=${r.verdict}><span aria-hidden="true">${VERDICT_MARKS[r.verdict]}</span> ${r.verdictTitle} ${r.score}</span>
                ${r.reason ? html`<span class="reason">${r.reason}</span>` : nothing}
              </td>
              <td>${r.launchDate ? html`<time datetime=${r.launchDate}>${dayText(r.launchDate, langOf(this))}</time>` : html`<span class="muted">Not set</span>`}</td>
              <td>${r.owner || html`<span class="muted">Nobody named</span>`}</td>
              <td>${r.stateTitle}</td>
              <td class="number">${r.openBlockers}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderNoMatch(): TemplateResult {
    return html`<div class="empty-state">
      <p>No plan matches ${this.text.trim() ? html`“${this.text.trim()}”` : 'these verdicts'}.</p>
      <button type="button" @click=${this.clearFilters}>Show every plan</button>
    </div>`;
  }

  /** A second press on the sorted column turns its order around; another column starts ascending. */
  private sortBy(key: PortfolioSortKey): void {
    if (key === this.sortKey) this.direction = this.direction === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortKey = key;
      this.direction = 'ascending';
    }
  }

  private toggleVerdict(verdict: ReadinessState, on: boolean): void {
    this.verdicts = on ? [...this.verdicts, verdict] : this.verdicts.filter((v) => v !== verdict);
  }

  private clearFilters(): void {
    this.text = '';
    this.verdicts = [];
    void this.updateComplete.then(() => this.querySelector<HTMLInputElement>('#portfolio-filter')?.focus());
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A day as the reader's locale writes it in words ("1 Sep 2026"); the ISO day stays in `datetime`. */

customElements.define('preflight-workspace-portfolio', WorkspacePortfolio);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-workspace-portfolio': WorkspacePortfolio;
  }
}
