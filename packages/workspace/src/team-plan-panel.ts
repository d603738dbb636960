import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PlanStoreLike } from '@preflight/components';
import { embedUrl } from './embed/generate.js';
import type { TeamApi} from './team-server.js';
import { TeamApiError, workspaceLink, type LinkRole, type TeamHistoryEntry } from './team-server.js';

interface MadeLink {
  role: LinkRole;
  name: string;
  expiresAt: string;
  workspace: string;
  embed: string;
}

const EXPIRY: [string, string][] = [
  ['1d', '1 day'],
  ['7d', '7 days'],
  ['30d', '30 days'],
  ['90d', '90 days'],
];

const SECTION_NAMES: Record<string, string> = { plan: 'the plan', checklist: 'Checklist', blockers: 'Blocker', steps: 'Step', gates: 'Gate', approvals: 'Approval', roles: 'Roles', people: 'Who holds each role', campaign: 'Campaign', log: 'Log' };

/** "Alice changed Checklist “Landing page QA” (done at)": one change in words. */
function describeChange(change: TeamHistoryEntry['changes'][number]): string {
  const section = SECTION_NAMES[change.section] ?? change.section;
  const what = change.name ? `${section} “${change.name}”` : change.id ? `${section} ${change.id}` : section;
  const fields = change.fields?.length ? ` (${change.fields.join(', ')})` : '';
  const verb = change.action === 'added' || change.action === 'add' ? 'added' : change.action === 'removed' || change.action === 'remove' ? 'removed' : 'changed';
  return `${verb} ${what}${fields}`;
}

