import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Delivery, NotifySettingsView } from '@preflight/core/team-config';
import { TeamApiError, type TeamApi } from './team-server.js';
import './team-notify-editor.js';

const STATUS_WORDS: Record<Delivery['status'], string> = { sent: 'Sent', waiting: 'Waiting', retrying: 'Trying again', failed: 'Failed' };
const RULE_WORDS: Record<string, string> = {
  'approval.sla-warning': 'SLA warning',
  escalation: 'Escalation',
  'blocker.overdue': 'Overdue blocker',
  'gate.due-tomorrow': 'Gate due tomorrow',
  'verdict.worse': 'Verdict worse',
};

const shown = (at: string | undefined) => (at ? new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '');

const SOURCE_WORDS: Record<NotifySettingsView['source'], string> = {
  'team.json': 'From the team server’s settings file (team.json).',
  workspace: 'Edited in the workspace',
  defaults: 'The team server has no settings file: these are the defaults.',
};

/**
 * For an editor of a team plan: where the team server sends its notifications (secrets left
 * out), what it sent about this plan to whom and what failed, and a calendar address to subscribe
 * to the plan's dates. A team admin also edits the settings here, or resets them to team.json.
 */
export class TeamNotifyPanel extends LitElement {
  @property({ attribute: false }) api: TeamApi | undefined;
  @property({ attribute: 'plan-id' }) planId = '';

