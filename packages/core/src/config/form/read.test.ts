import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../defaults.js';
import { formValuesFrom, readSettingsForm, type SettingsFormValues } from './read.js';

const form = (changes: Partial<SettingsFormValues> = {}): SettingsFormValues => ({ ...formValuesFrom(DEFAULT_CONFIG), ...changes });

test('the default config survives a round trip through the form', () => {
  const result = readSettingsForm(form(), DEFAULT_CONFIG);
  assert.ok(result.ok);
  assert.deepEqual(result.config, DEFAULT_CONFIG);
});

test('valid settings become the platform section and keep the other sections', () => {
  const result = readSettingsForm(
    form({ requiredUtm: 'utm_source, utm_medium', allowedMediums: 'cpc\nemail', budgetCaps: '20000 USD total\n 50 EUR daily ', enabled: ['hubspot', 'meta'] }),
    DEFAULT_CONFIG,
  );
  assert.ok(result.ok);
  assert.deepEqual(result.config.platform.requiredUtm, ['utm_source', 'utm_medium']);
  assert.deepEqual(result.config.platform.allowedMediums, ['cpc', 'email']);
  assert.deepEqual(result.config.platform.budgetCaps, [
    { amount: 20000, currency: 'USD', period: 'total' },
    { amount: 50, currency: 'EUR', period: 'daily' },
  ]);
  assert.deepEqual(result.config.platform.enabled, ['hubspot', 'meta']);
  assert.deepEqual(result.config.approvals, DEFAULT_CONFIG.approvals);
});

test('every invalid setting is reported by the field it came from', () => {
  const result = readSettingsForm(form({ namingPattern: '([a-z', requiredUtm: 'utm_source, source', allowedMediums: ' ', budgetCaps: '20000 usd total' }), DEFAULT_CONFIG);
  assert.equal(result.ok, false);
  if (result.ok) return;
  const byField = new Map(result.problems.map((p) => [p.field, p.message]));
  assert.match(byField.get('namingPattern') ?? '', /^Naming pattern: is not a valid regular expression/);
  assert.match(byField.get('requiredUtm') ?? '', /^Required UTM parameters, item 2: must be a utm_ parameter name/);
  assert.match(byField.get('allowedMediums') ?? '', /^Allowed mediums/);
  assert.match(byField.get('budgetCaps') ?? '', /^Budget caps, line 1, currency: must be a three-letter ISO currency code/);
});

test('a budget cap line that cannot be read names its line and returns nothing to save', () => {
  const result = readSettingsForm(form({ budgetCaps: '20000 USD total\ntwenty thousand' }), DEFAULT_CONFIG);
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(result.problems.map((p) => p.field), ['budgetCaps']);
  assert.match(result.problems[0]!.message, /line 2/);
});

test('an unreadable cap line does not hide the other fields\' problems; problems come in the order of the form', () => {
  const result = readSettingsForm(form({ namingPattern: '([a-z', budgetCaps: '20000 USD total 5\n10 USD weekly', enabled: ['hubspot', 'myspace'] }), DEFAULT_CONFIG);
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(
    result.problems.map((p) => p.message.replace(/:.*/, '')),
    ['Naming pattern', 'Budget caps, line 1', 'Budget caps, line 2, period', 'Enabled platforms'],
  );
});

test('a negative cap and a wrong period are both reported', () => {
  const result = readSettingsForm(form({ budgetCaps: '-5 USD total\n10 USD weekly' }), DEFAULT_CONFIG);
  assert.equal(result.ok, false);
  if (result.ok) return;
  const messages = result.problems.map((p) => p.message).join('\n');
  assert.match(messages, /line 1, amount/);
  assert.match(messages, /line 2, period/);
});

test('a cap amount is read only as a decimal number: hex, binary, exponent or empty forms are refused, not turned into another amount', () => {
  for (const amount of ['0x10', '0b101', '1e3', 'Infinity', '.']) {
    const result = readSettingsForm(form({ budgetCaps: `${amount} USD total` }), DEFAULT_CONFIG);
    assert.ok(!result.ok, `${amount} was accepted`);
    assert.match(result.problems[0]!.message, /^Budget caps, line 1: write an amount/);
  }
  const ok = readSettingsForm(form({ budgetCaps: '20000 USD total\n49.99 EUR daily' }), DEFAULT_CONFIG);
  assert.ok(ok.ok);
  assert.deepEqual(ok.config.platform.budgetCaps.map((c) => c.amount), [20000, 49.99]);
});

const hoursOn = (changes: Partial<SettingsFormValues> = {}) => form({ businessHours: true, ...changes });