/** A time read by people: "just now", "5 min ago", else the date and time on this computer's clock. */
function when(at: string, now = Date.now()): string {
  const ms = now - Date.parse(at);
  if (!Number.isFinite(ms)) return at;
  if (ms < 60_000) return 'just now';
  if (ms < 3_600_000) return `${Math.floor(ms / 60_000)} min ago`;
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * For an open team plan: share links (an editor's or a viewer's, to the workspace and to an embed,
 * with an expiry, made by the team server) and the plan's recent changes (who, when, what).
 */
export class TeamPlanPanel extends LitElement {
  @property({ attribute: false }) api: TeamApi | undefined;
  @property({ attribute: 'plan-id' }) planId = '';
  /** The team plan's store: the history is read again after each change. */
  @property({ attribute: false }) store: PlanStoreLike | undefined;
  /** Where the workspace and embed pages are served (the links point there). */
  @property() base = new URL('./', location.href).href;

  @state() private linkRole: LinkRole = 'viewer';
  @state() private expiresIn = '30d';
  @state() private made: MadeLink[] = [];
  @state() private shareProblem = '';
  @state() private busy = false;
  @state() private history: TeamHistoryEntry[] | undefined;
  @state() private historyProblem = '';
  @state() private copied = '';
  private unsubscribe?: () => void;
  private historyTimer: ReturnType<typeof setTimeout> | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    clearTimeout(this.historyTimer);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.listen();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('planId') || changed.has('api')) {
      this.made = [];
      this.shareProblem = '';
      this.history = undefined;
    }
    if (changed.has('store')) this.listen();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('planId') || changed.has('api')) void this.loadHistory();
  }

  private listen(): void {
    this.unsubscribe?.();
    // The server records a change when it stores the plan (about a second after the edits stop):
    // read the history again after that, and once more later for a slow store.
    this.unsubscribe = this.store?.subscribe(() => {
      clearTimeout(this.historyTimer);
      this.historyTimer = setTimeout(() => {
        void this.loadHistory();
        this.historyTimer = setTimeout(() => void this.loadHistory(), 4000);
      }, 1500);
    });
  }

  private async loadHistory(): Promise<void> {
    const { api, planId } = this;
    if (!api || !planId) return;
    try {
      const entries = await api.history(planId);
      if (api !== this.api || planId !== this.planId) return;
      this.history = entries.slice(-10).reverse();
      this.historyProblem = '';
    } catch (error) {
      this.historyProblem = error instanceof Error ? error.message : String(error);
    }
  }

  protected override render(): TemplateResult {
    return html`${this.renderShare()} ${this.renderHistory()}`;
  }

  private renderShare(): TemplateResult {
    const api = this.api;
    if (!api) return html``;
    if (!api.canEdit(this.planId))
      return html`<section class="team-share" aria-labelledby="team-share-heading">
        <h3 id="team-share-heading">Share this team plan</h3>
        <p class="help">Your link lets you view this plan: ask its editor for a link to share.</p>
      </section>`;
    const select = <T extends string>(id: string, label: string, value: T, options: [T, string][], set: (v: T) => void) => html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => set((e.currentTarget as HTMLSelectElement).value as T)}>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
    </div>`;
    return html`<section class="team-share" aria-labelledby="team-share-heading">
      <h3 id="team-share-heading">Share this team plan</h3>
      <p class="help">Each link carries its own token from the team server: whoever holds it ${this.linkRole === 'editor' ? 'edits' : 'views'} this plan live until it expires.</p>
      <form class="share-options" novalidate @submit=${this.make}>
        ${select<LinkRole>('team-link-role', 'People with the link can', this.linkRole, [['viewer', 'view'], ['editor', 'edit']], (v) => (this.linkRole = v))}
        ${select('team-link-expiry', 'Expires after', this.expiresIn, EXPIRY, (v) => (this.expiresIn = v))}
        <div class="field">
          <label for="team-link-name">Name shown to others (optional)</label>
          <input id="team-link-name" name="name" maxlength="80" placeholder="Alice Martin" />
        </div>
        <div class="field field-action"><button type="submit" ?disabled=${this.busy}>${this.busy ? 'Making…' : 'Make links'}</button></div>
      </form>
      ${this.shareProblem ? html`<p class="field-error" role="alert">The team server did not make the link: ${this.shareProblem}</p>` : nothing}
      ${this.made.map((link, i) => this.renderLink(link, i))}
      <p role="status" class="copy-status">${this.copied}</p>
    </section>`;
  }

  private renderLink(link: MadeLink, i: number): TemplateResult {
    const row = (kind: 'workspace' | 'embed', label: string, value: string) => html`<div class="copy-row">
      <label for=${`team-link-${i}-${kind}`}>${label}</label>
      <input id=${`team-link-${i}-${kind}`} class=${`team-link-${kind}`} readonly .value=${value} />
      <button type="button" @click=${() => this.copy(value, `team-link-${i}-${kind}`, label)}>Copy</button>
      <a href=${value} target="_blank" rel="noopener">Open</a>
    </div>`;
    const expires = new Date(link.expiresAt).toLocaleDateString(undefined, { dateStyle: 'medium' });
    return html`<div class="team-link" data-role=${link.role}>
      <p class="team-link-title">
        <strong>${link.role === 'editor' ? 'Editor link' : 'Viewer link'}</strong>${link.name ? html` for ${link.name}` : nothing} · expires ${expires}
      </p>
      ${row('workspace', 'Workspace link', link.workspace)} ${row('embed', 'Embed link (checklist, live)', link.embed)}
    </div>`;
  }

  private async make(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const api = this.api;
    if (!api || this.busy) return;
    const name = String(new FormData(event.currentTarget as HTMLFormElement).get('name') ?? '').trim();
    this.busy = true;
    this.shareProblem = '';
    try {
      const { token, expiresAt } = await api.share(this.planId, this.linkRole, this.expiresIn, name || undefined);
      const source = { kind: 'team' as const, url: api.server.url, planId: this.planId, token };
      this.made = [
        {
          role: this.linkRole,
          name,
          expiresAt,
          workspace: workspaceLink(this.base, api.server, this.planId, token),
          embed: embedUrl(this.base, { widget: 'checklist', source, theme: 'auto', readonly: false }),
        },
        ...this.made,
      ].slice(0, 4);
    } catch (error) {
      this.shareProblem = error instanceof TeamApiError ? error.message : String(error);
    } finally {
      this.busy = false;
    }
  }

  private async copy(text: string, id: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = `${what} copied.`;
    } catch {
      const field = this.querySelector<HTMLInputElement>(`#${id}`);
      field?.focus();
      field?.select();
      this.copied = `Copying was refused by the browser: the ${what.toLowerCase()} is selected, press Ctrl+C (⌘C).`;
    }
  }

  private renderHistory(): TemplateResult {
    const entries = this.history;
    return html`<section class="team-history" aria-labelledby="team-history-heading">
      <div class="section-head">
        <h3 id="team-history-heading">Recent changes</h3>
        <button type="button" class="quiet" @click=${() => void this.loadHistory()}>Refresh</button>
      </div>
      ${this.historyProblem
        ? html`<p class="field-error">The history could not be read: ${this.historyProblem}</p>`
        : !entries
          ? html`<p class="help">Reading the history…</p>`
          : !entries.length
            ? html`<p class="help">No changes yet: edits by anyone with a link are listed here, with who made them.</p>`
            : html`<ol class="history-list">
                ${entries.map(
                  (entry) => html`<li>
                    <span class="history-who">${entry.actor}</span>
                    <time datetime=${entry.at} title=${entry.at}>${when(entry.at)}</time>
                    <span class="history-what">${entry.changes.slice(0, 3).map(describeChange).join('; ')}${entry.changes.length > 3 ? `; and ${entry.changes.length - 3} more` : ''}</span>
                  </li>`,
                )}
              </ol>`}
    </section>`;
  }
}

customElements.define('preflight-team-plan-panel', TeamPlanPanel);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-team-plan-panel': TeamPlanPanel;
  }
}
