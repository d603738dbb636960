import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { DEFAULT_CONFIG, type RulesConfig, type RulesConfigInput } from '@preflight/core';
import {
  browserTimeZone,
  configChanges,
  formValuesFrom,
  knownTimeZones,
  PLATFORM_CHOICES,
  readSections,
  readSettingsForm,
  SECTION_HINTS,
  SECTION_TITLES,
  SETTINGS_FIELDS,
  WORKING_WEEK,
  type FieldProblem,
  type SettingsField,
  type SettingsFieldId,
  type SettingsFormValues,
  type SettingsSection,
} from '@preflight/core/config-form';
import { dateField, dateFieldStyles } from '../shared/date-field.js';
import { controlProblem, controlValue } from '../shared/forms.js';
import { PreflightElement } from '../shared/preflight-element.js';
import { teamSettingsStyles } from './team-settings.styles.js';

/** What `preflight-settings-change` carries: the full config and only what differs from the defaults. */
export interface SettingsChange {
  config: RulesConfig;
  changes: RulesConfigInput;
}

declare module '../shared/changes.js' {
  interface PreflightEventMap {
    'preflight-settings-change': SettingsChange;
  }
}

declare global {
  interface HTMLElementEventMap {
    'preflight-settings-change': CustomEvent<SettingsChange>;
  }
}

type BoxField = 'businessDays' | 'enabled';
const hourText = (h: number) => `${String(h).padStart(2, '0')}:00`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * @summary The team's rules, as one form: the team clock, reviews and escalation, plans and platform
 * checks. Every value is read by the core (`readSettingsForm`); a refused form saves nothing, names each
 * problem under its field and moves focus to the first. Keeping the settings is the page's: listen for
 * `preflight-settings-change` and store `detail.config` (or `detail.changes`, only what differs from
 * the defaults).
 *
 * @event preflight-settings-change - `detail: {config, changes}` on Save and on Reset to defaults;
 *   cancelable: cancelled, the element keeps its `config` and what was typed, and says nothing was saved.
 *
 * @csspart form - The form around every section.
 * @csspart section - One section (its `data-section` is `clock`, `reviews`, `plans` or `platform`).
 * @csspart field-error - A field's problem, under the field.
 * @csspart date-hint - The format hint under a date field: the reader's date format (from the closest `lang`).
 * @csspart date-button - The button beside a date field that opens its date picker.
 * @csspart date-picker - The date picker dialog: a month's grid of days.
 * @csspart save-button - Save.
 * @csspart reset-button - Reset to defaults.
 * @csspart status - The polite line saying what the last save did.
 *
 * @cssproperty --field-width - The widest a one-line field grows (default 28rem).
 */
export class PreflightTeamSettings extends PreflightElement {
  static override styles = [...PreflightElement.styles, dateFieldStyles, teamSettingsStyles];

  /** The rules config in force (defaults filled in). Setting it shows it in the form. */
  @property({ attribute: false }) config: RulesConfig = DEFAULT_CONFIG;

  /**
   * The sections to show, space-separated, from `clock reviews plans platform` (all when unset). The
   * values of the sections not shown are kept as `config` has them.
   */
  @property() sections: string | undefined;