test('the team time zone is read from the config and written back; an empty field means UTC and clears a saved zone', () => {
  const sydney = { ...DEFAULT_CONFIG, timeZone: 'Australia/Sydney' };
  assert.equal(formValuesFrom(DEFAULT_CONFIG).timeZone, '');
  assert.equal(formValuesFrom(sydney).timeZone, 'Australia/Sydney');

  const set = readSettingsForm(form({ timeZone: ' America/New_York ' }), DEFAULT_CONFIG);
  assert.ok(set.ok);
  assert.equal(set.config.timeZone, 'America/New_York');

  const kept = readSettingsForm(formValuesFrom(sydney), sydney);
  assert.ok(kept.ok);
  assert.deepEqual(kept.config, sydney);

  const cleared = readSettingsForm(form({ timeZone: '' }), sydney);
  assert.ok(cleared.ok);
  assert.equal('timeZone' in cleared.config, false, 'no zone key is left behind');
  assert.deepEqual(cleared.config, DEFAULT_CONFIG);
});

test('an unknown team time zone is refused at its field, with the value, and nothing is returned to save', () => {
  for (const zone of ['Mars/Olympus_Mons', 'Europe/Berlin ; DROP', '+01:00']) {
    const result = readSettingsForm(form({ timeZone: zone }), DEFAULT_CONFIG);
    assert.ok(!result.ok, `${zone} was accepted`);
    assert.deepEqual(result.problems.map((p) => p.field), ['timeZone']);
    assert.match(result.problems[0]!.message, /^Team time zone: .* is not a known IANA time zone/);
  }
});

test('business hours are off by default and the form keeps them off; off shows a usual working week to start from', () => {
  const values = formValuesFrom(DEFAULT_CONFIG);
  assert.equal(values.businessHours, false);
  assert.deepEqual([values.businessStart, values.businessEnd, values.businessDays, values.businessZone], ['9', '17', ['1', '2', '3', '4', '5'], '']);
  const result = readSettingsForm(form({ businessStart: 'nonsense' }), DEFAULT_CONFIG);
  assert.ok(result.ok, 'fields of hours that are off are not checked');
  assert.equal(result.config.approvals.businessHours, null);
});

test('business hours turned on take the team time zone when their zone is empty (UTC without one), else their own zone', () => {
  const utc = readSettingsForm(hoursOn(), DEFAULT_CONFIG);
  assert.ok(utc.ok);
  assert.deepEqual(utc.config.approvals.businessHours, { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5], timeZone: 'UTC' });

  const team = readSettingsForm(hoursOn({ timeZone: 'Europe/Berlin', businessStart: '8', businessEnd: '24', businessDays: ['0', '6', '3'] }), DEFAULT_CONFIG);
  assert.ok(team.ok);
  assert.deepEqual(team.config.approvals.businessHours, { startHour: 8, endHour: 24, days: [0, 3, 6], timeZone: 'Europe/Berlin' });

  const own = readSettingsForm(hoursOn({ timeZone: 'Europe/Berlin', businessZone: 'Asia/Kolkata' }), DEFAULT_CONFIG);
  assert.ok(own.ok);
  assert.equal(own.config.approvals.businessHours?.timeZone, 'Asia/Kolkata');
  assert.deepEqual(own.config.approvals.slaHours, DEFAULT_CONFIG.approvals.slaHours, 'the rest of approvals is kept');
});

test('a fixed offset is written as UTC+hh:mm and saved as utcOffsetMinutes; saved hours read back as they were', () => {
  const result = readSettingsForm(hoursOn({ businessZone: 'UTC-05:30' }), DEFAULT_CONFIG);
  assert.ok(result.ok);
  assert.deepEqual(result.config.approvals.businessHours, { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5], utcOffsetMinutes: -330 });

  const saved = [
    { ...DEFAULT_CONFIG, approvals: { ...DEFAULT_CONFIG.approvals, businessHours: { startHour: 7, endHour: 15, days: [1, 2, 3, 4], utcOffsetMinutes: 60 } } },
    { ...DEFAULT_CONFIG, timeZone: 'Europe/Paris', approvals: { ...DEFAULT_CONFIG.approvals, businessHours: { startHour: 9, endHour: 18, days: [1, 2, 3, 4, 5], timeZone: 'Europe/Paris' } } },
    { ...DEFAULT_CONFIG, timeZone: 'Europe/Paris', approvals: { ...DEFAULT_CONFIG.approvals, businessHours: { startHour: 9, endHour: 18, days: [1, 2, 3, 4, 5], timeZone: 'America/Chicago' } } },
  ];
  assert.deepEqual(saved.map((c) => formValuesFrom(c).businessZone), ['UTC+01:00', '', 'America/Chicago']);
  for (const config of saved) {
    const again = readSettingsForm(formValuesFrom(config), config);
    assert.ok(again.ok);
    assert.deepEqual(again.config, config);
  }
});

test('invalid business hours are reported by their fields, in the form\'s order', () => {
  const result = readSettingsForm(hoursOn({ businessStart: 'noon', businessDays: [], businessZone: 'Nowhere/Town' }), DEFAULT_CONFIG);
  assert.ok(!result.ok);
  assert.deepEqual(result.problems.map((p) => p.field), ['businessStart', 'businessDays', 'businessZone']);
  assert.match(result.problems[0]!.message, /^Work starts at: expected number/);
  assert.match(result.problems[1]!.message, /^Working days: /);
  assert.match(result.problems[2]!.message, /^Clock of the business hours: "Nowhere\/Town" is not a known IANA time zone/);

  const backwards = readSettingsForm(hoursOn({ businessStart: '17', businessEnd: '9' }), DEFAULT_CONFIG);
  assert.ok(!backwards.ok);
  assert.deepEqual(backwards.problems.map((p) => p.message), ['Work ends at: must be after startHour (17)']);
});

