import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Delivery, NotifySettingsView } from '@preflight/core/team-config';
import { TeamApiError, type TeamApi } from './team-server.js';

const STATUS_WORDS: Record<Delivery['status'], string> = { sent: 'Sent', waiting: 'Waiting', retrying: 'Trying again', failed: 'Failed' };
const RULE_WORDS: Record<string, string> = {
  'approval.sla-warning': 'SLA warning',
  escalation: 'Escalation',
  'blocker.overdue': 'Overdue blocker',
  'gate.due-tomorrow': 'Gate due tomorrow',
  'verdict.worse': 'Verdict worse',
};

const shown = (at: string | undefined) => (at ? new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '');

/**
 * For an editor of a team plan: where the team server sends its notifications (its team.json,
 * secrets left out), what it sent about this plan to whom and what failed, and a calendar address
 * to subscribe to the plan's dates.
 */
export class TeamNotifyPanel extends LitElement {
  @property({ attribute: false }) api: TeamApi | undefined;
  @property({ attribute: 'plan-id' }) planId = '';

  @state() private settings: NotifySettingsView | null | undefined;
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
    if (settings === null || (!settings.webhooks.length && !settings.smtp)) {
      return html`<p class="help">This team server sends no notifications: its team settings (<code>preflight-server --config team.json</code>) name no webhook and no email server.</p>`;
    }
    const people = settings.people.map((p) => `${p.name} (${p.role}${p.email ? `, ${p.email}` : ''})`).join('; ');
    return html`<dl class="notify-settings">
        <dt>Webhooks</dt>
        <dd>${settings.webhooks.length ? settings.webhooks.map((w) => w.url).join(', ') : 'none'}</dd>
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
      <p class="help">These are the team server's settings file; they change there, and the server reads them when it starts.</p>`;
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