  /** The level of the sections' headings (2 to 6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private values: SettingsFormValues = formValuesFrom(DEFAULT_CONFIG);
  @state() private problems: FieldProblem[] = [];
  @state() private status = '';

  private readonly zones = knownTimeZones();
  private readonly ownZone = browserTimeZone();

  private get shownSections(): SettingsSection[] {
    return readSections(this.sections);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config')) {
      this.values = formValuesFrom(this.config);
      this.problems = [];
    }
  }

  private problemsOf(id: SettingsFieldId): FieldProblem[] {
    return this.problems.filter((p) => p.field === id);
  }

  private set<K extends SettingsFieldId>(id: K, value: SettingsFormValues[K]): void {
    this.values = { ...this.values, [id]: value };
  }

  private toggle(id: BoxField, value: string, on: boolean): void {
    const now = this.values[id].filter((v) => v !== value);
    this.set(id, on ? [...now, value] : now);
  }

  protected override render(): TemplateResult {
    const sections = this.shownSections;
    return html`<form part="form" novalidate @submit=${this.save}>
      <fieldset class="all" ?disabled=${this.readonly}>
        ${sections.map((s) => this.renderSection(s))}
      </fieldset>
      ${this.readonly
        ? nothing
        : html`<div class="actions">
            <button type="submit" part="save-button" class="primary">Save settings</button>
            <button type="button" part="reset-button" @click=${this.reset}>Reset to defaults</button>
          </div>`}
      <p role="status" part="status" class="status">${this.status}</p>
      <datalist id="zones">${this.zones.map((z) => html`<option value=${z}></option>`)}</datalist>
    </form>`;
  }

  private heading(id: string, text: string): TemplateResult {
    const level = Math.min(6, Math.max(2, this.headingLevel || 3));
    return html`<div class="section-title" role="heading" aria-level=${level} id=${id}>${text}</div>`;
  }

  private renderSection(section: SettingsSection): TemplateResult {
    const fields = SETTINGS_FIELDS.filter((f) => f.section === section && !f.shownWith);
    return html`<section part="section" data-section=${section} aria-labelledby=${`${section}-title`}>
      <header>
        ${this.heading(`${section}-title`, SECTION_TITLES[section])}
        <p class="section-hint">${SECTION_HINTS[section]}</p>
      </header>
      <div class="fields">${fields.map((f) => (f.kind === 'switch' ? this.renderBusinessHours(f) : this.renderField(f)))}</div>
    </section>`;
  }

  /** The switch and, while it is on, the fields it shows; nothing hidden sits in the Tab order. */
  private renderBusinessHours(field: SettingsField): TemplateResult {
    const on = this.values.businessHours;
    const inside = SETTINGS_FIELDS.filter((f) => f.shownWith === field.id);
    return html`<fieldset class="group wide hours">
      <legend>${field.label}</legend>
      <label class="check">
        <input type="checkbox" id=${field.id} .checked=${on} @change=${(e: Event) => this.set('businessHours', (e.currentTarget as HTMLInputElement).checked)} />
        <span>${field.hint}</span>
      </label>
      ${on ? html`<div class="fields">${inside.map((f) => this.renderField(f))}</div>` : nothing}
    </fieldset>`;
  }

  private describedBy(field: SettingsField, invalid: boolean): string | typeof nothing {
    const ids = [field.hint ? `${field.id}-hint` : '', invalid ? `${field.id}-error` : ''].filter(Boolean).join(' ');
    return ids || nothing;
  }

  private errorOf(field: SettingsField, problems: FieldProblem[]): TemplateResult | typeof nothing {
    return problems.length
      ? html`<div part="field-error" class="field-error" id=${`${field.id}-error`}>${problems.map((p) => html`<p>${p.message}</p>`)}</div>`
      : nothing;
  }

  private hintOf(field: SettingsField): TemplateResult | typeof nothing {
    return field.hint ? html`<p class="hint" id=${`${field.id}-hint`}>${field.hint}</p>` : nothing;
  }

  private renderField(field: SettingsField): TemplateResult {
    const problems = this.problemsOf(field.id);
    const invalid = problems.length > 0;
    if (field.kind === 'days' || field.kind === 'platforms') return this.renderBoxes(field, problems);
    const describedBy = this.describedBy(field, invalid);
    const value = this.values[field.id] as string;
    const onInput = (e: Event) => this.set(field.id, (e.currentTarget as HTMLInputElement).value as never);
    let control: TemplateResult;
    switch (field.kind) {
      case 'lines':
        control = html`<textarea id=${field.id} rows=${3} spellcheck="false" .value=${value} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy} @input=${onInput}></textarea>`;
        break;
      case 'hour': {
        const hours = [];
        for (let h = field.min ?? 0; h <= (field.max ?? 23); h++) hours.push(html`<option value=${h} ?selected=${String(h) === value}>${hourText(h)}</option>`);
        control = html`<select id=${field.id} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy} @change=${onInput}>${hours}</select>`;
        break;
      }
      case 'date':
        // The date field keeps what is typed; it starts again from the config only when the config changes (a save, a reset).
        control = html`<div class="date" @input=${(e: Event) => this.set(field.id, controlValue(e.target) as never)}>
          ${keyed(this.config, dateField({ id: field.id, name: field.id, label: field.label, value: formValuesFrom(this.config)[field.id] as string, errorId: invalid ? `${field.id}-error` : undefined, describedBy: field.hint ? `${field.id}-hint` : undefined }))}
        </div>`;
        break;
      case 'number':
        control = html`<span class="with-unit">
          <input id=${field.id} type="number" inputmode=${field.whole ? 'numeric' : 'decimal'} step=${field.whole ? 1 : 'any'} min=${field.min ?? nothing} max=${field.max ?? nothing} .value=${value} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy} @input=${onInput} />
          ${field.unit ? html`<span class="unit">${field.unit}</span>` : nothing}
        </span>`;
        break;
      default: {
        const zone = field.kind === 'zone';
        control = html`<input
          id=${field.id}
          type="text"
          list=${zone ? 'zones' : nothing}
          placeholder=${field.id === 'timeZone' ? 'UTC' : nothing}
          autocomplete="off"
          spellcheck="false"
          .value=${value}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy}
          @input=${onInput}
        />`;
        if (field.id === 'timeZone' && this.ownZone) {
          control = html`<span class="with-button">${control}<button type="button" class="use-zone" @click=${this.useMyZone}>Use my time zone</button></span>`;
        }
      }
    }
    const wide = field.kind === 'lines' || field.kind === 'text' || field.kind === 'list' || field.id === 'timeZone' || field.id === 'businessZone';
    return html`<div class="field ${wide ? 'wide' : ''}">
      <label for=${field.id}>${field.label}</label>
      ${control} ${this.hintOf(field)} ${this.errorOf(field, problems)}
    </div>`;
  }

