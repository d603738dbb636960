import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Plan, RulesConfigInput } from '@preflight/core';
import type { PlanStoreLike } from '@preflight/components';
import type { LinkRole, TeamApi } from './team-server.js';
import { readsOnly, WIDGET_TAGS, type EmbedConfig, type EmbedSource, type EmbedTheme, type WidgetName } from './embed/config.js';
import { embedUrl, intranetSnippet, suggestedHeight, type SnippetMode } from './embed/generate.js';
import { encodeSnapshot } from './embed/snapshot.js';
import { WIDGET_TITLES } from './widget-titles.js';

type SourceKind = EmbedSource['kind'];

/** The open plan on a team server: a live embed carries a share token the server makes for it. */
export interface TeamSource {
  api: TeamApi;
  planId: string;
}

const SOURCE_HELP: Record<SourceKind, string> = {
  team: 'Shows the team plan live from the team server, with a share token of its own in the link (30 days): a viewer’s link shows it read-only, an editor’s lets people edit it. Anyone with the link gets that access; the server names them in the plan’s history by the link.',
  snapshot: 'The plan travels in the link, compressed: anyone with the link sees it, read-only, with no server. Make a new link after edits.',
  store: 'Reads the plan from the browser’s own store: live and editable, but only where the embed shares storage with this workspace (same site). Notion pages and other sites get separate or blocked storage.',
  url: 'Fetches a plan JSON (an export from this page) from an https address your intranet serves, read-only. The server must allow other sites to read it (CORS).',
};

/** Names the team settings an embed carries (dotted paths), or says it uses the defaults. */
function rulesNote(rules: RulesConfigInput): string {
  const paths: string[] = [];
  const walk = (value: unknown, at: string) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && !at.endsWith('businessHours')) for (const [k, v] of Object.entries(value)) walk(v, at ? `${at}.${k}` : k);
    else paths.push(at);
  };
  walk(rules, '');
  return paths.length ? `Carries the team settings that differ from the defaults: ${paths.join(', ')}.` : 'Uses the default rules (no team settings differ from them).';
}

/**
 * The widths a Notion embed frame gets: the default page column (about 700 px) and a full-width
 * page (1280 px on a laptop screen). The frame height is measured at each, as the embed page lays
 * the widget out: inside its 8 px padding, read-only unless the link lets people edit.
 */
const NOTION_WIDTHS = [
  { label: 'a page of default width', px: 700 },
  { label: 'a full-width page', px: 1280 },
] as const;
/** The embed page's body and source line (embed.html's styles), so the off-screen layout matches the frame's. */
const EMBED_BODY_STYLE = 'padding:8px;font:14px/1.4 ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;box-sizing:border-box;';
const EMBED_SOURCE_STYLE = 'margin:6px 0 0;font-size:12px;';

/** Makes, for one widget of the open plan, a Notion embed URL and an HTML snippet for an intranet page. */
export class SharePanel extends LitElement {
  @property({ attribute: false }) store: PlanStoreLike | undefined;
  /** Set for a team plan: offers "Live (team plan)" as a source. */
  @property({ attribute: false }) team: TeamSource | undefined;
  @property({ attribute: 'plan-id' }) planId = '';
  @property({ attribute: false }) widgets: WidgetName[] = [];
  /** The team's rules, only what differs from the defaults: every link and snippet carries them. */
  @property({ attribute: false }) rules: RulesConfigInput = {};

