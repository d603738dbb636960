import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_CONFIG, parseConfig, REVIEW_KINDS, type Problem, type RulesConfig, type RulesConfigInput } from '@preflight/core';
import { configChanges } from './config-changes.js';
import { clearSettings, saveSettings } from './settings-storage.js';

/** What `preflight-settings-change` carries: the full config and only what differs from the defaults. */
export interface SettingsChange {
  config: RulesConfig;
  changes: RulesConfigInput;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const KIND_LABELS: Record<(typeof REVIEW_KINDS)[number], string> = { creative: 'Creative', brand: 'Brand', legal: 'Legal', launch: 'Launch', other: 'Other' };

/** Each field of the form, by the config path its value goes to, in the order the form shows them. */
const FIELDS: { id: string; path: string; label: string }[] = [
  { id: 'team-timeZone', path: 'timeZone', label: 'Team time zone' },
  ...REVIEW_KINDS.map((kind) => ({ id: `team-sla-${kind}`, path: `approvals.slaHours.${kind}`, label: `${KIND_LABELS[kind]} review SLA` })),
  { id: 'team-escalate', path: 'approvals.escalateAfterHours', label: 'Escalation delay' },
  { id: 'team-maxConsulted', path: 'raci.maxConsulted', label: 'Consulted limit' },
  { id: 'team-sprintLength', path: 'sprint.lengthDays', label: 'Sprint length' },
  { id: 'team-sprintAnchor', path: 'sprint.anchor', label: 'A sprint starts on' },
  { id: 'team-bh-start', path: 'approvals.businessHours.startHour', label: 'Work starts at' },
  { id: 'team-bh-end', path: 'approvals.businessHours.endHour', label: 'Work ends at' },
  { id: 'team-bh-day-0', path: 'approvals.businessHours.days', label: 'Working days' },
  { id: 'team-bh-offset', path: 'approvals.businessHours.utcOffsetMinutes', label: 'Offset from UTC' },
];

/** A problem's field: its own, or the nearest one above it (a day in the list goes to the days). */
function fieldOf(path: string): (typeof FIELDS)[number] | undefined {
  // Business hours on the team's clock take the team zone, so a bad zone is the team zone field's.
  const own = path === 'approvals.businessHours.timeZone' ? 'timeZone' : path;
  return FIELDS.find((f) => own === f.path || own.startsWith(`${f.path}[`) || own.startsWith(`${f.path}.`));
}

const zones = (): string[] => {
  try {
    return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
  } catch {
    return ['UTC'];
  }
};

/**
 * The team's rules: time zone and the thresholds a lead tunes. Every value is validated by the
 * core's parseConfig; a refused form saves nothing. Saved per browser (and per plan database).
 *
 * @event preflight-settings-change - `detail: {config, changes}` after a save or a reset.
 */
export class TeamSettings extends LitElement {
  /** The plan database these settings belong to. */
  @property({ attribute: 'db-name' }) dbName: string | undefined;
  /** The config in force (defaults filled in). */
  @property({ attribute: false }) config: RulesConfig = DEFAULT_CONFIG;

