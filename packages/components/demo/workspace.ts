import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createPlanFromTemplate, DEFAULT_CONFIG, shiftPlanDates, TEMPLATES, templateProblems, type CampaignType, type Plan, type Problem, type RulesConfig, type RulesConfigInput } from '@preflight/core';
import { openPlanStore, type PlanStore, type PlanSummary } from '@preflight/core/store';
import { WIDGET_TAGS, WIDGETS, type WidgetName } from '../src/embed/config.js';
import samplePlan from '../../../examples/sample-plan.json';
import './exchange-panel.js';
import './share-panel.js';
import { loadSettings, settingsKey } from './settings-storage.js';
import './team-settings.js';
import type { SettingsChange } from './team-settings.js';

/** The day the sample plan was written for: two weeks before its launch, mid-way through its checklist. */
const SAMPLE_WRITTEN_FOR = '2026-09-01';

/** The sample plan slid in time so that today is to it what SAMPLE_WRITTEN_FOR was: it never opens long overdue. */
function samplePlanFor(now: string | undefined): Plan {
  const today = (now ?? new Date().toISOString()).slice(0, 10);
  const days = Math.round((Date.parse(today) - Date.parse(SAMPLE_WRITTEN_FOR)) / 86_400_000);
  return Number.isInteger(days) ? shiftPlanDates(samplePlan as Plan, days) : (samplePlan as Plan);
}

/** Remembers, per database, that the sample was seeded, so deleting every plan does not bring it back. */
function firstRun(dbName: string | undefined): boolean {
  const key = dbName ? `preflight-workspace-seeded:${dbName}` : 'preflight-workspace-seeded';
  try {
    if (localStorage.getItem(key)) return false;
    localStorage.setItem(key, '1');
  } catch {
    // No localStorage (blocked): fall back to seeding an empty store.
  }
  return true;
}

/**
 * The demo workspace: the plans in this browser's store, a plan opened with every widget bound to
 * the same store (an edit in one is saved and shown by the others), import/export and the embed generator.
 */
export class PreflightWorkspace extends LitElement {
  /** The IndexedDB database holding the plans (one per team space); Preflight's default when unset. */
  @property({ attribute: 'db-name' }) dbName: string | undefined;
  /** ISO instant every widget judges the plans at (a fixed date for a review); unset means now. */
  @property() now: string | undefined;

  @state() private store: PlanStore | undefined;
  @state() private plans: PlanSummary[] = [];
  @state() private openId: string | undefined;
  @state() private createProblems: Problem[] = [];
  @state() private statusText = '';
  /** The team's rules (saved in this browser), applied to every widget. */
  @state() private rules: RulesConfig = DEFAULT_CONFIG;
  /** Only what the team changed from the defaults: what embeds carry. */
  @state() private ruleChanges: RulesConfigInput = {};
  /** Why the saved settings could not be used, if they could not. */
  @state() private settingsProblems: Problem[] = [];

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private unsubscribe?: () => void;

  override async connectedCallback(): Promise<void> {
    // The page's static placeholder is not Lit's: clear it once, before the first render.
    if (!this.hasUpdated) this.replaceChildren();
    super.connectedCallback();
    this.readSettings();
    const store = await openPlanStore(this.dbName ? { name: this.dbName } : {});
    if (!this.isConnected) {
      store.close();
      return;
    }
    const offStatus = store.onStatus(() => this.requestUpdate());
    const offChange = store.subscribe(() => void this.refresh());
    this.unsubscribe = () => {
      offStatus();
      offChange();
    };
    if ((await store.list()).length === 0 && firstRun(this.dbName)) await store.put(samplePlanFor(this.now), { baseRevision: 0 });
    // Shown only once listed, so a first run never flashes "No plans yet".
    this.plans = sortByName(await store.list());
    this.store = store;
    this.openId ??= new URLSearchParams(location.hash.slice(1)).get('plan') ?? this.plans[0]?.id;
  }

  private readSettings(): void {
    const loaded = loadSettings(this.dbName);
    this.rules = loaded.config;
    this.ruleChanges = loaded.changes;
    this.settingsProblems = loaded.ok ? [] : loaded.problems;
  }

