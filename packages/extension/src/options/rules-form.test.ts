import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '@preflight/core';
import { formValuesFrom, formValuesFromData, readRulesForm, type RulesFormValues } from './rules-form.js';

const form = (changes: Partial<RulesFormValues> = {}): RulesFormValues => ({ ...formValuesFrom(DEFAULT_CONFIG), ...changes });

test('the default config survives a round trip through the form', () => {
  const result = readRulesForm(form(), DEFAULT_CONFIG);
  assert.ok(result.ok);
  assert.deepEqual(result.config, DEFAULT_CONFIG);
});

test('valid settings become the platform section and keep the other sections', () => {
  const result = readRulesForm(
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
  const result = readRulesForm(form({ namingPattern: '([a-z', requiredUtm: 'utm_source, source', allowedMediums: ' ', budgetCaps: '20000 usd total' }), DEFAULT_CONFIG);
  assert.equal(result.ok, false);
  if (result.ok) return;
  const byField = new Map(result.problems.map((p) => [p.field, p.message]));
  assert.match(byField.get('namingPattern') ?? '', /^Naming pattern: is not a valid regular expression/);
  assert.match(byField.get('requiredUtm') ?? '', /^Required UTM parameters, item 2: must be a utm_ parameter name/);
  assert.match(byField.get('allowedMediums') ?? '', /^Allowed mediums/);
  assert.match(byField.get('budgetCaps') ?? '', /^Budget caps, line 1, currency: must be a three-letter ISO currency code/);
});

test('a budget cap line that cannot be read names its line and returns nothing to save', () => {
  const result = readRulesForm(form({ budgetCaps: '20000 USD total\ntwenty thousand' }), DEFAULT_CONFIG);
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(result.problems.map((p) => p.field), ['budgetCaps']);
  assert.match(result.problems[0]!.message, /line 2/);
});

test('an unreadable cap line does not hide the other fields\' problems; problems come in the order of the form', () => {
  const result = readRulesForm(form({ namingPattern: '([a-z', budgetCaps: '20000 USD total 5\n10 USD weekly', enabled: ['hubspot', 'myspace'] }), DEFAULT_CONFIG);
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(
    result.problems.map((p) => p.message.replace(/:.*/, '')),
    ['Naming pattern', 'Budget caps, line 1', 'Budget caps, line 2, period', 'Enabled platforms'],
  );
});

test('a negative cap and a wrong period are both reported', () => {
  const result = readRulesForm(form({ budgetCaps: '-5 USD total\n10 USD weekly' }), DEFAULT_CONFIG);
  assert.equal(result.ok, false);
  if (result.ok) return;
  const messages = result.problems.map((p) => p.message).join('\n');
  assert.match(messages, /line 1, amount/);
  assert.match(messages, /line 2, period/);
});

test('a cap amount is read only as a decimal number: hex, binary, exponent or empty forms are refused, not turned into another amount', () => {
  for (const amount of ['0x10', '0b101', '1e3', 'Infinity', '.']) {
    const result = readRulesForm(form({ budgetCaps: `${amount} USD total` }), DEFAULT_CONFIG);
    assert.ok(!result.ok, `${amount} was accepted`);
    assert.match(result.problems[0]!.message, /^Budget caps, line 1: write an amount/);
  }
  const ok = readRulesForm(form({ budgetCaps: '20000 USD total\n49.99 EUR daily' }), DEFAULT_CONFIG);
  assert.ok(ok.ok);
  assert.deepEqual(ok.config.platform.budgetCaps.map((c) => c.amount), [20000, 49.99]);
});

const hoursOn = (changes: Partial<RulesFormValues> = {}) => form({ businessHours: true, ...changes });

test('the team time zone is read from the config and written back; an empty field means UTC and clears a saved zone', () => {
  const sydney = { ...DEFAULT_CONFIG, timeZone: 'Australia/Sydney' };
  assert.equal(formValuesFrom(DEFAULT_CONFIG).timeZone, '');
  assert.equal(formValuesFrom(sydney).timeZone, 'Australia/Sydney');

  const set = readRulesForm(form({ timeZone: ' America/New_York ' }), DEFAULT_CONFIG);
  assert.ok(set.ok);
  assert.equal(set.config.timeZone, 'America/New_York');

  const kept = readRulesForm(formValuesFrom(sydney), sydney);
  assert.ok(kept.ok);
  assert.deepEqual(kept.config, sydney);

  const cleared = readRulesForm(form({ timeZone: '' }), sydney);
  assert.ok(cleared.ok);
  assert.equal('timeZone' in cleared.config, false, 'no zone key is left behind');
  assert.deepEqual(cleared.config, DEFAULT_CONFIG);
});

test('an unknown team time zone is refused at its field, with the value, and nothing is returned to save', () => {
  for (const zone of ['Mars/Olympus_Mons', 'Europe/Berlin ; DROP', '+01:00']) {
    const result = readRulesForm(form({ timeZone: zone }), DEFAULT_CONFIG);
    assert.ok(!result.ok, `${zone} was accepted`);
    assert.deepEqual(result.problems.map((p) => p.field), ['timeZone']);
    assert.match(result.problems[0]!.message, /^Team time zone: .* is not a known IANA time zone/);
  }
});

test('business hours are off by default and the form keeps them off; off shows a usual working week to start from', () => {
  const values = formValuesFrom(DEFAULT_CONFIG);
  assert.equal(values.businessHours, false);
  assert.deepEqual([values.businessStart, values.businessEnd, values.businessDays, values.businessZone], ['9', '17', ['1', '2', '3', '4', '5'], '']);
  const result = readRulesForm(form({ businessStart: 'nonsense' }), DEFAULT_CONFIG);
  assert.ok(result.ok, 'fields of hours that are off are not checked');
  assert.equal(result.config.approvals.businessHours, null);
});

test('business hours turned on take the team time zone when their zone is empty (UTC without one), else their own zone', () => {
  const utc = readRulesForm(hoursOn(), DEFAULT_CONFIG);
  assert.ok(utc.ok);
  assert.deepEqual(utc.config.approvals.businessHours, { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5], timeZone: 'UTC' });

  const team = readRulesForm(hoursOn({ timeZone: 'Europe/Berlin', businessStart: '8', businessEnd: '24', businessDays: ['0', '6', '3'] }), DEFAULT_CONFIG);
  assert.ok(team.ok);
  assert.deepEqual(team.config.approvals.businessHours, { startHour: 8, endHour: 24, days: [0, 3, 6], timeZone: 'Europe/Berlin' });

  const own = readRulesForm(hoursOn({ timeZone: 'Europe/Berlin', businessZone: 'Asia/Kolkata' }), DEFAULT_CONFIG);
  assert.ok(own.ok);
  assert.equal(own.config.approvals.businessHours?.timeZone, 'Asia/Kolkata');
  assert.deepEqual(own.config.approvals.slaHours, DEFAULT_CONFIG.approvals.slaHours, 'the rest of approvals is kept');
});

