import { expect, html } from '@open-wc/testing';
import { css } from 'lit';
import { property, state } from 'lit/decorators.js';
import { dateField, dateFieldStyles } from './date-field.js';
import { focusFirstError, formErrors, readForm, renderField } from './forms.js';
import { PreflightElement } from './preflight-element.js';
import { setViewport } from '@web/test-runner-commands';
import { DEFAULT_VIEWPORT, expectAccessibleInBothThemes, focused, mount, part, parts, press, typeText, until } from './testing.js';

/** A form with one required date field, as an element's add form has: it saves what `readForm` reads once `formErrors` finds nothing. */
class DateForm extends PreflightElement {
  static override styles = [
    ...PreflightElement.styles,
    dateFieldStyles,
    css`
      .field {
        display: grid;
        gap: 0.15rem;
      }
    `,
  ];
  @property({ attribute: false }) value: string | undefined;
  @property() today: string | undefined;
  @state() private errors: { due?: string } = {};
  saved: { due: string }[] = [];
  /** Set when the form heard Escape (an editor around a field closes on it). */
  heardEscape = false;

  override render() {
    const error = this.errors.due;
    return html`<form novalidate @submit=${this.save} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (this.heardEscape = true)}>
      ${renderField({ id: 'due', label: 'Due date', error, required: true }, (a) =>
        dateField({ id: a.id, name: 'due', label: 'Due date', value: this.value, required: true, errorId: error ? `${a.id}-error` : undefined, today: this.today }),
      )}
      <button type="submit">Save</button>
    </form>`;
  }

  private readonly save = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const values = readForm(form, ['due']);
    this.errors = formErrors('blocker', values, ['due'], form);
    if (await focusFirstError(this, form, this.errors)) return;
    this.saved.push(values);
  };
}
customElements.define('test-date-form', DateForm);

const render = (lang: string, { value, today = '2026-09-01' }: { value?: string; today?: string } = {}) =>
  mount<DateForm>(html`<test-date-form lang=${lang} .value=${value} today=${today}></test-date-form>`);
const input = (el: DateForm) => part<HTMLInputElement>(el, '#due');
const dialog = (el: DateForm) => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[part=date-picker]');
const focusedDay = (el: DateForm) => (focused(el) as HTMLElement | null)?.dataset.date;
const error = (el: DateForm) => el.shadowRoot!.querySelector('[part=field-error]')?.textContent ?? null;

/** Types into the empty field, saves with Enter and waits for the form to settle. */
async function typeAndSave(el: DateForm, text: string): Promise<void> {
  input(el).focus();
  input(el).select();
  if (text) await typeText(text);
  else await press('Backspace');
  await press('Enter');
  await el.updateComplete;
}