  private renderBoxes(field: SettingsField, problems: FieldProblem[]): TemplateResult {
    const id = field.id as BoxField;
    const choices = id === 'businessDays' ? WORKING_WEEK.map((d) => ({ value: d.value, name: d.short, title: d.name })) : PLATFORM_CHOICES.map((p) => ({ value: p.value, name: p.name, title: undefined }));
    const invalid = problems.length > 0;
    return html`<fieldset class="group wide boxes" data-field=${id} aria-describedby=${this.describedBy(field, invalid)}>
      <legend>${field.label}</legend>
      <div class="choices ${id === 'businessDays' ? 'days' : ''}">
        ${choices.map(
          (c, i) => html`<label class="check">
            <input
              type="checkbox"
              id=${i === 0 ? id : nothing}
              name=${id}
              value=${c.value}
              .checked=${this.values[id].includes(c.value)}
              aria-invalid=${invalid ? 'true' : 'false'}
              @change=${(e: Event) => this.toggle(id, c.value, (e.currentTarget as HTMLInputElement).checked)}
            />${c.title ? html`<span aria-hidden="true">${c.name}</span><span class="visually-hidden">${c.title}</span>` : html`<span>${c.name}</span>`}
          </label>`,
        )}
      </div>
      ${this.hintOf(field)} ${this.errorOf(field, problems)}
    </fieldset>`;
  }

  private useMyZone(): void {
    if (!this.ownZone) return;
    this.set('timeZone', this.ownZone);
    this.status = `Time zone set to ${this.ownZone}; save to apply it.`;
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const result = readSettingsForm(this.values, this.config, this.shownSections);
    if (!result.ok) {
      // A date typed in the reader's format that is no date is named as typed, in that format.
      this.problems = result.problems.map((p) => {
        const field = SETTINGS_FIELDS.find((f) => f.id === p.field);
        const typed = field?.kind === 'date' ? controlProblem(this.renderRoot.querySelector(`#${p.field}`)) : undefined;
        return typed ? { ...p, message: `${field!.label}: ${typed}` } : p;
      });
      this.status = `Nothing was saved: ${plural(new Set(result.problems.map((p) => p.field)).size, 'setting needs', 'settings need')} fixing.`;
      await this.updateComplete;
      this.focusField(result.problems[0]!.field);
      return;
    }
    this.commit(result.config, 'Settings saved.');
  }

  /** Puts the shown sections back to the defaults; the sections not shown keep their values. */
  private reset(): void {
    const result = readSettingsForm(formValuesFrom(DEFAULT_CONFIG), this.config, this.shownSections);
    if (result.ok) this.commit(result.config, 'The defaults apply again.');
  }

  private commit(config: RulesConfig, said: string): void {
    this.problems = [];
    if (!this.emit('preflight-settings-change', { config, changes: configChanges(config) })) {
      this.status = 'Nothing was saved: the page refused the settings.';
      return;
    }
    this.config = config;
    this.status = said;
  }

  private focusField(id: SettingsFieldId): void {
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }
}