test('a fixed offset is written as UTC+hh:mm and saved as utcOffsetMinutes; saved hours read back as they were', () => {
  const result = readRulesForm(hoursOn({ businessZone: 'UTC-05:30' }), DEFAULT_CONFIG);
  assert.ok(result.ok);
  assert.deepEqual(result.config.approvals.businessHours, { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5], utcOffsetMinutes: -330 });

  const saved = [
    { ...DEFAULT_CONFIG, approvals: { ...DEFAULT_CONFIG.approvals, businessHours: { startHour: 7, endHour: 15, days: [1, 2, 3, 4], utcOffsetMinutes: 60 } } },
    { ...DEFAULT_CONFIG, timeZone: 'Europe/Paris', approvals: { ...DEFAULT_CONFIG.approvals, businessHours: { startHour: 9, endHour: 18, days: [1, 2, 3, 4, 5], timeZone: 'Europe/Paris' } } },
    { ...DEFAULT_CONFIG, timeZone: 'Europe/Paris', approvals: { ...DEFAULT_CONFIG.approvals, businessHours: { startHour: 9, endHour: 18, days: [1, 2, 3, 4, 5], timeZone: 'America/Chicago' } } },
  ];
  assert.deepEqual(saved.map((c) => formValuesFrom(c).businessZone), ['UTC+01:00', '', 'America/Chicago']);
  for (const config of saved) {
    const again = readRulesForm(formValuesFrom(config), config);
    assert.ok(again.ok);
    assert.deepEqual(again.config, config);
  }
});

