import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { verdictReasons, copyPlan, createPlanFromTemplate, DEFAULT_CONFIG, evaluate, fieldProblem, STATE_TITLES, TEMPLATES, templateProblems, type CampaignType, type Finding, type Plan, type Problem, type Readiness, type RulesConfig, type RulesConfigInput } from '@preflight/core';
import { openPlanStore, type PlanStore, type PlanSummary } from '@preflight/core/store';
import { WIDGET_TAGS, WIDGETS, type WidgetName } from './embed/config.js';
import type { PlanStoreLike } from '@preflight/components';
import { loadTeamSync } from '@preflight/components/team-sync/load';
import { ContextProvider } from '@lit/context';
import { clockContext, configContext, storeContext } from '@preflight/components/page-context';
import { ClockController, stoppedClock, systemClock, type Clock } from '@preflight/components/clock';
import { dateField, dateFieldStyles, langOf, sentenceWithDays } from '@preflight/components/date-field';
import { icon } from '@preflight/components/icon';
import LaptopIcon from 'lucide/dist/esm/icons/laptop.mjs';
import UsersIcon from 'lucide/dist/esm/icons/users.mjs';
import { controlProblem, controlValue } from '@preflight/components/forms';
import { dayText, isIsoDateTime, localDateOf } from '@preflight/core/time';
import type { TeamPlanStore } from '@preflight/components/team-sync';
import { samplePlanFor } from './sample-plan.js';
import './exchange-panel.js';
import './share-panel.js';
import { loadSettings, settingsKey } from './settings-storage.js';
import './team-settings.js';
import type { SettingsChange } from './team-settings.js';
import './team-connect.js';
import type { TeamConnected } from './team-connect.js';
import './team-plan-panel.js';
import './team-notify-panel.js';
import { WIDGET_TITLES } from './widget-titles.js';
import { fixSection } from './fix-places.js';
import { invalidNow } from './judged-at.js';
import './identity.js';
import './portfolio.js';
import { loadIdentity, roleOn, saveIdentity, type Identity } from './identity.js';
import { linkInHash, saveTeamServer, savedTeamServer, startedTeamServer, TeamApi, TeamApiError, type TeamPlanSummary, type TeamServerConfig, type TeamServerOrigin } from './team-server.js';

/** The plan whose roles the workspace follows, in which store, and how to stop. */
interface RolesWatch {
  store?: PlanStoreLike | undefined;
  id?: string | undefined;
  off?: () => void;
}

/** The verdict first, then the campaign in the order it is run: what and why, who, when, the gates, the reviews, what blocks. */
const SECTION_ORDER: WidgetName[] = ['badge', 'brief', 'raci', 'timeline', 'checklist', 'approvals', 'blocker-log', 'actions'];

/** Where a plan lives: in this browser's store, or on the team server. */
type PlanKind = 'local' | 'team';

/** The marks for where a plan lives: a word and an icon (Lucide's laptop and users), never colour alone. */
const WHERE_ICON: Record<PlanKind, TemplateResult> = { local: icon(LaptopIcon), team: icon(UsersIcon) };
const WHERE_TEXT: Record<PlanKind, string> = { local: 'On this device', team: 'Team' };

