import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPage } from '../detectors.js';
import { salesforceFacts } from './facts.js';
import type { ShownField } from './extract.js';

const detection = detectPage(new URL('https://acme.lightning.force.com/lightning/r/Campaign/7015g000000ABCdAAO/view'))!;
const valueOf = (fields: ShownField[], fact: string) => (salesforceFacts(fields, detection)[0]!.facts as unknown as Record<string, { value: unknown } | undefined>)[fact]?.value;

test('a multi-currency org\'s currency field gives the budget its code; a single-currency org\'s budget has none', () => {
  const cost = { name: 'BudgetedCost', text: '25,000.00' };
  assert.deepEqual(valueOf([cost, { name: 'CurrencyIsoCode', text: 'EUR - Euro' }], 'budget'), { amount: '25,000.00', unit: 'major', period: 'total', currency: 'EUR' });
  assert.deepEqual(valueOf([cost, { name: 'CurrencyIsoCode', text: 'Euro' }], 'budget'), { amount: '25,000.00', unit: 'major', period: 'total' });
  assert.deepEqual(valueOf([cost], 'budget'), { amount: '25,000.00', unit: 'major', period: 'total' });
});

test('URL fields keep their link, or their text without one; UTM fields make one query string', () => {
  const urls = valueOf([
    { name: 'Landing_Page_URL__c', text: 'example.com/q3', href: 'https://example.com/q3' },
    { name: 'Form_URL__c', text: 'https://example.com/form' },
    { name: 'UTM_Source__c', text: 'sales force' },
    { name: 'UTM_Medium__c', text: 'email' },
    { name: 'UTM_Content__c', text: '' },
  ], 'trackingUrls');
  assert.deepEqual(urls, ['https://example.com/q3', 'https://example.com/form', 'utm_source=sales%20force&utm_medium=email']);
});

test('a field shown empty is read; a field not shown is unread', () => {
  const [read] = salesforceFacts([{ name: 'Name', text: 'Q3 Webinar' }, { name: 'EndDate', text: '' }, { name: 'UTM_Source__c', text: '' }], detection);
  assert.equal(read!.facts.endDate, undefined);
  assert.deepEqual(read!.unread, ['status', 'startDate', 'budget', 'owner']);
});

test('a UTM value encodeURIComponent cannot take loses the tracking URLs alone', () => {
  const [read] = salesforceFacts([{ name: 'Name', text: 'Q3 Webinar' }, { name: 'UTM_Source__c', text: 'web\uD800' }], detection);
  assert.equal(read!.facts.name!.value, 'Q3 Webinar');
  assert.equal(read!.facts.trackingUrls, undefined);
});

test('texts are read as people see them: white space collapsed, and a label shown with its value taken out', () => {
  assert.equal(valueOf([{ name: 'Name', text: '\n  Q3\n    Webinar\u00a0 ' }], 'name'), 'Q3 Webinar');
  assert.equal(valueOf([{ name: 'Status', text: '\n  Status\n  Planned ', label: ' Status\n' }], 'status'), 'Planned');
  assert.equal(valueOf([{ name: 'Status', text: ' Status ', label: 'Status' }], 'status'), undefined, 'a label with no value is an empty field');
});
