import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUrlField, utmName } from './selectors.js';

test('UTM and URL custom fields are told by their API names, in any case', () => {
  assert.equal(utmName('UTM_Source__c'), 'source');
  assert.equal(utmName('utm_medium__C'), 'medium');
  for (const name of ['UTM___c', 'UTM_Source2__c', 'UTM_Source', 'My_UTM_Source__c', 'Landing_Page_URL__c']) assert.equal(utmName(name), undefined, name);
  assert.ok(isUrlField('Landing_Page_URL__c') && isUrlField('url__c'));
  assert.ok(!isUrlField('URLs__c') && !isUrlField('Landing_Page_URL'));
});