describe('the date field', () => {
  it('reads a date as en-GB writes it, shows its format as the hint, and stores YYYY-MM-DD', async () => {
    const el = await render('en-GB', { value: '2026-09-15' });
    expect(input(el).value).to.equal('15/09/2026');
    expect(input(el).placeholder).to.equal('DD/MM/YYYY');
    const hint = part(el, `#${input(el).getAttribute('aria-describedby')}`);
    expect(hint.textContent).to.equal('DD/MM/YYYY, for example 30/09/2026');
    await typeAndSave(el, '30/9/2026');
    expect(el.saved).to.deep.equal([{ due: '2026-09-30' }]);
    expect(input(el).value).to.equal('30/09/2026', 'the typed date is shown as the locale writes it');
  });

  it('reads a date as en-US writes it, YYYY-MM-DD in any locale, and today or tomorrow on the team’s date', async () => {
    const el = await render('en-US', { today: '2026-12-31' });
    expect(part(el, '[part=date-hint]').textContent).to.equal('MM/DD/YYYY, for example 09/30/2026');
    await typeAndSave(el, '9/30/2026');
    await typeAndSave(el, '2026-10-01');
    await typeAndSave(el, 'tomorrow');
    expect(el.saved).to.deep.equal([{ due: '2026-09-30' }, { due: '2026-10-01' }, { due: '2027-01-01' }]);
    expect(input(el).value).to.equal('01/01/2027');
  });

  it('takes the locale from the closest lang, across shadow roots', async () => {
    const wrapper = await mount<HTMLElement>(html`<div lang="de-DE"><test-date-form .value=${'2026-09-30'}></test-date-form></div>`);
    const el = wrapper.querySelector<DateForm>('test-date-form')!;
    await el.updateComplete;
    expect(input(el).value).to.equal('30.09.2026');
    expect(part(el, '[part=date-hint]').textContent).to.equal('DD.MM.YYYY, for example 30.09.2026');
  });

  it('names an impossible or partly typed date with the field’s name, keeps the text as typed and saves nothing', async () => {
    const el = await render('en-GB');
    await typeAndSave(el, '31/02/2026');
    expect(error(el)).to.equal('Due date: February 2026 has 28 days, so “31/02/2026” is not a date');
    expect(input(el).value).to.equal('31/02/2026');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(input(el).getAttribute('aria-describedby')).to.equal('due-format due-error');
    expect(focused(el)).to.equal(input(el));
    await typeAndSave(el, '30/09');
    expect(error(el)).to.equal('Due date: “30/09” has no year; type it as DD/MM/YYYY, for example 30/09/2026');
    expect(input(el).value).to.equal('30/09');
    expect(el.saved).to.deep.equal([]);
    await typeAndSave(el, '');
    expect(error(el)).to.equal('Due date: set the date it is due');
  });

  it('picks a date by keyboard alone: the grid’s keys, Enter to choose, focus back on the button', async () => {
    const el = await render('en-GB', { value: '2026-09-30' });
    input(el).focus();
    await press('Tab');
    const button = part<HTMLButtonElement>(el, '[part=date-button]');
    expect(focused(el)).to.equal(button);
    expect(button.getAttribute('aria-label')).to.equal('Due date: choose from a calendar');
    await press('Enter');
    await until(() => dialog(el)?.open === true && focusedDay(el) !== undefined, 'the picker to open on the field’s date');
    expect(focusedDay(el)).to.equal('2026-09-30');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(part(el, '.picker-month').textContent).to.equal('September 2026');
    expect(parts(el, '.picker-grid th').map((th) => th.getAttribute('abbr'))[0]).to.equal('Monday', 'en-GB weeks start on Monday');
    const steps: [string, string][] = [
      ['ArrowRight', '2026-10-01'],
      ['ArrowDown', '2026-10-08'],
      ['ArrowLeft', '2026-10-07'],
      ['ArrowUp', '2026-09-30'],
      ['Home', '2026-09-28'],
      ['End', '2026-10-04'],
      ['PageDown', '2026-11-04'],
      ['PageUp', '2026-10-04'],
      ['Shift+PageDown', '2027-10-04'],
      ['Shift+PageUp', '2026-10-04'],
    ];
    for (const [key, day] of steps) {
      await press(key);
      await until(() => focusedDay(el) === day, `${key} to move to ${day} (on ${focusedDay(el)})`);
    }
    expect(part(el, '.picker-month').textContent).to.equal('October 2026');
    await press('Enter');
    await until(() => dialog(el) === null, 'the picker to close');
    expect(focused(el)).to.equal(button);
    expect(input(el).value).to.equal('04/10/2026');
    part<HTMLFormElement>(el, 'form').requestSubmit();
    await el.updateComplete;
    expect(el.saved).to.deep.equal([{ due: '2026-10-04' }]);
  });

  it('names its month and year buttons, keeps Tab inside, and closes on Escape without a change or the form hearing it', async () => {
    const el = await render('en-US');
    part<HTMLButtonElement>(el, '[part=date-button]').click();
    await until(() => focusedDay(el) === '2026-09-01', 'the picker to open on the team’s today');
    expect(parts(el, '.picker-nav').map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Previous year', 'Previous month', 'Next month', 'Next year']);
    expect(parts(el, '.picker-grid th').map((th) => th.getAttribute('abbr'))[0]).to.equal('Sunday', 'en-US weeks start on Sunday');
    expect(part(el, 'td[aria-current=date]').dataset.date).to.equal('2026-09-01');
    await press('Tab');
    await press('Tab');
    expect((focused(el) as HTMLElement).className).to.equal('picker-choose');
    await press('Tab');
    expect(focused(el)?.getAttribute('aria-label')).to.equal('Previous year', 'Tab from the last control goes round to the first');
    await press('Shift+Tab');
    expect((focused(el) as HTMLElement).className).to.equal('picker-choose');
    part<HTMLButtonElement>(el, '.picker-nav[aria-label="Next month"]').click();
    await el.updateComplete;
    expect(part(el, '.picker-month').textContent).to.equal('October 2026');
    await press('Escape');
    await until(() => dialog(el) === null, 'the picker to close');
    expect(focused(el)).to.equal(part(el, '[part=date-button]'));
    expect(input(el).value).to.equal('');
    expect(el.heardEscape).to.equal(false);
  });

  it('moves the way the arrows point in a right-to-left page', async () => {
    const wrapper = await mount<HTMLElement>(html`<div dir="rtl" lang="he-IL"><test-date-form .value=${'2026-09-16'} today="2026-09-01"></test-date-form></div>`);
    const el = wrapper.querySelector<DateForm>('test-date-form')!;
    await el.updateComplete;
    part<HTMLButtonElement>(el, '[part=date-button]').click();
    await until(() => focusedDay(el) === '2026-09-16', 'the picker to open');
    const start = part(el, 'td[data-date="2026-09-16"]').getBoundingClientRect().left;
    await press('ArrowLeft');
    await until(() => focusedDay(el) === '2026-09-17', 'ArrowLeft to the next day, drawn to the left');
    expect(part(el, 'td[data-date="2026-09-17"]').getBoundingClientRect().left).to.be.below(start);
    await press('ArrowRight');
    await until(() => focusedDay(el) === '2026-09-16', 'ArrowRight back');
    await press('Escape');
  });

  it('picks a day with a click', async () => {
    const el = await render('en-GB', { value: '2026-09-30' });
    part<HTMLButtonElement>(el, '[part=date-button]').click();
    await until(() => dialog(el)?.open === true, 'the picker to open');
    part(el, 'td[data-date="2026-09-17"]').click();
    await until(() => dialog(el) === null, 'the picker to close');
    expect(input(el).value).to.equal('17/09/2026');
  });

  it('opens under the field and inside a 320 px viewport', async () => {
    await setViewport({ width: 320, height: 700 });
    try {
      const el = await render('en-GB', { value: '2026-09-30' });
      part<HTMLButtonElement>(el, '[part=date-button]').click();
      await until(() => dialog(el)?.open === true && dialog(el)!.style.left !== '', 'the picker to be placed');
      const box = dialog(el)!.getBoundingClientRect();
      const field = part(el, '.date-control').getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
      expect(box.top).to.be.at.least(field.bottom);
    } finally {
      await setViewport(DEFAULT_VIEWPORT);
    }
  });

  it('is accessible in both themes, with the picker open', async () => {
    const el = await render('en-GB', { value: '2026-09-30' });
    await typeAndSave(el, '31/02/2026');
    part<HTMLButtonElement>(el, '[part=date-button]').click();
    await until(() => dialog(el)?.open === true && focusedDay(el) !== undefined, 'the picker to open');
    await expectAccessibleInBothThemes(el);
    for (const target of parts(el, 'dialog button, td[data-date], [part=date-button]')) {
      const box = target.getBoundingClientRect();
      expect(Math.min(box.width, box.height), target.outerHTML.slice(0, 60)).to.be.at.least(24);
    }
    expect(dialog(el)?.open).to.equal(true);
  });
});