test('invalid business hours are reported by their fields, in the form\'s order', () => {
  const result = readRulesForm(hoursOn({ businessStart: 'noon', businessDays: [], businessZone: 'Nowhere/Town' }), DEFAULT_CONFIG);
  assert.ok(!result.ok);
  assert.deepEqual(result.problems.map((p) => p.field), ['businessStart', 'businessDays', 'businessZone']);
  assert.match(result.problems[0]!.message, /^Business hours start: expected number/);
  assert.match(result.problems[1]!.message, /^Working days: /);
  assert.match(result.problems[2]!.message, /^Zone for business hours: "Nowhere\/Town" is not a known IANA time zone/);

  const backwards = readRulesForm(hoursOn({ businessStart: '17', businessEnd: '9' }), DEFAULT_CONFIG);
  assert.ok(!backwards.ok);
  assert.deepEqual(backwards.problems.map((p) => p.message), ['Business hours end: must be after startHour (17)']);
});

test('an offset out of range or unreadable is refused at the zone field; a bad team zone is not reported twice through empty hours', () => {
  const far = readRulesForm(hoursOn({ businessZone: 'UTC+15:00' }), DEFAULT_CONFIG);
  assert.ok(!far.ok);
  assert.deepEqual(far.problems.map((p) => p.field), ['businessZone']);
  assert.match(far.problems[0]!.message, /^Zone for business hours \(UTC\+15:00 is 900 minutes\): must be ≤ 840/);

  const odd = readRulesForm(hoursOn({ businessZone: 'UTC+1:75', businessEnd: '3' }), DEFAULT_CONFIG);
  assert.ok(!odd.ok);
  assert.deepEqual(odd.problems.map((p) => p.field), ['businessEnd', 'businessZone'], 'the other fields are still checked');
  assert.match(odd.problems[1]!.message, /^Zone for business hours: write a fixed offset as UTC\+hh:mm/);

  const inherited = readRulesForm(hoursOn({ timeZone: 'Mars/Olympus_Mons' }), DEFAULT_CONFIG);
  assert.ok(!inherited.ok);
  assert.deepEqual(inherited.problems.map((p) => p.field), ['timeZone']);
});

test('submitted form data become the values; hours that are not shown keep their previous values', () => {
  const previous = hoursOn({ businessStart: '7', businessDays: ['1', '2'], businessZone: 'UTC+02:00' });
  const data = new FormData();
  for (const [name, value] of [['namingPattern', '^x$'], ['timeZone', 'Asia/Tokyo'], ['enabled', 'hubspot'], ['enabled', 'meta']]) data.append(name!, value!);
  const off = formValuesFromData(data, previous);
  assert.equal(off.namingPattern, '^x$');
  assert.equal(off.timeZone, 'Asia/Tokyo');
  assert.deepEqual(off.enabled, ['hubspot', 'meta']);
  assert.equal(off.businessHours, false);
  assert.deepEqual([off.businessStart, off.businessDays, off.businessZone], ['7', ['1', '2'], 'UTC+02:00']);

  data.append('businessHours', 'on');
  data.append('businessStart', '10');
  data.append('businessEnd', '18');
  data.append('businessZone', '');
  const on = formValuesFromData(data, previous);
  assert.equal(on.businessHours, true);
  assert.deepEqual([on.businessStart, on.businessEnd, on.businessDays, on.businessZone], ['10', '18', [], ''], 'no day ticked is what was submitted');
});
