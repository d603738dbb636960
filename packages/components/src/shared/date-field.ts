import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  addDays,
  addMonths,
  dateFormat,
  firstDayOfWeek,
  formatDateText,
  isIsoDate,
  localDate,
  monthTitle,
  monthWeeks,
  readDateText,
  weekday,
  weekdayNames,
  type DateFormat,
  type DateReading,
} from '@preflight/core/time';
import { systemClock } from './clock.js';
import { ICONS, icon } from './icon.js';
import { floatingUi, keepBeside } from './popover.js';
import { langOf, sentenceWithDays, teamToday } from './day-text.js';

/** Where a date field's language and "today" come from, and dates in a rule's sentence, for pages around the elements. */
export { langOf, sentenceWithDays, teamToday };

const calendarIcon = icon(ICONS.calendar);
const NAV = [
  { months: -12, label: 'Previous year', icon: icon(ICONS.previousMore) },
  { months: -1, label: 'Previous month', icon: icon(ICONS.previous) },
  { months: 1, label: 'Next month', icon: icon(ICONS.next) },
  { months: 12, label: 'Next year', icon: icon(ICONS.nextMore) },
] as const;

/** Arrow keys, Home and End in the grid: days from the focused one. */
const DAY_STEPS: Record<string, (date: string, firstDay: number) => string> = {
  ArrowLeft: (d) => addDays(d, -1),
  ArrowRight: (d) => addDays(d, 1),
  ArrowUp: (d) => addDays(d, -7),
  ArrowDown: (d) => addDays(d, 7),
  Home: (d, first) => addDays(d, -((weekday(d) - first + 7) % 7)),
  End: (d, first) => addDays(d, 6 - ((weekday(d) - first + 7) % 7)),
};

let fields = 0;

/**
 * One date field for every form: a text input that reads a date as the reader's locale writes it
 * (`30/09/2026` in en-GB, `9/30/2026` in en-US, `2026-09-30` in any, today and tomorrow on the team's
 * date), its format as the hint, and a button opening a date picker dialog (the APG pattern: a grid of
 * days, arrow keys, Page Up/Down, Home/End, Escape). Forms read it through `readForm` in `forms.ts`:
 * `YYYY-MM-DD` for a readable date; otherwise what was typed, kept, with the problem `formErrors` names.
 *
 * It renders into the light DOM, inside the form's own tree, so the form's `<label for>` names its input
 * and the host element's styles (`dateFieldStyles`) and `::part`s reach it. Use it through `dateField()`.
 */
export class PreflightDateField extends LitElement {
  /** The input's id, for the form's `<label for>`. */
  @property({ attribute: 'input-id' }) inputId = '';
  /** The input's name in its form (a property only: `[name=…]` finds the input, not this element). */
  @property({ attribute: false }) name = '';
  /** What the field is, as its label says: names the picker button and the dialog. */
  @property() label = 'Date';
  /** The stored date (`YYYY-MM-DD`) the field starts from; shown in the reader's format. */
  @property({ attribute: false }) value: string | undefined;
  /** The team's date, for "today", "tomorrow" and the picker's starting month. */
  @property() today: string | undefined;
  @property({ type: Boolean }) required = false;
  /** The id of the field's error message, when it shows one. */
  @property({ attribute: 'error-id' }) errorId: string | undefined;
  /** Ids of what else describes the field (a form's own hint), read before its format. */
  @property({ attribute: 'described-by' }) describedBy: string | undefined;

  /** The day the picker's grid is on (its focused day), while the picker is open. */
  @state() private focusDay: string | undefined;

  private readonly key = ++fields;
  private format: DateFormat = dateFormat();
  private stopPositioning: (() => void) | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get input(): HTMLInputElement | null {
    return this.querySelector('input');
  }

  private get button(): HTMLButtonElement | null {
    return this.querySelector('.date-button');
  }

  private get dialog(): HTMLDialogElement | null {
    return this.querySelector('dialog');
  }

  /** The team's date, else (a form outside an element, which has no team clock) the UTC date of the browser's clock. */
  private get todayDate(): string {
    return this.today && isIsoDate(this.today) ? this.today : localDate(systemClock.now(), undefined);
  }