  @state() private problems: Problem[] = [];
  @state() private message = '';
  @state() private businessHours = false;
  @state() private clock: 'zone' | 'offset' = 'zone';
  private focusFirstProblem = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('config')) {
      const hours = this.config.approvals.businessHours;
      this.businessHours = hours !== null;
      this.clock = hours?.utcOffsetMinutes !== undefined ? 'offset' : 'zone';
    }
  }

  protected override updated(): void {
    if (!this.focusFirstProblem) return;
    this.focusFirstProblem = false;
    const first = FIELDS.find((f) => this.problemFor(f.id));
    this.querySelector<HTMLElement>(`#${first?.id ?? 'team-problems'}`)?.focus();
  }

  private problemFor(id: string): Problem | undefined {
    return this.problems.find((p) => fieldOf(p.path)?.id === id);
  }

  /** Label, control, hint and the field's problem, tied together with aria-describedby. */
  private field(id: string, label: string, control: (describedBy: string, invalid: 'true' | 'false') => TemplateResult, hint?: string): TemplateResult {
    const problem = this.problemFor(id);
    const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${control(describedBy, problem ? 'true' : 'false')} ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      ${problem ? html`<p class="field-error" id=${`${id}-error`}>${FIELDS.find((f) => f.id === id)?.label}: ${problem.message}</p>` : nothing}
    </div>`;
  }

  private number(id: string, label: string, value: number | undefined, hint: string, attrs: { min?: number; max?: number; step?: number } = {}): TemplateResult {
    return this.field(
      id,
      label,
      (describedBy, invalid) =>
        html`<input id=${id} name=${id} type="number" inputmode="decimal" min=${attrs.min ?? nothing} max=${attrs.max ?? nothing} step=${attrs.step ?? 'any'} .value=${value === undefined ? '' : String(value)} aria-invalid=${invalid} aria-describedby=${describedBy || nothing} />`,
      hint,
    );
  }

  protected override render(): TemplateResult {
    const { config } = this;
    const hours = config.approvals.businessHours ?? { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5] };
    const unplaced = this.problems.filter((p) => !fieldOf(p.path));
    const daysProblem = this.problemFor('team-bh-day-0');
    return html`<section class="team-settings" aria-labelledby="team-settings-heading">
      <h3 id="team-settings-heading">Team settings</h3>
      <p class="help">The rules every widget judges plans by, kept in this browser. Embed links and snippets made below carry them.</p>
      <form @submit=${this.save} novalidate>
        ${this.field(
          'team-timeZone',
          'Team time zone',
          (describedBy, invalid) => html`<div class="inline">
            <input id="team-timeZone" name="team-timeZone" list="team-zones" autocomplete="off" spellcheck="false" placeholder="UTC" .value=${config.timeZone ?? ''} aria-invalid=${invalid} aria-describedby=${describedBy || nothing} />
            <button type="button" @click=${this.useMyZone}>Use my time zone</button>
          </div>
          <datalist id="team-zones">${zones().map((z) => html`<option value=${z}></option>`)}</datalist>`,
          'An IANA name such as Australia/Sydney. “Today” and the end of a due day are read on this clock; empty means UTC.',
        )}
        <fieldset>
          <legend>Review SLA, in hours (default ${DEFAULT_CONFIG.approvals.slaHours.creative})</legend>
          <div class="sla-grid">${REVIEW_KINDS.map((kind) => this.number(`team-sla-${kind}`, KIND_LABELS[kind], config.approvals.slaHours[kind], '', { min: 1, max: 8760 }))}</div>
        </fieldset>
        ${this.number('team-escalate', 'Escalation delay (hours)', config.approvals.escalateAfterHours, `After an SLA breach or an overdue blocker, hours until the next level of the ladder (default ${DEFAULT_CONFIG.approvals.escalateAfterHours}).`, { min: 1, max: 8760 })}
        ${this.number('team-maxConsulted', 'Consulted limit per step', config.raci.maxConsulted, `More Consulted roles on a step is a warning (default ${DEFAULT_CONFIG.raci.maxConsulted}).`, { min: 0, step: 1 })}
        ${this.number('team-sprintLength', 'Sprint length (days)', config.sprint.lengthDays, `1 to 56 (default ${DEFAULT_CONFIG.sprint.lengthDays}).`, { min: 1, max: 56, step: 1 })}
        ${this.field(
          'team-sprintAnchor',
          'A sprint starts on',
          (describedBy, invalid) => html`<input id="team-sprintAnchor" name="team-sprintAnchor" type="date" .value=${config.sprint.anchor} aria-invalid=${invalid} aria-describedby=${describedBy || nothing} />`,
          'Any day a sprint starts; the others follow every sprint length.',
        )}
        <fieldset>
          <legend>Business hours</legend>
          <label class="check"><input type="checkbox" id="team-bh-on" .checked=${this.businessHours} @change=${(e: Event) => (this.businessHours = (e.currentTarget as HTMLInputElement).checked)} /> Count SLAs and escalations in business hours only</label>
          ${this.businessHours
            ? html`${this.number('team-bh-start', 'Work starts at (hour, 0–23)', hours.startHour, '', { min: 0, max: 23, step: 1 })}
                ${this.number('team-bh-end', 'Work ends at (hour, 1–24)', hours.endHour, '', { min: 1, max: 24, step: 1 })}
                <fieldset class="days" aria-describedby=${daysProblem ? 'team-bh-day-0-error' : nothing}>
                  <legend>Working days</legend>
                  ${WEEKDAYS.map(
                    (day, i) =>
                      html`<label class="check"><input type="checkbox" id=${`team-bh-day-${i}`} name="team-bh-day" value=${i} .checked=${hours.days.includes(i)} aria-invalid=${daysProblem ? 'true' : 'false'} />${day}</label>`,
                  )}
                  ${daysProblem ? html`<p class="field-error" id="team-bh-day-0-error">Working days: ${daysProblem.message}</p>` : nothing}
                </fieldset>
                <fieldset class="clock">
                  <legend>Clock of the business hours</legend>
                  <label class="check"><input type="radio" name="team-bh-clock" value="zone" .checked=${this.clock === 'zone'} @change=${() => (this.clock = 'zone')} /> The team time zone (daylight saving followed)</label>
                  <label class="check"><input type="radio" name="team-bh-clock" value="offset" .checked=${this.clock === 'offset'} @change=${() => (this.clock = 'offset')} /> A fixed offset from UTC</label>
                  ${this.clock === 'offset' ? this.number('team-bh-offset', 'Offset from UTC (minutes)', hours.utcOffsetMinutes ?? 0, 'e.g. 60 for CET, -300 for EST; −840 to 840.', { min: -840, max: 840, step: 1 }) : nothing}
                </fieldset>`
            : nothing}
        </fieldset>
        ${unplaced.length
          ? html`<div class="field-error" id="team-problems" tabindex="-1">
              <ul>
                ${unplaced.map((p) => html`<li><code>${p.path}</code> ${p.message}</li>`)}
              </ul>
            </div>`
          : nothing}
        <div class="actions">
          <button type="submit">Save team settings</button>
          <button type="button" @click=${this.reset}>Reset to defaults</button>
        </div>
        <p role="status" class="settings-status">${this.message}</p>
      </form>
    </section>`;
  }

  private useMyZone(): void {
    const input = this.querySelector<HTMLInputElement>('#team-timeZone')!;
    input.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
    input.focus();
    this.message = `Time zone set to ${input.value}; save to apply it.`;
  }

  /** The form's values laid over what is saved, so settings the form does not show are kept. */
  private readForm(form: HTMLFormElement): Record<string, unknown> {
    const value = (id: string) => form.querySelector<HTMLInputElement>(`#${id}`)?.value.trim() ?? '';
    // An empty number field is missing, and parseConfig says it is required; anything else is checked as typed.
    const num = (id: string): unknown => (value(id) === '' ? undefined : Number(value(id)));
    const input = structuredClone(configChanges(this.config)) as Record<string, Record<string, unknown> | unknown>;
    const section = (key: string) => (input[key] = { ...(input[key] as Record<string, unknown> | undefined) }) as Record<string, unknown>;
    const zone = value('team-timeZone');
    if (zone) input.timeZone = zone;
    else delete input.timeZone;
    const approvals = section('approvals');
    approvals.slaHours = Object.fromEntries(REVIEW_KINDS.map((kind) => [kind, num(`team-sla-${kind}`)]));
    approvals.escalateAfterHours = num('team-escalate');
    section('raci').maxConsulted = num('team-maxConsulted');
    Object.assign(section('sprint'), { lengthDays: num('team-sprintLength'), anchor: value('team-sprintAnchor') });
    if (!this.businessHours) approvals.businessHours = null;
    else {
      const days = [...form.querySelectorAll<HTMLInputElement>('input[name="team-bh-day"]:checked')].map((box) => Number(box.value));
      const clock = this.clock === 'offset' ? { utcOffsetMinutes: num('team-bh-offset') } : { timeZone: zone || 'UTC' };
      approvals.businessHours = { startHour: num('team-bh-start'), endHour: num('team-bh-end'), days, ...clock };
    }
    return input;
  }

  private save(event: SubmitEvent): void {
    event.preventDefault();
    const parsed = parseConfig(this.readForm(event.currentTarget as HTMLFormElement));
    this.message = '';
    if (!parsed.ok) {
      this.problems = parsed.problems;
      this.focusFirstProblem = true;
      this.message = `Nothing was saved: ${parsed.problems.length} setting${parsed.problems.length === 1 ? ' needs' : 's need'} fixing.`;
      return;
    }
    this.problems = [];
    let changes: RulesConfigInput;
    try {
      changes = saveSettings(this.dbName, parsed.value);
    } catch (error) {
      this.message = `This browser refused to save the settings (${(error as Error).message}); they apply until the page is closed.`;
      changes = configChanges(parsed.value);
    }
    this.config = parsed.value;
    this.message ||= 'Team settings saved and applied to every widget.';
    this.announce({ config: parsed.value, changes });
  }

  private reset(): void {
    clearSettings(this.dbName);
    this.problems = [];
    this.config = DEFAULT_CONFIG;
    this.message = 'The default rules apply again.';
    this.announce({ config: DEFAULT_CONFIG, changes: {} });
  }

  private announce(detail: SettingsChange): void {
    this.dispatchEvent(new CustomEvent<SettingsChange>('preflight-settings-change', { detail, bubbles: true }));
  }
}

customElements.define('preflight-team-settings', TeamSettings);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-team-settings': TeamSettings;
  }
}
