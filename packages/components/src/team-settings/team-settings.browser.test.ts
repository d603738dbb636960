import { expect, html } from '@open-wc/testing';
import { DEFAULT_CONFIG, type RulesConfig } from '@preflight/core';
import { SETTINGS_FIELDS, type SettingsFieldId } from '@preflight/core/config-form';
import '../define/preflight-team-settings.js';
import type { PreflightTeamSettings, SettingsChange } from './team-settings.js';
import { expectAccessibleInBothThemes, focused, mount, mountIn, NARROW_FRAMES, DEFAULT_VIEWPORT, part, parts, press, sidewaysOverflow, typeText } from '../shared/testing.js';
import { setViewport } from '@web/test-runner-commands';

const withHours: RulesConfig = { ...DEFAULT_CONFIG, approvals: { ...DEFAULT_CONFIG.approvals, businessHours: { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5], timeZone: 'UTC' } } };

const render = (config: RulesConfig = DEFAULT_CONFIG, sections?: string) =>
  mount<PreflightTeamSettings>(html`<preflight-team-settings .config=${config} sections=${sections ?? ''}></preflight-team-settings>`);

/** Every settings event, optionally cancelled as a page that could not keep them would. */
function recordSettings(el: HTMLElement, { cancel = false } = {}): SettingsChange[] {
  const seen: SettingsChange[] = [];
  el.addEventListener('preflight-settings-change', (event) => {
    seen.push(event.detail);
    if (cancel) event.preventDefault();
  });
  return seen;
}

const control = (el: PreflightTeamSettings, id: string) => part<HTMLInputElement>(el, `#${id}`);
const errorOf = (el: PreflightTeamSettings, id: string) => parts(el, `#${id}-error`)[0]?.textContent?.trim();
const status = (el: PreflightTeamSettings) => part(el, '[part=status]').textContent?.trim();

/** Sets a control's value as typing would: an input event the element reads. */
function setValue(el: PreflightTeamSettings, id: string, value: string): void {
  const input = control(el, id);
  input.value = value;
  // Bubbling, as typing's are: a date field's form hears its input's events from around it.
  input.dispatchEvent(new Event(input.localName === 'select' ? 'change' : 'input', { bubbles: true }));
}

async function save(el: PreflightTeamSettings): Promise<void> {
  part<HTMLButtonElement>(el, '[part=save-button]').click();
  await el.updateComplete;
  await el.updateComplete;
}

/** One bad value for every field that can hold one, and the problem each must show. */
const BAD: [SettingsFieldId, string, RegExp][] = [
  ['timeZone', 'Mars/Olympus_Mons', /^Team time zone: "Mars\/Olympus_Mons" is not a known IANA time zone/],
  ['businessZone', 'UTC+1:75', /^Clock of the business hours: write a fixed offset/],
  ['creativeSla', '0', /^Creative review SLA: must be > 0/],
  ['brandSla', '9000', /^Brand review SLA: must be ≤ 8760/],
  ['legalSla', '', /^Legal review SLA: is required/],
  ['launchSla', '-2', /^Launch review SLA: must be > 0/],
  ['otherSla', '0', /^Other review SLA: must be > 0/],
  ['escalateAfterHours', '0', /^Escalation delay: must be > 0/],
  ['maxConsulted', '-1', /^Consulted limit: must be ≥ 0/],
  ['sprintLength', '99', /^Sprint length: must be ≤ 56/],
  ['sprintAnchor', '2026-02-30', /^A sprint starts on: /],
  ['namingPattern', '([a-z', /^Naming pattern: is not a valid regular expression/],
  ['bannedWords', 'test, no-go', /^Banned words, item 2: must be one word/],
  ['requiredUtm', 'utm_source, source', /^Required UTM parameters, item 2: must be a utm_ parameter name/],
  ['allowedMediums', 'Paid Social', /^Allowed mediums, item 1: must be a lowercase medium/],
  ['budgetCaps', '20000 usd total\ntwenty thousand', /^Budget caps, line 1, currency: must be a three-letter ISO currency code.*\n?Budget caps, line 2: write an amount/s],
];