  /** What the typed text stands for; undefined when it is blank. */
  read(): DateReading | undefined {
    return readDateText(this.input?.value ?? '', this.format, this.todayDate);
  }

  /** What forms read: the date as `YYYY-MM-DD`, nothing for a blank field, or the text as typed with its problem. */
  readText(): { value: string; problem?: string } {
    const reading = this.read();
    if (!reading) return { value: '' };
    return reading.ok ? { value: reading.date } : { value: (this.input?.value ?? '').trim(), problem: reading.problem };
  }

  /** Focus goes to the input, so a form's first-error focus lands where the date is typed. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPositioning?.();
    this.stopPositioning = undefined;
    this.focusDay = undefined;
  }

  protected override willUpdate(): void {
    this.format = dateFormat(langOf(this));
  }

  protected override updated(changed: PropertyValues): void {
    const input = this.input;
    if (input && changed.has('value')) input.value = this.value && isIsoDate(this.value) ? formatDateText(this.value, this.format) : (this.value ?? '');
    if (changed.has('focusDay')) void this.showPicker(changed.get('focusDay') === undefined);
  }

  protected override render(): TemplateResult {
    const id = this.inputId || `date-field-${this.key}`;
    const hintId = `${id}-format`;
    const open = this.focusDay !== undefined;
    return html`<span class="date-control">
        <input
          id=${id}
          name=${this.name || nothing}
          placeholder=${this.format.pattern}
          autocomplete="off"
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${this.errorId ? 'true' : 'false'}
          aria-describedby=${[this.describedBy, hintId, this.errorId].filter(Boolean).join(' ')}
          @change=${this.tidy}
        /><button
          type="button"
          part="date-button"
          class="date-button"
          aria-label=${`${this.label}: choose from a calendar`}
          aria-haspopup="dialog"
          aria-expanded=${open ? 'true' : 'false'}
          @click=${this.openPicker}
        >
          ${calendarIcon}
        </button>
      </span>
      <span part="date-hint" class="date-hint" id=${hintId}>${this.format.pattern}, for example ${this.format.example}</span>
      ${open ? this.renderPicker(this.focusDay!, `${id}-month`) : nothing}`;
  }

  private renderPicker(focusDay: string, headingId: string): TemplateResult {
    const { locale } = this.format;
    const firstDay = firstDayOfWeek(locale);
    const reading = this.read();
    const chosen = reading?.ok ? reading.date : undefined;
    const today = this.todayDate;
    return html`<dialog part="date-picker" class="date-picker" aria-label=${`${this.label}: choose a date`} closedby="any" @keydown=${this.onDialogKey} @close=${this.onClose}>
      <div class="picker-head">
        ${NAV.slice(0, 2).map((n) => this.renderNav(n))}
        <h2 id=${headingId} class="picker-month" aria-live="polite">${monthTitle(focusDay, locale)}</h2>
        ${NAV.slice(2).map((n) => this.renderNav(n))}
      </div>
      <table role="grid" class="picker-grid" aria-labelledby=${headingId} @keydown=${(e: KeyboardEvent) => this.onGridKey(e, firstDay)} @click=${this.onGridClick}>
        <thead>
          <tr>
            ${weekdayNames(locale, firstDay).map((d) => html`<th scope="col" abbr=${d.long}>${d.short}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${monthWeeks(focusDay, firstDay).map(
            (week) =>
              html`<tr>
                ${week.map((day) =>
                  day
                    ? html`<td
                        data-date=${day}
                        tabindex=${day === focusDay ? 0 : -1}
                        aria-selected=${day === chosen ? 'true' : nothing}
                        aria-current=${day === today ? 'date' : nothing}
                      >
                        ${Number(day.slice(8))}
                      </td>`
                    : html`<td></td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
      <div class="picker-foot">
        <button type="button" @click=${() => this.closePicker()}>Cancel</button>
        <button type="button" class="picker-choose" @click=${() => this.choose(focusDay)}>Choose</button>
      </div>
    </dialog>`;
  }

  private renderNav({ months, label, icon }: (typeof NAV)[number]): TemplateResult {
    return html`<button type="button" class="picker-nav" aria-label=${label} @click=${() => (this.focusDay = addMonths(this.focusDay!, months))}>${icon}</button>`;
  }

  /** A readable date is shown as the locale writes it once typed (2026-09-30 or tomorrow becomes 30/09/2026); anything else stays as typed. */
  private readonly tidy = (): void => {
    const reading = this.read();
    if (reading?.ok && this.input) this.input.value = formatDateText(reading.date, this.format);
  };