test('an offset out of range or unreadable is refused at the zone field; a bad team zone is not reported twice through empty hours', () => {
  const far = readSettingsForm(hoursOn({ businessZone: 'UTC+15:00' }), DEFAULT_CONFIG);
  assert.ok(!far.ok);
  assert.deepEqual(far.problems.map((p) => p.field), ['businessZone']);
  assert.match(far.problems[0]!.message, /^Clock of the business hours \(UTC\+15:00 is 900 minutes\): must be ≤ 840/);

  const odd = readSettingsForm(hoursOn({ businessZone: 'UTC+1:75', businessEnd: '3' }), DEFAULT_CONFIG);
  assert.ok(!odd.ok);
  assert.deepEqual(odd.problems.map((p) => p.field), ['businessEnd', 'businessZone'], 'the other fields are still checked');
  assert.match(odd.problems[1]!.message, /^Clock of the business hours: write a fixed offset as UTC\+hh:mm/);

  const inherited = readSettingsForm(hoursOn({ timeZone: 'Mars/Olympus_Mons' }), DEFAULT_CONFIG);
  assert.ok(!inherited.ok);
  assert.deepEqual(inherited.problems.map((p) => p.field), ['timeZone']);
});

test('the review, escalation and plan fields round-trip and are written to their sections', () => {
  const result = readSettingsForm(form({ legalSla: '72', creativeSla: '12.5', escalateAfterHours: '8', maxConsulted: '1', sprintLength: '14', sprintAnchor: '2026-03-02' }), DEFAULT_CONFIG);
  assert.ok(result.ok);
  assert.deepEqual(result.config.approvals.slaHours, { ...DEFAULT_CONFIG.approvals.slaHours, legal: 72, creative: 12.5 });
  assert.equal(result.config.approvals.escalateAfterHours, 8);
  assert.equal(result.config.raci.maxConsulted, 1);
  assert.deepEqual(result.config.sprint, { lengthDays: 14, anchor: '2026-03-02' });
  assert.deepEqual(result.config.platform, DEFAULT_CONFIG.platform, 'the platform checks are kept');
});

test('every problem of every section is named by its field, in the order the form shows them', () => {
  const result = readSettingsForm(
    form({ namingPattern: '([a-z', sprintLength: '99', maxConsulted: '-1', legalSla: '', escalateAfterHours: 'soon', sprintAnchor: '2026-02-30', timeZone: 'Nowhere/Town' }),
    DEFAULT_CONFIG,
  );
  assert.ok(!result.ok);
  assert.deepEqual(
    result.problems.map((p) => p.field),
    ['timeZone', 'legalSla', 'escalateAfterHours', 'maxConsulted', 'sprintLength', 'sprintAnchor', 'namingPattern'],
  );
  const message = (field: string) => result.problems.find((p) => p.field === field)!.message;
  assert.equal(message('legalSla'), 'Legal review SLA: is required (expected number)');
  assert.match(message('escalateAfterHours'), /^Escalation delay: expected number, got string "soon"/);
  assert.equal(message('maxConsulted'), 'Consulted limit: must be ≥ 0');
  assert.equal(message('sprintLength'), 'Sprint length: must be ≤ 56');
  assert.match(message('sprintAnchor'), /^A sprint starts on: /);
});

test('only the sections shown are read: the others keep the base config, whatever their fields hold', () => {
  const base = { ...DEFAULT_CONFIG, timeZone: 'Europe/Berlin', raci: { ...DEFAULT_CONFIG.raci, maxConsulted: 5 } };
  const values = { ...formValuesFrom(base), timeZone: 'Nowhere/Town', maxConsulted: 'lots', namingPattern: '^x$' };
  const platformOnly = readSettingsForm(values, base, ['platform']);
  assert.ok(platformOnly.ok);
  assert.equal(platformOnly.config.timeZone, 'Europe/Berlin');
  assert.equal(platformOnly.config.raci.maxConsulted, 5);
  assert.equal(platformOnly.config.platform.namingPattern, '^x$');

  const refused = readSettingsForm(values, base, ['clock', 'platform']);
  assert.ok(!refused.ok);
  assert.deepEqual(refused.problems.map((p) => p.field), ['timeZone'], 'the consulted limit is not shown, so not judged');
});

test('hours that end before they start are named with the other problems of the same save', () => {
  const result = readSettingsForm(hoursOn({ businessStart: '18', businessEnd: '9', businessDays: [], timeZone: 'Nowhere/Town' }), DEFAULT_CONFIG);
  assert.ok(!result.ok);
  assert.deepEqual(result.problems.map((p) => p.message.replace(/:.*/, '')), ['Team time zone', 'Work ends at', 'Working days']);
  assert.equal(result.problems[1]!.message, 'Work ends at: must be after startHour (18)');
});
