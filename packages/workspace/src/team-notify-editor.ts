import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Problem } from '@preflight/core';
import type { NotifySettingsView, Person, TeamSettingsEdit } from '@preflight/core/team-config';
import { focusFirstError, renderField } from '@preflight/components/forms';
import { TeamApiError, type TeamApi } from './team-server.js';

/** A webhook kept as the server holds it (its secret never leaves the server), or a new URL typed here. */
type WebhookRow = { key: number; id: string; shown: string; secretFrom: string[] } | { key: number; url: string };
type PersonRow = { key: number } & Record<keyof Person, string>;

const PERSON_FIELDS: { field: keyof Person; label: string; type: string; autocomplete: string }[] = [
  { field: 'role', label: 'Role', type: 'text', autocomplete: 'organization-title' },
  { field: 'name', label: 'Name', type: 'text', autocomplete: 'name' },
  { field: 'email', label: 'Email', type: 'email', autocomplete: 'email' },
  { field: 'slack', label: 'Slack member id', type: 'text', autocomplete: 'off' },
];

/** The control a problem's path belongs to (a duplicate person is shown at their name); undefined when the form has none. */
function controlOf(path: string, form: HTMLFormElement): string | undefined {
  const name = /^people\[\d+\]$/.test(path) ? `${path}.name` : path;
  return form.elements.namedItem(name) ? name : undefined;
}

