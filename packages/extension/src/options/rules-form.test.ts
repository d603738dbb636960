import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '@preflight/core';
import { formValuesFrom, readRulesForm, type RulesFormValues } from './rules-form.js';

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