describe('<preflight-team-settings>', () => {
  afterEach(() => setViewport(DEFAULT_VIEWPORT));

  it('shows the config it is given, in four sections with their hints', async () => {
    const el = await render({ ...withHours, timeZone: 'Europe/Berlin', raci: { ...DEFAULT_CONFIG.raci, maxConsulted: 2 } });
    expect(parts(el, '[part=section]').map((s) => s.dataset.section)).to.deep.equal(['clock', 'reviews', 'plans', 'platform']);
    expect(parts(el, '.section-title').map((h) => h.textContent)).to.deep.equal(['Team clock', 'Reviews and escalation', 'Plans', 'Platform checks']);
    expect(control(el, 'timeZone').value).to.equal('Europe/Berlin');
    expect(control(el, 'maxConsulted').value).to.equal('2');
    expect(control(el, 'businessStart').value).to.equal('9');
    expect(parts<HTMLInputElement>(el, 'input[name=businessDays]:checked').map((b) => b.value)).to.deep.equal(['1', '2', '3', '4', '5']);
    // Every field of the table is on the screen, labelled as the problems name it.
    for (const field of SETTINGS_FIELDS) {
      const label = field.kind === 'days' || field.kind === 'platforms' || field.kind === 'switch' ? parts(el, 'legend').find((l) => l.textContent === field.label) : parts(el, `label[for=${field.id}]`)[0];
      expect(label?.textContent?.trim(), field.id).to.equal(field.label);
    }
  });

  it('names every field’s problem under that field, marks it invalid, focuses the first and saves nothing', async () => {
    const el = await render(withHours);
    const seen = recordSettings(el);
    for (const [id, value] of BAD) setValue(el, id, value);
    setValue(el, 'businessStart', '18');
    setValue(el, 'businessEnd', '9');
    await save(el);
    // The hours' order is named in the same save as everything else.
    expect(errorOf(el, 'businessEnd')).to.equal('Work ends at: must be after startHour (18)');
    for (const [id, , message] of BAD) {
      expect(errorOf(el, id), id).to.match(message);
      expect(control(el, id).getAttribute('aria-invalid'), id).to.equal('true');
      expect(control(el, id).getAttribute('aria-describedby'), id).to.contain(`${id}-error`);
    }
    // Working days: no day ticked, named at the group.
    for (const box of parts<HTMLInputElement>(el, 'input[name=businessDays]:checked')) box.click();
    await save(el);
    expect(errorOf(el, 'businessDays')).to.equal('Working days: must have at least 1 entry');
    expect(part(el, 'fieldset[data-field=businessDays]').getAttribute('aria-describedby')).to.contain('businessDays-error');
    expect(focused(el)?.id).to.equal('timeZone');
    expect(status(el)).to.match(/^Nothing was saved: \d+ settings need fixing\.$/);
    expect(seen).to.deep.equal([]);
    expect(el.config).to.equal(withHours);
  });

  it('refuses an end before the start at the end field, focused', async () => {
    const el = await render(withHours);
    const seen = recordSettings(el);
    setValue(el, 'businessStart', '18');
    setValue(el, 'businessEnd', '9');
    await save(el);
    expect(errorOf(el, 'businessEnd')).to.equal('Work ends at: must be after startHour (18)');
    expect(focused(el)?.id).to.equal('businessEnd');
    expect(seen).to.have.length(0);
  });

  it('takes the sprint start as the reader writes a date, names one that is no date as typed, and keeps it YYYY-MM-DD', async () => {
    const el = await mount<PreflightTeamSettings>(html`<preflight-team-settings lang="en-GB" .config=${DEFAULT_CONFIG} sections="plans"></preflight-team-settings>`);
    const seen = recordSettings(el);
    const anchor = control(el, 'sprintAnchor');
    expect(anchor.value).to.equal(DEFAULT_CONFIG.sprint.anchor.split('-').reverse().join('/'));
    expect(anchor.getAttribute('aria-describedby')).to.equal('sprintAnchor-hint sprintAnchor-format');
    anchor.focus();
    anchor.select();
    await typeText('31/02/2027');
    await save(el);
    expect(errorOf(el, 'sprintAnchor')).to.equal('A sprint starts on: February 2027 has 28 days, so “31/02/2027” is not a date');
    expect(anchor.value).to.equal('31/02/2027');
    expect(focused(el)).to.equal(anchor);
    expect(seen).to.have.length(0);
    anchor.select();
    await typeText('1/3/2027');
    await save(el);
    expect(seen.map((s) => s.config.sprint.anchor)).to.deep.equal(['2027-03-01']);
    expect(control(el, 'sprintAnchor').value).to.equal('01/03/2027');
  });

  it('saves a good form: one event with the config and what differs from the defaults, and a polite status', async () => {
    const el = await render();
    const seen = recordSettings(el);
    setValue(el, 'timeZone', 'Australia/Sydney');
    setValue(el, 'legalSla', '72');
    setValue(el, 'budgetCaps', '20000 USD total');
    await save(el);
    expect(seen).to.have.length(1);
    expect(seen[0]!.changes).to.deep.equal({ timeZone: 'Australia/Sydney', approvals: { slaHours: { legal: 72 } }, platform: { budgetCaps: [{ amount: 20000, currency: 'USD', period: 'total' }] } });
    expect(seen[0]!.config.approvals.slaHours.legal).to.equal(72);
    expect(el.config).to.equal(seen[0]!.config);
    expect(part(el, '[part=status]').getAttribute('role')).to.equal('status');
    expect(status(el)).to.equal('Settings saved.');
  });

  it('keeps what was typed and its config when the page cancels the event', async () => {
    const el = await render();
    recordSettings(el, { cancel: true });
    setValue(el, 'maxConsulted', '1');
    await save(el);
    expect(el.config).to.equal(DEFAULT_CONFIG);
    expect(control(el, 'maxConsulted').value).to.equal('1');
    expect(status(el)).to.contain('Nothing was saved');
  });

  it('keeps the values it does not show: other sections, and business hours switched off and on again', async () => {
    const base: RulesConfig = { ...withHours, timeZone: 'Europe/Berlin', raci: { ...DEFAULT_CONFIG.raci, maxConsulted: 5 } };
    const el = await render(base, 'platform');
    expect(parts(el, '[part=section]').map((s) => s.dataset.section)).to.deep.equal(['platform']);
    const seen = recordSettings(el);
    setValue(el, 'namingPattern', '^[a-z_]+$');
    await save(el);
    expect(seen[0]!.config).to.deep.equal({ ...base, platform: { ...base.platform, namingPattern: '^[a-z_]+$' } });

    const clock = await render(withHours, 'clock');
    setValue(clock, 'businessStart', '7');
    control(clock, 'businessHours').click();
    await clock.updateComplete;
    expect(parts(clock, '#businessStart')).to.have.length(0);
    control(clock, 'businessHours').click();
    await clock.updateComplete;
    expect(control(clock, 'businessStart').value).to.equal('7');
  });

  it('resets the shown sections to the defaults, leaving the others as they were', async () => {
    const base: RulesConfig = { ...DEFAULT_CONFIG, timeZone: 'Asia/Tokyo', platform: { ...DEFAULT_CONFIG.platform, bannedWords: ['draft'] } };
    const el = await render(base, 'clock reviews plans');
    const seen = recordSettings(el);
    part<HTMLButtonElement>(el, '[part=reset-button]').click();
    await el.updateComplete;
    expect(seen[0]!.config).to.deep.equal({ ...DEFAULT_CONFIG, platform: base.platform });
    expect(control(el, 'timeZone').value).to.equal('');
    expect(status(el)).to.equal('The defaults apply again.');
  });

  it('is worked from the keyboard: the switch with Space, a day with Space, the browser’s zone with Enter, Save with Enter', async () => {
    const el = await render(DEFAULT_CONFIG, 'clock');
    const seen = recordSettings(el);
    control(el, 'timeZone').focus();
    await press('Tab');
    expect(focused(el)?.textContent).to.equal('Use my time zone');
    await press('Enter');
    await el.updateComplete;
    expect(control(el, 'timeZone').value).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
    await press('Tab');
    expect(focused(el)?.id).to.equal('businessHours');
    await press('Space');
    await el.updateComplete;
    await press('Tab');
    expect(focused(el)?.id).to.equal('businessStart');
    await press('Tab');
    await press('Tab');
    expect((focused(el) as HTMLInputElement).value).to.equal('1');
    await press('Space'); // Monday off
    await el.updateComplete;
    control(el, 'businessZone').focus();
    await typeText('UTC+01:00');
    await press('Enter');
    await el.updateComplete;
    expect(seen).to.have.length(1);
    expect(seen[0]!.config.approvals.businessHours).to.deep.equal({ startHour: 9, endHour: 17, days: [2, 3, 4, 5], utcOffsetMinutes: 60 });
  });

  it('shows text as text', async () => {
    const el = await render({ ...DEFAULT_CONFIG, platform: { ...DEFAULT_CONFIG.platform, namingPattern: '<img src=x onerror="globalThis.__preflightXss=1">' } });
    setValue(el, 'namingPattern', '<b>(</b>');
    await save(el);
    expect(errorOf(el, 'namingPattern')).to.contain('Naming pattern:');
    expect(parts(el, 'img, b')).to.have.length(0);
    expect((globalThis as { __preflightXss?: number }).__preflightXss).to.equal(undefined);
  });

  it('is accessible in both themes, with its problems shown, and every target is at least 24 px', async () => {
    const el = await render(withHours);
    for (const [id, value] of BAD) setValue(el, id, value);
    await save(el);
    await expectAccessibleInBothThemes(el);
    const small = parts<HTMLElement>(el, 'button, select, input, textarea')
      .map((c) => ({ c, box: c.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ c, box }) => `${c.id || c.textContent?.trim()} ${Math.round(box.width)}×${Math.round(box.height)}`);
    expect(small).to.deep.equal([]);
  });

  it('is read-only with readonly: every control disabled, no buttons', async () => {
    const el = await mount<PreflightTeamSettings>(html`<preflight-team-settings readonly></preflight-team-settings>`);
    expect(control(el, 'timeZone').matches(':disabled')).to.equal(true);
    expect(parts(el, '[part=save-button], [part=reset-button]')).to.have.length(0);
  });

  for (const frame of NARROW_FRAMES) {
    it(`fits ${frame.name} without scrolling sideways`, async () => {
      const el = await mountIn<PreflightTeamSettings>(frame, html`<preflight-team-settings .config=${withHours}></preflight-team-settings>`);
      expect(sidewaysOverflow(el)).to.deep.equal([]);
    });
  }
});