  private onSettings(detail: SettingsChange): void {
    this.rules = detail.config;
    this.ruleChanges = detail.changes;
    this.settingsProblems = [];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.store?.close();
    this.store = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('openId') && this.openId) history.replaceState(null, '', `#plan=${encodeURIComponent(this.openId)}`);
  }

  private async refresh(): Promise<void> {
    if (!this.store) return;
    this.plans = sortByName(await this.store.list());
  }

  protected override render(): TemplateResult {
    const store = this.store;
    if (!store) return html`<p role="status">Opening this browser's plan store…</p>`;
    return html`
      <header class="bar">
        <h1>Preflight workspace</h1>
        <p class="store-status" role="status" data-status=${store.status}>
          Plans: ${store.status}${store.status === 'saved' ? ' in this browser' : ''}${store.reason ? html` — ${store.reason}` : nothing}
        </p>
      </header>
      ${this.renderSettingsNotice()}
      <div class="layout">
        <nav aria-labelledby="plans-heading" class="sidebar">
          <h2 id="plans-heading">Plans</h2>
          ${this.renderList(store)} ${this.renderCreate()}
          <preflight-exchange-panel .store=${store} @preflight-imported=${(e: CustomEvent<string[]>) => this.onImported(e.detail)}></preflight-exchange-panel>
          <preflight-team-settings db-name=${this.dbName ?? nothing} .config=${this.rules} @preflight-settings-change=${(e: CustomEvent<SettingsChange>) => this.onSettings(e.detail)}></preflight-team-settings>
        </nav>
        <main class="plan">${this.renderOpen(store)}</main>
      </div>
      <p class="sr-status" role="status">${this.statusText}</p>
    `;
  }

  private renderSettingsNotice(): TemplateResult | typeof nothing {
    if (!this.settingsProblems.length) return nothing;
    return html`<div class="settings-notice" role="alert">
      <strong>The saved team settings could not be read, so every widget uses the default rules.</strong> Your plans are not affected. Save the team
      settings to replace them (saved under <code>${settingsKey(this.dbName)}</code> in this browser):
      <ul>
        ${this.settingsProblems.slice(0, 10).map((p) => html`<li><code>${p.path}</code> ${p.message}</li>`)}
      </ul>
    </div>`;
  }

  private renderList(store: PlanStore): TemplateResult {
    if (!this.plans.length) return html`<p>No plans yet: create one from a template below, or import a file.</p>`;
    return html`<ul class="plan-list">
      ${this.plans.map(
        (p) => html`<li>
          <button type="button" class="open" aria-current=${this.openId === p.id ? 'true' : 'false'} @click=${() => (this.openId = p.id)}>${p.name}</button>
          <span class="meta">${p.state}${p.launchDate ? html` · launch ${p.launchDate}` : nothing}</span>
          <preflight-badge .store=${store} plan-id=${p.id} .now=${this.now} .config=${this.rules}></preflight-badge>
        </li>`,
      )}
    </ul>`;
  }

  private renderCreate(): TemplateResult {
    const problem = (field: string) => this.createProblems.find((p) => p.path === field);
    const field = (name: string, label: string, input: TemplateResult) => html`<div class="field">
      <label for=${`new-${name}`}>${label}</label>${input}
      ${problem(name) ? html`<p class="field-error" id=${`new-${name}-error`}>${label}: ${problem(name)!.message}</p>` : nothing}
    </div>`;
    const invalid = (name: string) => (problem(name) ? 'true' : 'false');
    return html`<form class="create" @submit=${this.create} novalidate>
      <h3>New plan from a template</h3>
      ${field(
        'type',
        'Template',
        html`<select id="new-type" name="type">
          ${TEMPLATES.map((t) => html`<option value=${t.type} title=${t.description}>${t.title}</option>`)}
        </select>`,
      )}
      ${field('name', 'Campaign name', html`<input id="new-name" name="name" required aria-invalid=${invalid('name')} placeholder="2026q4_na_email_launch" />`)}
      ${field('launchDate', 'Launch date', html`<input id="new-launchDate" name="launchDate" type="date" required aria-invalid=${invalid('launchDate')} />`)}
      <button type="submit">Create plan</button>
    </form>`;
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const type = String(form.get('type')) as CampaignType;
    const options = { name: String(form.get('name') ?? '').trim(), launchDate: String(form.get('launchDate') ?? '') };
    this.createProblems = templateProblems(type, options);
    if (this.createProblems.length || !this.store) return;
    let plan = createPlanFromTemplate(type, options);
    const baseId = plan.id;
    // The same name and date make the same id: keep both plans rather than refuse the second.
    for (let n = 2; await this.store.get(plan.id); n++) plan = createPlanFromTemplate(type, { ...options, id: `${baseId.slice(0, 76)}-${n}` });
    const saved = await this.store.put(plan, { baseRevision: 0 });
    (event.currentTarget as HTMLFormElement | null)?.reset();
    await this.refresh();
    this.openId = saved.id;
    this.statusText = `Created ${saved.campaign.name}.`;
  }

  private onImported(ids: string[]): void {
    if (ids[0]) this.openId = ids[0];
  }

  private renderOpen(store: PlanStore): TemplateResult {
    const summary = this.plans.find((p) => p.id === this.openId);
    if (!summary) return html`<p>Choose a plan on the left.</p>`;
    const widget = (name: WidgetName, title: string) =>
      customElements.get(WIDGET_TAGS[name])
        ? html`<section class="widget" aria-labelledby=${`w-${name}`} data-widget=${name}>
            <h3 id=${`w-${name}`}>${title}</h3>
            ${this.widgetElement(name, store, summary.id)}
          </section>`
        : nothing;
    return html`<h2 class="plan-title">${summary.name}</h2>
      <div class="widgets">
        ${widget('badge', 'Readiness')} ${widget('checklist', 'Launch checklist')} ${widget('blocker-log', 'Blockers')} ${widget('raci', 'RACI')}
      </div>
      <preflight-share-panel .store=${store} plan-id=${summary.id} .widgets=${WIDGETS.filter((w) => customElements.get(WIDGET_TAGS[w]))} .rules=${this.ruleChanges}></preflight-share-panel>`;
  }

  /** Each widget bound to the same store and plan: a save by one reaches the others through the store. */
  private widgetElement(name: WidgetName, store: PlanStore, id: string): TemplateResult {
    switch (name) {
      case 'badge':
        return html`<preflight-badge .store=${store} plan-id=${id} .now=${this.now} .config=${this.rules}></preflight-badge>`;
      case 'raci':
        return html`<preflight-raci .store=${store} plan-id=${id} .now=${this.now} .config=${this.rules}></preflight-raci>`;
      case 'checklist':
        return html`<preflight-checklist .store=${store} plan-id=${id} .now=${this.now} .config=${this.rules}></preflight-checklist>`;
      case 'blocker-log':
        return html`<preflight-blocker-log .store=${store} plan-id=${id} .now=${this.now} .config=${this.rules}></preflight-blocker-log>`;
    }
  }
}

function sortByName(plans: PlanSummary[]): PlanSummary[] {
  return plans.sort((a, b) => a.name.localeCompare(b.name));
}

customElements.define('preflight-workspace', PreflightWorkspace);