  @state() private settings: NotifySettingsView | undefined;
  @state() private editing = false;
  @state() private settingsMessage = '';
  @state() private deliveries: Delivery[] = [];
  @state() private problem = '';
  @state() private calendar = '';
  @state() private calendarProblem = '';
  @state() private copied = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('planId') || changed.has('api')) {
      this.settings = undefined;
      this.editing = false;
      this.deliveries = [];
      this.calendar = '';
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('planId') || changed.has('api')) void this.load();
  }

  /** Reads the settings and the delivery log again. */
  async load(): Promise<void> {
    const { api, planId } = this;
    if (!api || !planId || !api.canEdit(planId)) return;
    try {
      const { settings, deliveries } = await api.notifications(planId);
      if (api !== this.api || planId !== this.planId) return;
      this.settings = settings;
      this.deliveries = deliveries;
      this.problem = '';
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
    }
  }

  protected override render(): TemplateResult {
    if (!this.api || !this.api.canEdit(this.planId)) return html``;
    return html`<section class="team-notify" aria-labelledby="team-notify-heading">
      <div class="section-head">
        <h3 id="team-notify-heading">Notifications</h3>
        <button type="button" class="quiet" @click=${() => void this.load()}>Refresh</button>
      </div>
      ${this.problem ? html`<p class="field-error">The notifications could not be read: ${this.problem}</p>` : this.renderSettings()}
      ${this.renderLog()} ${this.renderCalendar()}
      <p role="status" class="copy-status">${this.copied}</p>
    </section>`;
  }

  private renderSettings(): TemplateResult {
    const settings = this.settings;
    if (settings === undefined) return html`<p class="help">Reading the notification settings…</p>`;
    if (this.editing) {
      return html`<preflight-team-notify-editor
        .api=${this.api}
        .settings=${settings}
        @notify-settings-saved=${(e: CustomEvent<NotifySettingsView>) => void this.closeEditor(e.detail, 'Notification settings saved: the team server sends by them from its next check.')}
        @notify-settings-cancel=${() => void this.closeEditor(settings, '')}
      ></preflight-team-notify-editor>`;
    }
    const admin = this.api?.isAdmin ?? false;
    const where = html`<p class="help notify-source">
        ${SOURCE_WORDS[settings.source]}${settings.source === 'workspace' && settings.updatedAt ? ` by ${settings.updatedBy ?? 'an admin'}, ${shown(settings.updatedAt)}; they win over team.json until reset.` : ''}
        ${admin ? '' : ' Only a team admin can change them.'}
      </p>
      ${settings.problems?.length
        ? html`<div class="field-error notify-unusable">
            This server cannot use them, so it sends nothing:
            <ul>
              ${settings.problems.map((p) => html`<li><code>${p.path}</code> ${p.message}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${admin
        ? html`<div class="actions">
            <button type="button" class="edit-notify" @click=${() => (this.editing = true)}>Edit notification settings</button>
            ${settings.source === 'workspace' ? html`<button type="button" class="reset-notify" @click=${() => void this.reset()}>Reset to team.json</button>` : nothing}
          </div>`
        : nothing}
      <p role="status" class="notify-status">${this.settingsMessage}</p>`;
    if (!settings.webhooks.length && !settings.smtp) {
      return html`<p class="help">This team server sends no notifications: its settings name no webhook and no email server.</p>
        ${where}`;
    }
    const people = settings.people.map((p) => `${p.name} (${p.role}${p.email ? `, ${p.email}` : ''})`).join('; ');
    return html`<dl class="notify-settings">
        <dt>Webhooks</dt>
        <dd>${settings.webhooks.length ? settings.webhooks.map((w) => w.url + (w.secretFrom.length ? ` (secret from \${${w.secretFrom.join('}, ${')}})` : '')).join(', ') : 'none'}</dd>
        <dt>Email</dt>
        <dd>${settings.smtp ? `${settings.smtp}, from ${settings.from ?? ''}` : 'off'}</dd>
        <dt>When</dt>
        <dd>
          checked every ${settings.scheduleSeconds < 120 ? `${settings.scheduleSeconds} s` : `${Math.round(settings.scheduleSeconds / 60)} min`}; ${settings.businessHoursOnly ? 'sent in business hours only' : 'sent at any hour'}; digests from
          ${String(settings.digestHour).padStart(2, '0')}:00
        </dd>
        <dt>People</dt>
        <dd>${people || 'nobody named: messages name the role'}</dd>
      </dl>
      ${where}`;
  }

  private async closeEditor(settings: NotifySettingsView, message: string): Promise<void> {
    this.settings = settings;
    this.editing = false;
    this.settingsMessage = message;
    await this.updateComplete;
    this.querySelector<HTMLButtonElement>('.edit-notify')?.focus();
  }

  /** Drops the workspace's edit: the server's team.json is in force again. */
  private async reset(): Promise<void> {
    const api = this.api;
    if (!api) return;
    try {
      this.settings = await api.resetTeamSettings();
      this.settingsMessage = 'Reset: the team server sends by its team.json again.';
    } catch (error) {
      this.settingsMessage = `The settings were not reset: ${error instanceof Error ? error.message : String(error)}`;
    }
    await this.updateComplete;
    this.querySelector<HTMLButtonElement>('.edit-notify')?.focus();
  }

  private renderLog(): TemplateResult | typeof nothing {
    if (this.problem || this.settings === undefined) return nothing;
    if (!this.deliveries.length) return html`<p class="help delivery-empty">Nothing has been sent about this plan yet.</p>`;
    return html`<table class="delivery-log">
      <caption>
        Delivery log (newest first)
      </caption>
      <thead>
        <tr>
          <th scope="col">Queued</th>
          <th scope="col">Notification</th>
          <th scope="col">To</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        ${this.deliveries.map(
          (d) => html`<tr data-status=${d.status}>
            <td><time datetime=${d.queuedAt}>${shown(d.queuedAt)}</time></td>
            <td>${RULE_WORDS[d.rule] ?? d.rule}${d.level ? ` (level ${d.level})` : ''}: ${d.subject}</td>
            <td>${d.recipient}, by ${d.channel === 'email' ? `email to ${d.destination}` : 'webhook'}</td>
            <td>
              ${STATUS_WORDS[d.status]}${d.status === 'sent' ? html` <time datetime=${d.sentAt ?? ''}>${shown(d.sentAt)}</time>` : nothing}
              ${d.nextAttemptAt && d.status !== 'sent' ? html`<br />next ${shown(d.nextAttemptAt)}` : nothing}
              ${d.lastError ? html`<br /><span class="delivery-error">${d.lastError}</span>` : nothing}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderCalendar(): TemplateResult {
    return html`<div class="team-calendar">
      <p class="help">The launch, milestones and gate due dates as a calendar Google Calendar or Outlook can subscribe to (with a viewer link of its own, valid 90 days).</p>
      ${this.calendar
        ? html`<div class="copy-row">
            <label for="team-calendar-url">Calendar address</label>
            <input id="team-calendar-url" readonly .value=${this.calendar} />
            <button type="button" @click=${() => void this.copy()}>Copy</button>
          </div>`
        : html`<button type="button" @click=${() => void this.makeCalendar()}>Make a calendar address</button>`}
      ${this.calendarProblem ? html`<p class="field-error" role="alert">The team server did not make the link: ${this.calendarProblem}</p>` : nothing}
    </div>`;
  }

  private async makeCalendar(): Promise<void> {
    const api = this.api;
    if (!api) return;
    try {
      const { token } = await api.share(this.planId, 'viewer', '90d', 'Calendar');
      this.calendar = api.calendarUrl(this.planId, token);
      this.calendarProblem = '';
    } catch (error) {
      this.calendarProblem = error instanceof TeamApiError ? error.message : String(error);
    }
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.calendar);
      this.copied = 'Calendar address copied.';
    } catch {
      const field = this.querySelector<HTMLInputElement>('#team-calendar-url');
      field?.focus();
      field?.select();
      this.copied = 'Copying was refused by the browser: the calendar address is selected, press Ctrl+C (⌘C).';
    }
  }
}

customElements.define('preflight-team-notify-panel', TeamNotifyPanel);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-team-notify-panel': TeamNotifyPanel;
  }
}