  private readonly openPicker = (): void => {
    const reading = this.read();
    this.focusDay = reading?.ok ? reading.date : this.todayDate;
  };

  /** Opens the dialog once it is rendered (placed beside the button), and keeps focus on the grid's day as it moves. */
  private async showPicker(opening: boolean): Promise<void> {
    const dialog = this.dialog;
    const control = this.querySelector<HTMLElement>('.date-control');
    if (!dialog || !control) return;
    if (opening) {
      dialog.showModal();
      const floating = await floatingUi();
      // Under the input and its button, as a native date input's picker opens.
      if (floating && dialog.open) this.stopPositioning = keepBeside(floating, control, dialog, 'bottom-start');
    }
    // The day moves with the keys; a month button keeps its own focus.
    const active = (this.getRootNode() as Document | ShadowRoot).activeElement;
    if (opening || active?.localName === 'td' || active === dialog) dialog.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
  }

  private closePicker(): void {
    this.dialog?.close();
  }

  private readonly onClose = (): void => {
    this.stopPositioning?.();
    this.stopPositioning = undefined;
    this.focusDay = undefined;
    this.button?.focus();
  };

  private choose(date: string): void {
    const input = this.input;
    if (input) {
      input.value = formatDateText(date, this.format);
      // As if typed: a form that checks as it is typed checks the picked date too.
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    this.closePicker();
  }

  private readonly onDialogKey = (e: KeyboardEvent): void => {
    // The dialog closes itself; the form around it (an editor that closes on Escape) must not hear it.
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.closePicker();
    } else if (e.key === 'Tab') this.wrapTab(e);
  };

  /** Tab and Shift+Tab go round the dialog's controls (the grid is one stop: its focused day). */
  private wrapTab(e: KeyboardEvent): void {
    const stops = [...(this.dialog?.querySelectorAll<HTMLElement>('button, td[tabindex="0"]') ?? [])];
    const active = (this.getRootNode() as Document | ShadowRoot).activeElement;
    const to = e.shiftKey ? (active === stops[0] ? stops.at(-1) : undefined) : active === stops.at(-1) ? stops[0] : undefined;
    if (!to) return;
    e.preventDefault();
    to.focus();
  }

  private onGridKey(e: KeyboardEvent, firstDay: number): void {
    const day = this.focusDay;
    if (!day || (e.target as Element).localName !== 'td') return;
    let next: string | undefined;
    // Right to left, the week runs leftwards: the arrows move the way they point on the screen.
    const rtl = getComputedStyle(e.currentTarget as Element).direction === 'rtl';
    const key = rtl && e.key === 'ArrowLeft' ? 'ArrowRight' : rtl && e.key === 'ArrowRight' ? 'ArrowLeft' : e.key;
    if (key === 'PageUp' || key === 'PageDown') next = addMonths(day, (key === 'PageUp' ? -1 : 1) * (e.shiftKey ? 12 : 1));
    else if (DAY_STEPS[key]) next = DAY_STEPS[key]!(day, firstDay);
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.choose(day);
      return;
    } else return;
    e.preventDefault();
    this.focusDay = next;
  }

  private readonly onGridClick = (e: MouseEvent): void => {
    const day = (e.target as Element).closest<HTMLElement>('td[data-date]')?.dataset.date;
    if (day) this.choose(day);
  };
}