  @state() private widget: WidgetName = 'checklist';
  @state() private theme: EmbedTheme = 'auto';
  @state() private source: SourceKind = 'snapshot';
  @state() private srcUrl = '';
  @state() private base = new URL('./', location.href).href;
  @state() private snippetMode: SnippetMode = 'snapshot';
  @state() private baseProblem = '';
  @state() private url = '';
  @state() private snippet = '';
  /** The frame height to set in Notion, at each of its widths. */
  @state() private heights: { label: string; px: number }[] = [];
  private measuring = 0;
  @state() private copied = '';
  @state() private teamRole: LinkRole = 'viewer';
  @state() private teamProblem = '';
  /** The tokens made for live embeds of this plan, by role: one each, not one per change of widget or theme. */
  private teamTokens = new Map<string, Promise<string>>();
  private plan: Plan | undefined;
  private unsubscribe?: () => void;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('widgets') && this.widgets.length && !this.widgets.includes(this.widget)) this.widget = this.widgets[0]!;
    if (changed.has('team')) {
      this.teamTokens.clear();
      if (!this.team && this.source === 'team') this.source = 'snapshot';
      // A team plan is not in this browser's store: its live source is the team server.
      if (this.team && this.source === 'store') this.source = 'team';
    }
    if (changed.has('store')) {
      this.unsubscribe?.();
      this.unsubscribe = this.store?.subscribe(() => void this.generate());
    }
  }

  protected override updated(changed: PropertyValues): void {
    const inputs = ['store', 'planId', 'widget', 'theme', 'source', 'srcUrl', 'base', 'snippetMode', 'rules', 'team', 'teamRole'] as const;
    if (inputs.some((k) => changed.has(k))) void this.generate();
  }

  private async generate(): Promise<void> {
    if (!this.store || !this.planId) return;
    const plan = (this.plan = await this.store.get(this.planId));
    if (!plan) return;
    let source: EmbedSource;
    if (this.source === 'snapshot') source = { kind: 'snapshot', data: await encodeSnapshot(plan) };
    else if (this.source === 'url') source = { kind: 'url', url: this.srcUrl || 'https://intranet.example.com/plans.json', planId: plan.id };
    else if (this.source === 'team' && this.team) {
      const token = await this.teamToken(this.team, this.teamRole);
      if (token === undefined) return;
      source = { kind: 'team', url: this.team.api.server.url, planId: this.team.planId, token };
    } else source = { kind: 'store', planId: plan.id };
    const rules = Object.keys(this.rules).length ? { rules: this.rules } : {};
    const config: EmbedConfig = { widget: this.widget, source, theme: this.theme, readonly: readsOnly(source, false), ...rules };
    const here = new URL('./', location.href).href;
    let base = here;
    this.baseProblem = '';
    try {
      const typed = new URL(this.base);
      // Only a web address can host the pages (a javascript: or file: base is refused, not followed).
      if (typed.protocol === 'https:' || typed.protocol === 'http:') base = typed.href;
      else this.baseProblem = `"${this.base}" is not a web address; the links use ${here} instead.`;
    } catch {
      this.baseProblem = `"${this.base}" is not an address; the links use ${here} instead.`;
    }
    this.url = embedUrl(base, config);
    this.snippet = intranetSnippet(base, this.widget, plan, this.snippetMode, this.theme, rules.rules);
    // Every save regenerates the links; the layout work waits for an idle moment and is skipped when a newer save came meanwhile.
    const run = ++this.measuring;
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
    if (run !== this.measuring) return;
    const heights = await this.measureAtNotionWidths(plan, config);
    // A newer choice (another widget, theme or source) started its own measurement meanwhile.
    if (run === this.measuring) this.heights = heights;
  }

  /** Lays the widget out off screen at each Notion width as the embed page does (padding, source line) and measures the page. */
  private async measureAtNotionWidths(plan: Plan, config: EmbedConfig): Promise<{ label: string; px: number }[]> {
    const out: { label: string; px: number }[] = [];
    for (const { label, px } of NOTION_WIDTHS) {
      const frame = document.createElement('div');
      frame.style.cssText = `position:absolute;left:-100000px;top:0;width:${px}px;visibility:hidden;${EMBED_BODY_STYLE}`;
      const el = document.createElement(WIDGET_TAGS[config.widget]) as HTMLElement & { plan?: Plan; config?: unknown; readonly?: boolean; updateComplete?: Promise<unknown> };
      el.plan = plan;
      el.readonly = config.readonly;
      if (config.rules) el.config = config.rules;
      el.setAttribute('theme', config.theme);
      frame.append(el);
      // The page names where the plan came from under the widget, for the sources it reads once.
      if (config.source.kind === 'snapshot' || config.source.kind === 'url') {
        const source = document.createElement('p');
        source.style.cssText = EMBED_SOURCE_STYLE;
        source.textContent = 'Read-only snapshot';
        frame.append(source);
      }
      document.body.append(frame);
      try {
        await el.updateComplete;
        await new Promise(requestAnimationFrame);
        out.push({ label, px: suggestedHeight(config.widget, frame.getBoundingClientRect().height) });
      } finally {
        frame.remove();
      }
    }
    return out;
  }

  /** A share token for a live embed, made once per role by the team server; undefined (and the reason shown) when it refuses. */
  private async teamToken(team: TeamSource, role: LinkRole): Promise<string | undefined> {
    const key = `${team.planId}\u0000${role}`;
    let made = this.teamTokens.get(key);
    if (!made) {
      made = team.api.share(team.planId, role, '30d', role === 'editor' ? 'Embed (editor link)' : 'Embed (viewer link)').then((r) => r.token);
      this.teamTokens.set(key, made);
    }
    try {
      const token = await made;
      this.teamProblem = '';
      return token;
    } catch (error) {
      this.teamTokens.delete(key);
      this.teamProblem = `The team server did not make a link: ${error instanceof Error ? error.message : String(error)}.`;
      this.url = '';
      return undefined;
    }
  }

  protected override render(): TemplateResult {
    const choice = <T extends string>(id: string, label: string, value: T, options: [T, string][], set: (v: T) => void) => html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => set((e.currentTarget as HTMLSelectElement).value as T)}>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
    </div>`;
    return html`<section class="share" aria-labelledby="share-heading">
      <h3 id="share-heading" tabindex="-1">Embed a widget</h3>
      <div class="share-options">
        ${choice('share-widget', 'Widget', this.widget, this.widgets.map((w) => [w, WIDGET_TITLES[w]]), (v) => (this.widget = v))}
        ${choice('share-theme', 'Theme', this.theme, [['auto', 'auto (follows the page)'], ['light', 'light (Notion #ffffff)'], ['dark', 'dark (Notion #191919)']], (v) => (this.theme = v))}
        ${choice<SourceKind>(
          'share-source',
          'Plan comes from',
          this.source,
          this.team ? [['team', 'Live (team plan)'], ['snapshot', 'a snapshot in the link'], ['url', 'an https URL']] : [['snapshot', 'a snapshot in the link'], ['store', 'this browser’s store'], ['url', 'an https URL']],
          (v) => (this.source = v),
        )}
        ${this.source === 'team' && this.team
          ? choice<LinkRole>('share-team-role', 'People with the link can', this.teamRole, [['viewer', 'view'], ['editor', 'edit']], (v) => (this.teamRole = v))
          : nothing}
        <div class="field">
          <label for="share-base">Where the built pages are served</label>
          <input id="share-base" type="url" .value=${this.base} aria-invalid=${this.baseProblem ? 'true' : 'false'} aria-describedby="share-base-problem" @change=${(e: Event) => (this.base = (e.currentTarget as HTMLInputElement).value)} />
          <p id="share-base-problem" class="field-problem" role="status">${this.baseProblem}</p>
        </div>
        ${this.source === 'url'
          ? html`<div class="field">
              <label for="share-src">Plan JSON address (https)</label>
              <input id="share-src" type="url" placeholder="https://intranet.example.com/plans.json" .value=${this.srcUrl} @change=${(e: Event) => (this.srcUrl = (e.currentTarget as HTMLInputElement).value)} />
            </div>`
          : nothing}
      </div>
      <p class="help">${SOURCE_HELP[this.source]}</p>
      ${this.teamProblem ? html`<p class="field-error" role="alert">${this.teamProblem}</p>` : nothing}
      <p class="help" id="share-rules">${rulesNote(this.rules)}</p>

      <h4>Notion</h4>
      <p class="help" id="share-height">
        In Notion, type <kbd>/embed</kbd>, paste this link, then drag the frame to
        ${this.heights.map((h, i) => html`${i ? ' or ' : ''}<strong>${h.px} px</strong> high in ${h.label}`)}. Notion needs the pages on an https address: serve
        <code>packages/workspace/dist/</code> there and set the address above.
      </p>
      <div class="copy-row">
        <label for="share-url">Notion embed URL</label>
        <input id="share-url" readonly .value=${this.url} />
        <button type="button" @click=${() => this.copy(this.url, 'Embed URL')}>Copy URL</button>
        <a href=${this.url} target="_blank" rel="noopener">Open</a>
      </div>

      <h4>Intranet page</h4>
      ${choice('share-snippet-mode', 'Snippet', this.snippetMode, [['snapshot', 'plan inside the snippet (read-only)'], ['store', 'plan in that site’s browser store (editable)']], (v) => (this.snippetMode = v))}
      <div class="copy-row">
        <label for="share-snippet">HTML snippet</label>
        <textarea id="share-snippet" readonly rows="6" .value=${this.snippet}></textarea>
        <button type="button" @click=${() => this.copy(this.snippet, 'HTML snippet')}>Copy snippet</button>
      </div>
      <p role="status" class="copy-status">${this.copied}</p>
    </section>`;
  }

  private async copy(text: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = `${what} copied.`;
    } catch {
      // Clipboard refused (no permission, insecure context): select the text for Ctrl+C instead.
      const field = this.querySelector<HTMLInputElement | HTMLTextAreaElement>(what === 'Embed URL' ? '#share-url' : '#share-snippet');
      field?.focus();
      field?.select();
      this.copied = `Copying was refused by the browser: the ${what.toLowerCase()} is selected, press Ctrl+C (⌘C).`;
    }
  }
}

customElements.define('preflight-share-panel', SharePanel);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-share-panel': SharePanel;
  }
}