/** Turns the team server off for this plan database after "Disconnect", even when npm start offers one. */
const offKey = (dbName: string | undefined) => `preflight-team-server-off:${dbName ?? 'default'}`;
function readFlag(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}
function writeFlag(key: string, on: boolean): void {
  try {
    if (on) localStorage.setItem(key, '1');
    else localStorage.removeItem(key);
  } catch {
    // Storage blocked: for this page only.
  }
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
 * The demo workspace: the plans in this browser's store, a plan opened with a section for every widget bound to
 * the same store (an edit in one is saved and shown by the others), import/export and the embed generator.
 */
export class PreflightWorkspace extends LitElement {
  /** The IndexedDB database holding the plans (one per team space); Preflight's default when unset. */
  @property({ attribute: 'db-name' }) dbName: string | undefined;
  /** ISO instant every widget judges the plans at (a fixed date for a review); unset means now. */
  @property() now: string | undefined;
  /** Where the current time is read when `now` is unset: the browser's clock unless a page brings its own. */
  @property({ attribute: false }) clock: Clock = systemClock;
  /** Where `npm start` tells the workspace about its team server (absent: no team server unless one is connected). */
  @property({ attribute: 'team-config' }) teamConfig = 'team-server.json';

  @state() private store: PlanStore | undefined;
  @state() private plans: PlanSummary[] = [];
  @state() private openId: string | undefined;
  /** Which kind of plan `openId` names. */
  @state() private openKind: PlanKind = 'local';
  /** The portfolio (every plan at a glance) is shown instead of one plan: `#home`. */
  @state() private home = false;
  @state() private team: TeamServerConfig | undefined;
  @state() private teamOrigin: TeamServerOrigin | undefined;
  @state() private teamPlans: TeamPlanSummary[] = [];
  @state() private teamProblem = '';
  /** The open team plan's store (from the sync client), and the plan it is for. */
  @state() private teamStore: TeamPlanStore | undefined;
  @state() private moveProblem: { title: string; details: string[] } | undefined;
  @state() private moveNotice = '';
  @state() private moving = false;
  /** The open plan's name being edited in its header. */
  @state() private renaming = false;
  @state() private renameError = '';
  /** The sidebar's panels the person opened (import, team server, settings, new plan). */
  @state() private openPanels: ReadonlySet<string> = new Set();
  /** The last rename, duplicate or delete, offered for Undo until the next one. */
  @state() private undoable: { text: string; undo: () => Promise<void> } | undefined;
  private api: TeamApi | undefined;
  private teamStoreKey = '';
  @state() private createProblems: Problem[] = [];
  @state() private statusText = '';
  /** The team's rules (saved in this browser), applied to every widget. */
  @state() private rules: RulesConfig = DEFAULT_CONFIG;
  /** Only what the team changed from the defaults: what embeds carry. */
  @state() private ruleChanges: RulesConfigInput = {};
  /** Why the saved settings could not be used, if they could not. */
  @state() private settingsProblems: Problem[] = [];
  /** Who is using this workspace, and the role they act as on each plan. */
  @state() private identity: Identity | undefined;
  /** The open plan's roles, kept current as the plan changes (a role renamed in the RACI). */
  @state() private openRoles: readonly string[] = [];
  /** The open plan as saved, kept current: the verdict's reasons are read from it. */
  @state() private openPlan: Plan | undefined;
  /**
   * The part of the plan page shown below the readiness summary: one section at a time (the plan page is an
   * app's page, not one long document), or `share` for the embed and sharing panels. It stays as chosen
   * from plan to plan.
   */
  @state() private section: Section = 'brief';
  private judged: { plan: Plan; now: string; rules: RulesConfig; readiness: Readiness } | undefined;
  /** The instant the open plan's verdict is judged at: `now`, or the clock as of its last minute boundary. */
  private readonly time = new ClockController(this);
  /*
   * Given once to every element on the page (each widget, the plan list's badges, the portfolio), which
   * use them unless given their own: the plans' store, the team's rules and the clock (stopped at `now` when set).
   */
  private readonly storeProvider = new ContextProvider(this, { context: storeContext });
  private readonly configProvider = new ContextProvider(this, { context: configContext });
  private readonly clockProvider = new ContextProvider(this, { context: clockContext });
  private rolesWatch: RolesWatch = {};

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private unsubscribe?: () => void;

  override async connectedCallback(): Promise<void> {
    // The page's static placeholder is not Lit's: clear it once, before the first render.
    if (!this.hasUpdated) this.replaceChildren();
    super.connectedCallback();
    // The workspace renders in the page's own tree: the date field's styles join the page's.
    const sheet = dateFieldStyles.styleSheet;
    if (sheet && !document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    this.readSettings();
    this.identity = loadIdentity(this.dbName);
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
    const hash = new URLSearchParams(location.hash.slice(1));
    const teamId = hash.get('team');
    if (teamId) {
      this.openKind = 'team';
      this.openId = teamId;
    } else if (location.hash === '#home') this.home = true;
    else this.openId ??= hash.get('plan') ?? this.plans[0]?.id;
    this.section = sectionInHash(hash) ?? this.section;
    addEventListener('hashchange', this.onHashChange);
    void this.startTeam();
  }

  /** A workspace link pasted into the address bar of an open workspace opens what it names, as a load would. */
  private readonly onHashChange = (): void => void this.followHash();

  private async followHash(): Promise<void> {
    const link = linkInHash(location.hash);
    if (link) {
      const sameServer = this.team?.url === link.server.url && this.team.token === link.server.token;
      this.openKind = 'team';
      this.openId = link.planId;
      // A share link for another server or with another token: connect as it says, then open its plan.
      if (!sameServer) await this.useServer(link.server, 'link');
      this.openTeam(link.planId);
      return;
    }
    if (location.hash === '#home') {
      this.showHome();
      return;
    }
    const hash = new URLSearchParams(location.hash.slice(1));
    const team = hash.get('team');
    const plan = hash.get('plan');
    this.section = sectionInHash(hash) ?? this.section;
    if (team && (team !== this.openId || this.openKind !== 'team')) this.openTeam(team);
    else if (!team && plan && (plan !== this.openId || this.openKind !== 'local')) this.openLocal(plan);
  }

  /** The team server: a share link in the hash first, then npm start's, then the one this browser saved. */
  private async startTeam(): Promise<void> {
    const link = linkInHash(location.hash);
    if (link) return this.useServer(link.server, 'link');
    const started = readFlag(offKey(this.dbName)) ? undefined : await startedTeamServer(this.teamConfig);
    if (!this.isConnected) return;
    if (started) return this.useServer(started, 'start');
    const saved = savedTeamServer(this.dbName);
    if (saved) return this.useServer(saved, 'saved');
    // A team plan named in the hash with no server to open it from: show the plans here instead.
    if (this.openKind === 'team') this.openLocal(this.plans[0]?.id);
  }

  private async useServer(server: TeamServerConfig, origin: TeamServerOrigin, plans?: TeamPlanSummary[]): Promise<void> {
    this.team = server;
    this.teamOrigin = origin;
    this.api = new TeamApi(server);
    if (plans) {
      this.teamPlans = plans;
      this.teamProblem = '';
    } else await this.refreshTeam();
    if (this.openKind === 'team' && this.openId) await this.bindTeamStore(this.openId);
  }

  private async refreshTeam(): Promise<void> {
    const api = this.api;
    if (!api) return;
    try {
      const plans = await api.plans();
      if (api !== this.api) return;
      this.teamPlans = plans;
      this.teamProblem = '';
    } catch (error) {
      if (api !== this.api) return;
      this.teamProblem = error instanceof Error ? error.message : String(error);
    }
  }

  private onTeamConnected(detail: TeamConnected): void {
    writeFlag(offKey(this.dbName), false);
    saveTeamServer(this.dbName, detail.server);
    void this.useServer(detail.server, 'saved', detail.plans);
    this.statusText = `Connected to the team server at ${detail.server.url}: ${detail.plans.length} team plan${detail.plans.length === 1 ? '' : 's'}.`;
  }

  private onTeamDisconnect(): void {
    if (this.teamOrigin === 'start') writeFlag(offKey(this.dbName), true);
    if (this.teamOrigin === 'saved') saveTeamServer(this.dbName, undefined);
    this.releaseTeamStore();
    this.team = this.api = this.teamOrigin = undefined;
    this.teamPlans = [];
    this.teamProblem = '';
    if (this.openKind === 'team') this.openLocal(this.plans[0]?.id);
    this.statusText = 'Disconnected from the team server. Plans on this device are unchanged.';
  }

  private showHome(): void {
    this.home = true;
    this.renaming = false;
    this.releaseTeamStore();
  }

  private openLocal(id: string | undefined): void {
    this.home = false;
    this.openKind = 'local';
    this.openId = id;
    this.moveProblem = undefined;
    this.renaming = false;
    this.releaseTeamStore();
  }

  private openTeam(id: string): void {
    this.home = false;
    this.openKind = 'team';
    this.openId = id;
    this.moveProblem = undefined;
    this.renaming = false;
    void this.bindTeamStore(id);
  }

  /** Opens the team plan through the sync client (one connection, released when another plan opens). */
  private async bindTeamStore(id: string): Promise<void> {
    const server = this.team;
    if (!server) return;
    const key = [server.url, id, server.token].join('\u0000');
    if (key === this.teamStoreKey) return;
    this.releaseTeamStore();
    this.teamStoreKey = key;
    const { openTeamPlan } = await loadTeamSync();
    if (this.teamStoreKey !== key) return;
    const store = openTeamPlan({ url: server.url, planId: id, token: server.token });
    this.teamStore = store;
    // A plan first seen live (moved here, or named by a link) joins the list once the server has it.
    void store.whenReady().then(() => {
      if (this.teamStore === store && !this.teamPlans.some((p) => p.id === id)) void this.refreshTeam();
    });
  }

  private releaseTeamStore(): void {
    this.teamStore?.release();
    this.teamStore = undefined;
    this.teamStoreKey = '';
  }

  /** Follows the open plan in the store it lives in, for its roles: "who are you" offers them. */
  private watchOpenRoles(): void {
    const store = this.openKind === 'team' ? this.teamStore : this.store;
    const id = this.openId;
    if (store === this.rolesWatch.store && id === this.rolesWatch.id) return;
    this.rolesWatch.off?.();
    const watch: RolesWatch = { store, id };
    this.rolesWatch = watch;
    if (this.openRoles.length) this.openRoles = [];
    this.openPlan = undefined;
    if (!store || !id) return;
    const read = async () => {
      const plan = await store.get(id).catch(() => undefined);
      if (this.rolesWatch !== watch) return;
      this.openPlan = plan;
      const roles = plan?.roles ?? [];
      if (roles.join('\u0000') !== this.openRoles.join('\u0000')) this.openRoles = roles;
    };
    watch.off = store.subscribe(() => void read());
    void read();
  }

  /** The role the person here acts as on the open plan, set on every element as its `actor`. */
  private get actor(): string | undefined {
    return this.openId ? roleOn(this.identity, this.openId, this.openRoles) : undefined;
  }

  private onIdentity(identity: Identity): void {
    this.identity = identity;
    saveIdentity(this.dbName, identity);
    const role = this.actor;
    this.statusText = role ? `Acting as ${role} (${identity.name}).` : '';
  }

  private renderIdentity(name: string): TemplateResult {
    return html`<preflight-identity
      .identity=${this.identity}
      plan-id=${this.openId ?? ''}
      .planName=${name}
      .roles=${this.openRoles}
      @preflight-identity-change=${(e: CustomEvent<Identity>) => this.onIdentity(e.detail)}
    ></preflight-identity>`;
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
    removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.store?.close();
    this.store = undefined;
    this.releaseTeamStore();
    this.rolesWatch.off?.();
    this.rolesWatch = {};
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Set before the elements render, so a widget made in this render reads them at once; an unchanged value notifies nobody.
    this.storeProvider.setValue(this.store);
    this.configProvider.setValue(this.rules);
    if (changed.has('now') || changed.has('clock')) this.clockProvider.setValue(this.now === undefined ? this.clock : stoppedClock(this.now));
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('home') && this.home && location.hash !== '#home') history.replaceState(null, '', '#home');
    if ((changed.has('openId') || changed.has('openKind') || changed.has('teamOrigin') || changed.has('section') || (changed.has('home') && !this.home)) && this.openId && !this.home) {
      // The section shown is in the address too (but for the first one), so a link or a reload shows it again.
      const section = this.section === 'brief' ? '' : `&section=${this.section}`;
      let hash = `#plan=${encodeURIComponent(this.openId)}${section}`;
      if (this.openKind === 'team') {
        // A workspace opened from a share link keeps the link in its address, so a reload opens the same plan.
        const link: Record<string, string> = this.teamOrigin === 'link' && this.team ? { sync: this.team.url, token: this.team.token } : {};
        hash = `#${new URLSearchParams({ team: this.openId, ...link }).toString()}${section}`;
      }
      if (location.hash !== hash) history.replaceState(null, '', hash);
    }
    this.watchOpenRoles();
  }

  private async refresh(): Promise<void> {
    if (!this.store) return;
    this.plans = sortByName(await this.store.list());
  }

  protected override render(): TemplateResult {
    const store = this.store;
    if (!store) return html`<p role="status">Opening this browser's plan store…</p>`;
    return html`
      <a class="skip-link" href="#plan-main" @click=${(e: Event) => this.skipTo(e, '#plan-main')}>Skip to the plan</a>
      <header class="bar">
        <h1>Preflight workspace</h1>
        <p class="store-status" role="status" data-status=${store.status}>
          Plans: ${store.status}${store.status === 'saved' ? ' in this browser' : ''}${store.reason ? html` — ${store.reason}` : nothing}
        </p>
        ${this.renderTeamHeader()}
      </header>
      ${this.renderSettingsNotice()}
      <div class="layout">
        <nav aria-labelledby="plans-heading" class="sidebar">
          <h2 id="plans-heading">Plans</h2>
          <a class="home-link" href="#home" aria-current=${this.home ? 'page' : 'false'} @click=${(e: Event) => this.onHomeLink(e)}>All plans at a glance</a>
          ${this.renderList()}
          ${this.renderCreate()}
          ${this.panel(
            'import',
            'Import and export',
            html`<preflight-exchange-panel .store=${store} @preflight-imported=${(e: CustomEvent<string[]>) => this.onImported(e.detail)}></preflight-exchange-panel>`,
          )}
          <preflight-team-connect
            .server=${this.team}
            .origin=${this.teamOrigin}
            .problem=${this.teamProblem}
            @preflight-team-connect=${(e: CustomEvent<TeamConnected>) => this.onTeamConnected(e.detail)}
            @preflight-team-disconnect=${() => this.onTeamDisconnect()}
          ></preflight-team-connect>
          ${this.panel(
            'settings',
            'Team settings',
            html`<preflight-workspace-settings db-name=${this.dbName ?? nothing} .config=${this.rules} @preflight-settings-change=${(e: CustomEvent<SettingsChange>) => this.onSettings(e.detail)}></preflight-workspace-settings>`,
          )}
        </nav>
        <main class="plan" id="plan-main" tabindex="-1">
          ${this.renderUndo()}${this.home ? this.renderHome(store) : this.openKind === 'team' ? this.renderTeamOpen() : this.renderOpen(store)}
        </main>
      </div>
      <p class="sr-status" role="status">${this.statusText}</p>
    `;
  }

  /**
   * A part of the sidebar closed until asked for (native details: Enter or Space on its summary opens
   * it), so the plan list and the plan stay within a few key presses. `open` opens it from here.
   */
  private panel(name: string, title: string, content: TemplateResult, open = false): TemplateResult {
    return html`<details class="panel" data-panel=${name} ?open=${open || this.openPanels.has(name)} @toggle=${(e: Event) => this.onPanelToggle(name, e)}>
      <summary>${title}</summary>
      ${content}
    </details>`;
  }

  private onPanelToggle(name: string, event: Event): void {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    if (open === this.openPanels.has(name)) return;
    const next = new Set(this.openPanels);
    if (open) next.add(name);
    else next.delete(name);
    this.openPanels = next;
  }

  /** Moves focus to a part of the page without changing the address (the hash names the open plan). */
  /** Moves the focus to what `selector` names, showing its section first when it is one the page hides now. */
  private skipTo(event: Event, selector: string): void {
    event.preventDefault();
    const section = sectionOf(selector);
    const go = () => {
      const target = this.querySelector<HTMLElement>(selector);
      target?.focus();
      target?.scrollIntoView({ block: 'start' });
    };
    if (!section || section === this.section) return go();
    this.section = section;
    void this.updateComplete.then(go);
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

  /** The open team plan's connection, always in view: Live, Offline with the changes waiting, Refused with the reason, and who else is here. */
  private renderTeamHeader(): TemplateResult | typeof nothing {
    if (this.openKind !== 'team' || !this.openId) return nothing;
    const summary = this.teamPlans.find((p) => p.id === this.openId);
    return html`<div class="team-live" aria-label="Team plan connection">
      <span class="where" data-where="team">${WHERE_ICON.team}<span>Team plan${summary ? html`: <strong>${summary.name}</strong>` : nothing}</span></span>
      ${this.teamStore ? html`<preflight-team-status .store=${this.teamStore}></preflight-team-status>` : html`<span role="status">Connecting…</span>`}
    </div>`;
  }

  private where(kind: PlanKind, id: string): TemplateResult {
    return html`<span class="where" data-where=${kind === 'team' ? 'team' : 'device'} id=${id}>${WHERE_ICON[kind]}<span>${WHERE_TEXT[kind]}</span></span>`;
  }

  private renderList(): TemplateResult {
    if (!this.plans.length && !this.teamPlans.length) return html`<p>No plans yet: create one from a template below, or import a file.</p>`;
    const current = (kind: PlanKind, id: string) => (this.openKind === kind && this.openId === id ? 'true' : 'false');
    return html`<ul class="plan-list">
      ${this.plans.map(
        (p, i) => html`<li data-kind="local">
          <button type="button" class="open" aria-current=${current('local', p.id)} aria-describedby=${`where-local-${i}`} @click=${() => this.openLocal(p.id)}>${p.name}</button>
          <preflight-badge plan-id=${p.id}></preflight-badge>
          <span class="meta">${this.where('local', `where-local-${i}`)} ${p.state}${p.launchDate ? html` · launch <time datetime=${p.launchDate}>${dayText(p.launchDate, langOf(this))}</time>` : nothing}</span>
        </li>`,
      )}
      ${this.teamPlans.map(
        (p, i) => html`<li data-kind="team">
          <button type="button" class="open" aria-current=${current('team', p.id)} aria-describedby=${`where-team-${i}`} @click=${() => this.openTeam(p.id)}>${p.name}</button>
          <span class="meta">${this.where('team', `where-team-${i}`)} ${p.state ?? ''}${p.launchDate ? html` · launch <time datetime=${p.launchDate}>${dayText(p.launchDate, langOf(this))}</time>` : nothing}</span>
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
    return this.panel(
      'create',
      'New plan from a template',
      html`<form class="create" aria-label="New plan from a template" @submit=${this.create} novalidate>
      ${field(
        'type',
        'Template',
        html`<select id="new-type" name="type">
          ${TEMPLATES.map((t) => html`<option value=${t.type} title=${t.description}>${t.title}</option>`)}
        </select>`,
      )}
      ${field('name', 'Campaign name', html`<input id="new-name" name="name" required aria-invalid=${invalid('name')} placeholder="2026q4_na_email_launch" />`)}
      ${field(
        'launchDate',
        'Launch date',
        dateField({
          id: 'new-launchDate',
          name: 'launchDate',
          label: 'Launch date',
          required: true,
          errorId: problem('launchDate') ? 'new-launchDate-error' : undefined,
          today: isIsoDateTime(this.time.judgedAt) ? localDateOf(this.time.judgedAt, this.rules.timeZone) : undefined,
        }),
      )}
      <button type="submit" class="primary">Create plan</button>
    </form>`,
      // With no plan yet, making one is the next thing to do.
      this.createProblems.length > 0 || (!this.plans.length && !this.teamPlans.length),
    );
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const type = String(data.get('type')) as CampaignType;
    const launchControl = form.elements.namedItem('launchDate');
    const options = { name: String(data.get('name') ?? '').trim(), launchDate: controlValue(launchControl) };
    // A date typed that is no date is named as typed; the template's own checks say the rest.
    const typed = controlProblem(launchControl);
    this.createProblems = [...templateProblems(type, options).filter((p) => !(typed && p.path === 'launchDate')), ...(typed ? [{ path: 'launchDate', code: 'invalid_date', message: typed }] : [])];
    if (this.createProblems.length || !this.store) return;
    let plan = createPlanFromTemplate(type, options);
    const baseId = plan.id;
    // The same name and date make the same id: keep both plans rather than refuse the second.
    for (let n = 2; await this.store.get(plan.id); n++) plan = createPlanFromTemplate(type, { ...options, id: `${baseId.slice(0, 76)}-${n}` });
    const saved = await this.store.put(plan, { baseRevision: 0 });
    form.reset();
    const panels = new Set(this.openPanels);
    panels.delete('create');
    this.openPanels = panels;
    await this.refresh();
    this.openLocal(saved.id);
    this.statusText = `Created ${saved.campaign.name}.`;
    // The new plan is where work goes on: its title takes the focus the closed form had.
    await this.updateComplete;
    this.querySelector<HTMLElement>('.plan-title')?.focus();
  }

  private onImported(ids: string[]): void {
    if (ids[0]) this.openLocal(ids[0]);
  }

  private renderOpen(store: PlanStore): TemplateResult {
    const summary = this.plans.find((p) => p.id === this.openId);
    if (!summary) return this.renderHome(store);
    return html`<div class="plan-head">
        <h2 class="plan-title" tabindex="-1">${summary.name}</h2>
        ${this.where('local', 'open-where')}
      </div>
      ${this.renderLocalActions(summary)} ${this.renderSectionNav()} ${this.renderIdentity(summary.name)} ${this.renderWidgets(store, summary.id)}
      <div class="share-group" ?hidden=${this.section !== 'share'}>
        <preflight-share-panel .store=${store} plan-id=${summary.id} .widgets=${this.shownWidgets()} .rules=${this.ruleChanges}></preflight-share-panel>
      </div>`;
  }

  /** Every plan saved here at a glance, with the team's metrics and agenda across them. */
  private renderHome(store: PlanStore): TemplateResult {
    return html`<preflight-workspace-portfolio .store=${store} .summaries=${this.plans}></preflight-workspace-portfolio>`;
  }

  /** Opens the portfolio and moves the focus to its title, as opening a plan does. */
  private onHomeLink(event: Event): void {
    event.preventDefault();
    this.showHome();
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('#portfolio-heading')?.focus());
  }

  /** Move to the team server (when one is connected with the right to create plans) and delete from this device. */
  private renderLocalActions(summary: PlanSummary): TemplateResult {
    const canMove = this.api?.canEdit();
    const problem = this.moveProblem;
    return html`<div class="plan-actions">
        ${canMove
          ? html`<button type="button" class="primary" ?disabled=${this.moving} @click=${() => void this.moveToTeam(summary)}>${this.moving ? 'Moving…' : 'Move to the team server'}</button>`
          : nothing}
        <button type="button" @click=${() => void this.startRename()} aria-expanded=${this.renaming ? 'true' : 'false'} aria-controls="rename-form">Rename</button>
        <button type="button" @click=${() => void this.duplicateLocal(summary)}>Duplicate</button>
        <button type="button" class="danger" @click=${() => void this.deleteLocal(summary)}>Delete from this device</button>
      </div>
      ${this.renaming ? this.renderRename(summary) : nothing}
      ${canMove ? html`<p class="help">Moving puts a copy on the team server and opens it there, live for everyone with a link. The copy on this device stays until you delete it.</p>` : nothing}
      ${problem
        ? html`<div class="move-problem" role="alert">
            <strong>${problem.title}</strong>
            ${problem.details.length ? html`<ul>${problem.details.map((d) => html`<li>${d}</li>`)}</ul>` : nothing}
          </div>`
        : nothing}`;
  }

  private async moveToTeam(summary: PlanSummary): Promise<void> {
    const api = this.api;
    if (!api || !this.store) return;
    this.moving = true;
    this.moveProblem = undefined;
    try {
      const plan = await this.store.get(summary.id);
      if (!plan) throw new TeamApiError(`“${summary.name}” is no longer on this device.`, 404);
      // PUT replaces: a plan the team already has under this id is never overwritten from here.
      if (await api.has(plan.id)) {
        this.moveProblem = {
          title: `The team server already has “${summary.name}” (moved there before, perhaps renamed since), so it was not moved again.`,
          details: ['Open the team plan from the list, or make a new plan from a template and move that one.'],
        };
        return;
      }
      await api.put(plan);
      await this.refreshTeam();
      this.openTeam(plan.id);
      this.moveNotice = `“${summary.name}” is now a team plan, live for everyone with a link. The copy on this device stays, listed as On this device, until you delete it.`;
      this.statusText = `Moved ${summary.name} to the team server.`;
    } catch (error) {
      const refusal = error instanceof TeamApiError ? error : new TeamApiError(String(error), 0);
      this.moveProblem = {
        title: refusal.status === 0 ? `The plan was not moved: ${refusal.message}` : `The team server refused the plan: ${refusal.message}.`,
        details: refusal.problems.slice(0, 10).map((p) => `${p.path}: ${p.message}`),
      };
    } finally {
      this.moving = false;
    }
  }

  private renderRename(summary: PlanSummary): TemplateResult {
    const error = this.renameError;
    return html`<form id="rename-form" class="rename" novalidate @submit=${(e: SubmitEvent) => void this.rename(e, summary)} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.cancelRename()}>
      <label for="rename-name">Campaign name</label>
      <input id="rename-name" name="name" .value=${summary.name} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? 'rename-error' : nothing} />
      <button type="submit" class="primary">Save name</button>
      <button type="button" class="quiet" @click=${() => this.cancelRename()}>Cancel</button>
      ${error ? html`<p class="field-error" id="rename-error">Campaign name: ${error}</p>` : nothing}
    </form>`;
  }

  private async startRename(): Promise<void> {
    this.renaming = !this.renaming;
    this.renameError = '';
    await this.updateComplete;
    this.querySelector<HTMLInputElement>('#rename-name')?.select();
  }

  private cancelRename(): void {
    this.renaming = false;
    this.renameError = '';
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('.plan-actions button')?.focus());
  }

  /** Saves the plan under its new name (checked by the core as the campaign's name), with Undo. */
  private async rename(event: SubmitEvent, summary: PlanSummary): Promise<void> {
    event.preventDefault();
    const store = this.store;
    const name = String(new FormData(event.currentTarget as HTMLFormElement).get('name') ?? '').trim();
    this.renameError = fieldProblem('campaign', 'name', name) ?? '';
    if (this.renameError || !store) {
      await this.updateComplete;
      this.querySelector<HTMLElement>('#rename-name')?.focus();
      return;
    }
    const before = summary.name;
    const renamed = await this.setName(summary.id, name);
    if (!renamed) return;
    this.renaming = false;
    this.offerUndo(`Renamed “${before}” to “${name}”.`, async () => {
      await this.setName(summary.id, before);
    });
  }

  private async setName(id: string, name: string): Promise<boolean> {
    const plan = await this.store?.get(id);
    if (!plan || !this.store) return false;
    await this.store.put({ ...plan, campaign: { ...plan.campaign, name } }, { baseRevision: plan.revision ?? 0 });
    await this.refresh();
    return true;
  }

  /** A copy of the plan beside it ("… (copy)"), opened, with Undo. */
  private async duplicateLocal(summary: PlanSummary): Promise<void> {
    const store = this.store;
    const plan = await store?.get(summary.id);
    if (!store || !plan) return;
    const ids = new Set(this.plans.map((p) => p.id));
    const copy = await store.put(copyPlan(plan, 'copy', (id) => ids.has(id)), { baseRevision: 0 });
    await this.refresh();
    this.openLocal(copy.id);
    this.offerUndo(`Made “${copy.campaign.name}”, a copy of “${summary.name}”, and opened it.`, async () => {
      await store.delete(copy.id);
      await this.refresh();
      this.openLocal(summary.id);
    });
  }

  /** Deletes from this device at once; Undo puts the plan back as it was. */
  private async deleteLocal(summary: PlanSummary): Promise<void> {
    const store = this.store;
    const plan = await store?.get(summary.id);
    if (!store || !plan) return;
    await store.delete(summary.id);
    await this.refresh();
    this.openLocal(this.plans[0]?.id);
    this.offerUndo(`Deleted “${summary.name}” from this device.`, async () => {
      const { revision: _revision, ...kept } = plan;
      await store.put(kept, { baseRevision: 0 });
      await this.refresh();
      this.openLocal(plan.id);
    });
  }

  private offerUndo(text: string, undo: () => Promise<void>): void {
    this.undoable = { text, undo };
    this.statusText = text;
  }

  private renderUndo(): TemplateResult | typeof nothing {
    const offer = this.undoable;
    if (!offer) return nothing;
    const run = async () => {
      this.undoable = undefined;
      await offer.undo();
      this.statusText = `Undone: ${offer.text}`;
    };
    return html`<div class="undo-notice">
      <span>${offer.text}</span>
      <button type="button" @click=${() => void run()}>Undo</button>
      <button type="button" class="quiet" aria-label="Dismiss this notice" @click=${() => (this.undoable = undefined)}>Dismiss</button>
    </div>`;
  }

  private renderTeamOpen(): TemplateResult {
    const id = this.openId;
    const store = this.teamStore;
    if (!id) return html`<p>Choose a plan on the left.</p>`;
    if (!this.team) return html`<p role="status">Connecting to the team server…</p>`;
    const summary = this.teamPlans.find((p) => p.id === id);
    return html`<div class="plan-head">
        <h2 class="plan-title" tabindex="-1">${summary?.name ?? id}</h2>
        ${this.where('team', 'open-where')}
      </div>
      ${this.moveNotice ? html`<p class="move-notice" role="status">${this.moveNotice} <button type="button" class="quiet" @click=${() => (this.moveNotice = '')}>Dismiss</button></p>` : nothing}
      ${store ? html`${this.renderSectionNav()} ${this.renderIdentity(summary?.name ?? id)} ${this.renderWidgets(store, id)}` : html`<p role="status">Opening the team plan…</p>`}
      ${store && this.api
        ? html`<div class="share-group" ?hidden=${this.section !== 'share'}>
            <preflight-team-plan-panel .api=${this.api} .store=${store} plan-id=${id}></preflight-team-plan-panel>
            <preflight-team-notify-panel .api=${this.api} plan-id=${id}></preflight-team-notify-panel>
            <preflight-share-panel .store=${store} plan-id=${id} .widgets=${this.shownWidgets()} .rules=${this.ruleChanges} .team=${{ api: this.api, planId: id }}></preflight-share-panel>
          </div>`
        : nothing}`;
  }

  /**
   * One link per section of the open plan: a link's Enter shows its section (the readiness summary is always
   * shown) and moves the focus to the section's heading; the section shown is the current one.
   */
  private renderSectionNav(): TemplateResult {
    const shown = SECTION_ORDER.filter((w) => customElements.get(WIDGET_TAGS[w]));
    const link = (target: string, title: string) => {
      const current = sectionOf(`#${target}`) === this.section;
      return html`<li><a href=${`#${target}`} aria-current=${current ? 'true' : nothing} @click=${(e: Event) => this.skipTo(e, `#${target}`)}>${title}</a></li>`;
    };
    return html`<nav class="section-nav" aria-label="Sections of this plan">
      <ul>
        ${shown.map((w) => link(`w-${w}`, WIDGET_TITLES[w]))} ${link('share-heading', 'Share and embed')}
      </ul>
    </nav>`;
  }

  private shownWidgets(): WidgetName[] {
    return WIDGETS.filter((w) => customElements.get(WIDGET_TAGS[w]));
  }

  private renderWidgets(store: PlanStoreLike, id: string): TemplateResult {
    const widget = (name: WidgetName) =>
      customElements.get(WIDGET_TAGS[name])
        ? html`<section class="widget" aria-labelledby=${`w-${name}`} data-widget=${name} ?hidden=${name !== 'badge' && name !== this.section}>
            <h3 id=${`w-${name}`} tabindex="-1">${WIDGET_TITLES[name]}</h3>
            ${this.widgetElement(name, store, id)} ${name === 'badge' ? this.renderReasons() : nothing}
          </section>`
        : nothing;
    return html`<div class="widgets" @preflight-fix=${(e: CustomEvent<{ finding: Finding }>) => this.onFix(e)}>${SECTION_ORDER.map(widget)}</div>`;
  }

  /** The core's verdict on the open plan, judged again only when the plan, the time or the rules change. */
  private readinessOf(plan: Plan): Readiness {
    const { rules } = this;
    const now = this.time.judgedAt;
    const judged = this.judged;
    if (judged && judged.plan === plan && judged.now === now && judged.rules === rules) return judged.readiness;
    const readiness = evaluate(plan, { now, config: rules });
    this.judged = { plan, now, rules, readiness };
    return readiness;
  }

  /** A widget's "go to where it is fixed" for a finding: the focus moves to that section of the plan. */
  private onFix(event: CustomEvent<{ finding: Finding }>): void {
    const section = fixSection(event.detail.finding);
    if (!section) return;
    event.preventDefault();
    this.skipTo(event, `#w-${section}`);
  }

  /**
   * Why the verdict is what it is, beside it: each finding that makes it, with a link to the section
   * where it is fixed (its Enter moves the focus there), so a blocked plan says what blocks it.
   */
  private renderReasons(): TemplateResult | typeof nothing {
    const plan = this.openPlan;
    if (!plan || plan.id !== this.openId) return nothing;
    const unjudged = invalidNow(this.time.judgedAt);
    if (unjudged) return unjudged;
    const { state, findings } = this.readinessOf(plan);
    const reasons = verdictReasons(findings, state);
    if (!reasons.length) return html`<p class="verdict-reasons" data-state=${state}>Nothing holds it: no blocking finding and no warning.</p>`;
    const shown = reasons.slice(0, 8);
    const title = STATE_TITLES[state];
    const lang = langOf(this);
    const day = (date: string) => dayText(date, lang);
    return html`<div class="verdict-reasons" data-state=${state}>
      <p id="verdict-reasons-heading"><strong>${title}</strong> because:</p>
      <ul aria-labelledby="verdict-reasons-heading">
        ${shown.map((f) => {
          const section = fixSection(f);
          return html`<li data-rule=${f.ruleId}>
            <span>${sentenceWithDays(f.message, day)}</span>
            ${section && customElements.get(WIDGET_TAGS[section])
              ? html` <a href=${`#w-${section}`} class="fix-link" @click=${(e: Event) => this.skipTo(e, `#w-${section}`)}>Fix it in ${WIDGET_TITLES[section]}</a>`
              : nothing}
          </li>`;
        })}
      </ul>
      ${reasons.length > shown.length ? html`<p>…and ${reasons.length - shown.length} more, in the sections below.</p>` : nothing}
    </div>`;
  }

  /** Each widget bound to the same store and plan: a save by one reaches the others through the store. */
  private widgetElement(name: WidgetName, store: PlanStoreLike, id: string): TemplateResult {
    // Every widget takes the same bindings; the tag comes from WIDGET_TAGS, never from a plan or the page's address.
    const tag = unsafeStatic(WIDGET_TAGS[name]);
    // The badge's findings and the checklist's reasons go to the section where each is fixed (preflight-fix, handled above).
    // The page's store, rules and clock come from the workspace's context; a team plan's store is given here.
    return staticHtml`<${tag} .store=${store === this.store ? undefined : store} plan-id=${id} .actor=${this.actor} ?fix-links=${name === 'checklist' || name === 'badge'}></${tag}>`;
  }
}

/** What the plan page shows below its readiness summary: one widget's section, or the sharing panels. */
type Section = Exclude<WidgetName, 'badge'> | 'share';

/** The section a name stands for (`raci`, `share`); undefined for the readiness summary, always shown, or no section. */
function asSection(name: string | null | undefined): Section | undefined {
  if (name === 'share') return 'share';
  return name && name !== 'badge' && (WIDGETS as string[]).includes(name) ? (name as Section) : undefined;
}

/** The section a link or a fix names by its target (`#w-raci`, `#share-heading`). */
const sectionOf = (selector: string): Section | undefined => (selector === '#share-heading' ? 'share' : asSection(/^#w-(.+)$/.exec(selector)?.[1]));

/** The section a workspace address names (`section=raci`, `section=share`), when it names one. */
const sectionInHash = (hash: URLSearchParams): Section | undefined => asSection(hash.get('section'));

function sortByName(plans: PlanSummary[]): PlanSummary[] {
  return plans.sort((a, b) => a.name.localeCompare(b.name));
}

customElements.define('preflight-workspace', PreflightWorkspace);