const idOf = (name: string) => `notify-${name.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;

/**
 * An admin's editor of the team's notification settings on the team server: webhooks, email,
 * how often and when, and who holds each role. Secrets are write-only: a kept webhook is sent back
 * by its id, a blank SMTP field keeps the stored URL. Every value is checked by the core on the
 * server; each refused one is named under its field and nothing is saved.
 *
 * @event notify-settings-saved - `detail`: the settings as the server now holds them.
 * @event notify-settings-cancel - the admin closed the editor without saving.
 */
export class TeamNotifyEditor extends LitElement {
  @property({ attribute: false }) api: TeamApi | undefined;
  @property({ attribute: false }) settings: NotifySettingsView | undefined;

  @state() private webhooks: WebhookRow[] = [];
  @state() private people: PersonRow[] = [];
  @state() private dropEmail = false;
  @state() private errors: Record<string, string> = {};
  @state() private unplaced: Problem[] = [];
  @state() private message = '';
  @state() private saving = false;
  private nextKey = 0;
  /** The revision the editor opened on: a refresh meanwhile must not hide someone else's edit. */
  private revision = 0;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const s = this.settings;
    if (!s) return;
    this.revision = s.revision;
    this.webhooks = s.webhooks.map((w) => ({ key: this.nextKey++, id: w.id, shown: w.url, secretFrom: w.secretFrom }));
    this.people = s.people.map((p) => ({ key: this.nextKey++, role: p.role, name: p.name, email: p.email ?? '', slack: p.slack ?? '' }));
  }

  protected override render(): TemplateResult {
    const s = this.settings;
    if (!s) return html``;
    const field = (name: string, label: string, control: (a: { id: string; invalid: 'true' | 'false'; describedBy: string | typeof nothing }) => TemplateResult, hint?: string) =>
      html`${renderField({ id: idOf(name), label, error: this.errors[name] }, control)}${hint ? html`<p class="hint">${hint}</p>` : nothing}`;
    return html`<form class="notify-editor" aria-labelledby="notify-editor-heading" novalidate @submit=${this.save}>
      <h4 id="notify-editor-heading">Edit notification settings</h4>
      ${this.unplaced.length
        ? html`<div class="field-error" id="notify-problems" tabindex="-1">
            <ul>
              ${this.unplaced.map((p) => html`<li><code>${p.path}</code> ${p.message}</li>`)}
            </ul>
          </div>`
        : nothing}
      <fieldset>
        <legend>Webhooks (Slack or Microsoft Teams)</legend>
        ${this.webhooks.length ? nothing : html`<p class="hint">No webhook.</p>`}
        ${this.webhooks.map((row, i) => this.renderWebhook(row, i))}
        <button type="button" class="quiet add-webhook" @click=${this.addWebhook}>Add a webhook</button>
      </fieldset>
      <fieldset>
        <legend>Email</legend>
        ${s.smtp ? html`<label class="check"><input type="checkbox" name="drop-email" .checked=${this.dropEmail} @change=${(e: Event) => (this.dropEmail = (e.currentTarget as HTMLInputElement).checked)} /> Send no email</label>` : nothing}
        ${this.dropEmail
          ? nothing
          : html`${field(
              'notify.smtp',
              'SMTP server',
              (a) => html`<input id=${a.id} name="notify.smtp" type="text" autocomplete="off" spellcheck="false" placeholder=${s.smtp ?? 'smtps://user:${SMTP_PASSWORD}@smtp.example.com:465'} aria-invalid=${a.invalid} aria-describedby=${a.describedBy} />`,
              s.smtp ? `Leave blank to keep ${s.smtp}${s.smtpSecretFrom.length ? ` (password from \${${s.smtpSecretFrom.join('}, ${')}})` : ''}.` : 'An smtp:// or smtps:// URL; write a password as ${NAME} to read it from the server’s environment.',
            )}
            ${field('notify.from', 'Sender', (a) => html`<input id=${a.id} name="notify.from" type="text" autocomplete="off" .value=${s.from ?? ''} aria-invalid=${a.invalid} aria-describedby=${a.describedBy} />`, 'ops@example.com or Preflight <ops@example.com>.')}`}
      </fieldset>
      <fieldset>
        <legend>When</legend>
        ${field('scheduleSeconds', 'Seconds between checks', (a) => html`<input id=${a.id} name="scheduleSeconds" type="number" inputmode="numeric" min="10" step="1" .value=${String(s.scheduleSeconds)} aria-invalid=${a.invalid} aria-describedby=${a.describedBy} />`)}
        ${field('notify.digestHour', 'Digests from (hour, 0–23)', (a) => html`<input id=${a.id} name="notify.digestHour" type="number" inputmode="numeric" min="0" max="23" step="1" .value=${String(s.digestHour)} aria-invalid=${a.invalid} aria-describedby=${a.describedBy} />`)}
        <label class="check"
          ><input
            type="checkbox"
            id=${idOf('notify.businessHoursOnly')}
            name="notify.businessHoursOnly"
            .checked=${s.businessHoursOnly}
            aria-invalid=${this.errors['notify.businessHoursOnly'] ? 'true' : 'false'}
            aria-describedby=${this.errors['notify.businessHoursOnly'] ? `${idOf('notify.businessHoursOnly')}-error` : nothing}
          />
          Hold notifications outside business hours</label
        >
        ${this.errors['notify.businessHoursOnly'] ? html`<p class="field-error" id=${`${idOf('notify.businessHoursOnly')}-error`}>Business hours only: ${this.errors['notify.businessHoursOnly']}</p>` : nothing}
        ${s.businessHours ? nothing : html`<p class="hint">The team’s rules set no business hours, so notifications cannot wait for them.</p>`}
      </fieldset>
      <fieldset>
        <legend>People: who holds each role</legend>
        ${this.people.length ? nothing : html`<p class="hint">Nobody named: messages name the role.</p>`}
        ${this.people.map((row, i) => this.renderPerson(row, i))}
        <button type="button" class="quiet add-person" @click=${this.addPerson}>Add a person</button>
      </fieldset>
      <div class="actions">
        <button type="submit" ?disabled=${this.saving}>Save notification settings</button>
        <button type="button" @click=${this.cancel}>Cancel</button>
      </div>
      <p role="status" class="notify-editor-status">${this.message}</p>
    </form>`;
  }

  private renderWebhook(row: WebhookRow, i: number): TemplateResult {
    const name = `notify.webhooks[${i}]`;
    const error = this.errors[name];
    const remove = html`<button type="button" class="quiet" aria-label=${`Remove webhook ${i + 1}`} @click=${() => this.removeWebhook(row.key)}>Remove</button>`;
    if ('id' in row) {
      // Kept as the server holds it: shown without its secret, sent back by its id.
      return html`<div class="notify-row" data-webhook=${row.id}>
        <input type="hidden" name=${name} value=${row.id} />
        <span class="notify-kept">${row.shown}${row.secretFrom.length ? ` (secret from \${${row.secretFrom.join('}, ${')}})` : ''}</span>
        ${remove} ${error ? html`<p class="field-error" id=${`${idOf(name)}-error`}>Webhook ${i + 1}: ${error}</p>` : nothing}
      </div>`;
    }
    return html`<div class="notify-row">
      ${renderField(
        { id: idOf(name), label: `Webhook ${i + 1} URL`, error },
        (a) =>
          html`<input
            id=${a.id}
            name=${name}
            type="url"
            autocomplete="off"
            spellcheck="false"
            placeholder="https://hooks.slack.com/services/…"
            .value=${row.url}
            @input=${(e: Event) => (row.url = (e.currentTarget as HTMLInputElement).value)}
            aria-invalid=${a.invalid}
            aria-describedby=${a.describedBy}
          />`,
      )}
      ${remove}
    </div>`;
  }

  private renderPerson(row: PersonRow, i: number): TemplateResult {
    return html`<fieldset class="notify-person">
      <legend>Person ${i + 1}</legend>
      ${PERSON_FIELDS.map(({ field, label, type, autocomplete }) => {
        const name = `people[${i}].${field}`;
        return renderField(
          { id: idOf(name), label, error: this.errors[name], required: field === 'role' || field === 'name' },
          (a) =>
            html`<input
              id=${a.id}
              name=${name}
              type=${type}
              autocomplete=${autocomplete}
              .value=${row[field]}
              @input=${(e: Event) => (row[field] = (e.currentTarget as HTMLInputElement).value)}
              aria-required=${field === 'role' || field === 'name' ? 'true' : 'false'}
              aria-invalid=${a.invalid}
              aria-describedby=${a.describedBy}
            />`,
        );
      })}
      <button type="button" class="quiet" aria-label=${`Remove person ${i + 1}${row.name ? ` (${row.name})` : ''}`} @click=${() => this.removePerson(row.key)}>Remove</button>
    </fieldset>`;
  }

  private async addWebhook(): Promise<void> {
    this.webhooks = [...this.webhooks, { key: this.nextKey++, url: '' }];
    await this.updateComplete;
    this.querySelector<HTMLInputElement>(`#${idOf(`notify.webhooks[${this.webhooks.length - 1}]`)}`)?.focus();
  }

  private async removeWebhook(key: number): Promise<void> {
    this.webhooks = this.webhooks.filter((w) => w.key !== key);
    this.errors = {};
    await this.updateComplete;
    this.querySelector<HTMLButtonElement>('.add-webhook')?.focus();
  }

  private async addPerson(): Promise<void> {
    this.people = [...this.people, { key: this.nextKey++, role: '', name: '', email: '', slack: '' }];
    await this.updateComplete;
    this.querySelector<HTMLInputElement>(`#${idOf(`people[${this.people.length - 1}].role`)}`)?.focus();
  }

  private async removePerson(key: number): Promise<void> {
    this.people = this.people.filter((p) => p.key !== key);
    this.errors = {};
    await this.updateComplete;
    this.querySelector<HTMLButtonElement>('.add-person')?.focus();
  }

  /** The edit as the server reads it: kept webhooks by id, blank SMTP kept, numbers as typed for the core to check. */
  private edit(form: HTMLFormElement): TeamSettingsEdit {
    const value = (name: string) => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
    const number = (name: string): number => (value(name) === '' ? Number.NaN : Number(value(name)));
    const optional = (text: string) => (text ? text.trim() : undefined);
    return {
      notify: {
        webhooks: this.webhooks.map((row) => ('id' in row ? { id: row.id } : row.url.trim())),
        ...(this.dropEmail ? { smtp: null, from: null } : { smtp: value('notify.smtp'), from: value('notify.from') || null }),
        businessHoursOnly: (form.elements.namedItem('notify.businessHoursOnly') as HTMLInputElement).checked,
        digestHour: number('notify.digestHour'),
      },
      people: this.people.map(({ role, name, email, slack }) => ({ role: role.trim(), name: name.trim(), ...(optional(email) ? { email: email.trim() } : {}), ...(optional(slack) ? { slack: slack.trim() } : {}) })),
      scheduleSeconds: number('scheduleSeconds'),
    };
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const { api, settings } = this;
    if (!api || !settings) return;
    this.saving = true;
    this.message = '';
    try {
      const saved = await api.editTeamSettings({ revision: this.revision, ...this.edit(form) });
      this.errors = {};
      this.unplaced = [];
      this.dispatchEvent(new CustomEvent<NotifySettingsView>('notify-settings-saved', { detail: saved, bubbles: true }));
    } catch (error) {
      const problems = error instanceof TeamApiError ? error.problems : [];
      const errors: Record<string, string> = {};
      const unplaced: Problem[] = [];
      for (const problem of problems) {
        const name = controlOf(problem.path, form);
        if (name && !errors[name]) errors[name] = problem.message;
        else if (!name) unplaced.push(problem);
      }
      this.errors = errors;
      this.unplaced = unplaced;
      const count = problems.length;
      this.message = count
        ? `Nothing was saved: ${count} setting${count === 1 ? ' needs' : 's need'} fixing.`
        : `Nothing was saved: ${error instanceof Error ? error.message : String(error)}.`;
      if (!(await focusFirstError(this, form, errors)) && unplaced.length) this.querySelector<HTMLElement>('#notify-problems')?.focus();
    } finally {
      this.saving = false;
    }
  }

  private cancel(): void {
    this.dispatchEvent(new CustomEvent('notify-settings-cancel', { bubbles: true }));
  }
}

customElements.define('preflight-team-notify-editor', TeamNotifyEditor);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-team-notify-editor': TeamNotifyEditor;
  }
}