export interface DateFieldOptions {
  /** The input's id (the label's `for`); its format hint is `<id>-format`. */
  id: string;
  name: string;
  /** The field's label, which names the picker button and dialog. */
  label: string;
  /** The stored date, `YYYY-MM-DD`. */
  value?: string | undefined;
  required?: boolean;
  /** The id of the field's error message, when it shows one. */
  errorId?: string | undefined;
  /** The team's date (`teamToday`), for "today" and the picker's starting month. */
  today?: string | undefined;
  /** Ids of what else describes the field (a form's own hint). */
  describedBy?: string | undefined;
}

/**
 * The date field of a form, in a template. Its element is registered on first use: it belongs to
 * the forms that use it, not to any one element's entry point.
 */
export function dateField({ id, name, label, value, required, errorId, today, describedBy }: DateFieldOptions): TemplateResult {
  if (!customElements.get('preflight-date-field')) customElements.define('preflight-date-field', PreflightDateField);
  return html`<preflight-date-field input-id=${id} .name=${name} label=${label} .value=${value} today=${today ?? nothing} ?required=${required ?? false} error-id=${errorId ?? nothing} described-by=${describedBy ?? nothing}></preflight-date-field>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'preflight-date-field': PreflightDateField;
  }
}

/** The date field's styles: add them to the styles of the element whose forms use it. */
export const dateFieldStyles = css`
  preflight-date-field {
    display: grid;
    gap: var(--_space-half);
    min-width: 0;
  }
  preflight-date-field .date-control {
    display: flex;
    gap: var(--_space-1);
    min-width: 0;
  }
  preflight-date-field .date-control > input {
    flex: 1 1 8rem;
    width: auto;
    min-width: 0;
  }
  /* The icons' size here too, for a page that has this sheet without the elements' tokens (the workspace). */
  preflight-date-field .icon {
    width: var(--_icon-size, 1rem);
    height: var(--_icon-size, 1rem);
  }
  .date-button {
    display: inline-grid;
    place-items: center;
    padding: 0;
    flex: none;
    align-self: stretch;
  }
  .date-hint {
    font-size: var(--_font-size-sm);
    color: var(--_on-surface-muted);
  }
  .date-picker {
    position: fixed;
    inset: auto;
    margin: 0;
    top: 0;
    left: 0;
    width: max-content;
    max-width: calc(100vw - 16px);
    padding: var(--_space-3);
    border: 1px solid var(--_outline);
    border-radius: var(--_radius-lg);
    background: var(--_surface-raised);
    color: var(--_on-surface);
    font-size: var(--_font-size-md);
    box-shadow: var(--_shadow-raised);
  }
  .date-picker::backdrop {
    background: transparent;
  }
  .picker-head {
    display: flex;
    align-items: center;
    gap: var(--_space-1);
  }
  .picker-month {
    flex: 1;
    margin: 0;
    font-size: var(--_font-size-md);
    font-weight: var(--_font-weight-semibold);
    text-align: center;
    white-space: nowrap;
  }
  .picker-nav {
    display: inline-grid;
    place-items: center;
    padding: 0;
    border-color: transparent;
    background: transparent;
  }
  .picker-nav:hover {
    background: var(--_surface-muted);
  }
  .picker-grid {
    border-collapse: collapse;
    margin-block: var(--_space-2);
  }
  .picker-grid th {
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-medium);
    color: var(--_on-surface-muted);
    padding: 0 0 var(--_space-1);
  }
  .picker-grid td {
    width: 2.25rem;
    height: 2rem;
    min-width: var(--_target);
    text-align: center;
    border-radius: var(--_radius);
    font-variant-numeric: tabular-nums;
  }
  .picker-grid td[data-date] {
    cursor: pointer;
  }
  .picker-grid td[data-date]:hover {
    background: var(--_surface-muted);
  }
  .picker-grid td[aria-current='date'] {
    font-weight: var(--_font-weight-bold);
    box-shadow: inset 0 0 0 1px var(--_outline);
  }
  .picker-grid td[aria-selected='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .picker-grid td:focus-visible {
    outline-offset: 1px;
  }
  /* The ring must show on the filled day too: a ring of the fill's text colour inside it. */
  .picker-grid td[aria-selected='true']:focus-visible {
    box-shadow: inset 0 0 0 2px var(--_on-primary);
  }
  .picker-foot {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space-2);
  }
  .picker-choose {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
`;
