import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fieldFromText, fieldProblem } from './fields.js';

describe('form fields checked by the plan format', () => {
  it('reads typed numbers as numbers, thousands separators included, and anything else as not a number', () => {
    assert.equal(fieldFromText('keyResult', 'target', ' 500 '), 500);
    assert.equal(fieldFromText('keyResult', 'target', '12,000'), 12000);
    assert.equal(fieldFromText('keyResult', 'current', '-2.5'), -2.5);
    assert.ok(Number.isNaN(fieldFromText('keyResult', 'target', 'five hundred')));
    assert.ok(Number.isNaN(fieldFromText('keyResult', 'target', '1e5')), 'no exponent: people do not type targets that way');
    assert.ok(Number.isNaN(fieldFromText('keyResult', 'target', '1,2')));
    assert.equal(fieldFromText('keyResult', 'target', '  '), undefined);
  });

  it('reads a list typed one per line, blank lines dropped', () => {
    assert.deepEqual(fieldFromText('brief', 'systems', 'HubSpot\n\n  Salesforce  \n'), ['HubSpot', 'Salesforce']);
    assert.equal(fieldFromText('brief', 'objective', '  Grow pipeline  '), 'Grow pipeline');
  });

  it('names what is wrong with a brief, campaign or key-result value in words, the line of a list included', () => {
    assert.equal(fieldProblem('keyResult', 'target', 'lots'), 'must be a number, e.g. 500');
    assert.equal(fieldProblem('keyResult', 'target', '500'), undefined);
    assert.equal(fieldProblem('keyResult', 'target', ''), 'must not be empty');
    assert.equal(fieldProblem('keyResult', 'current', '1,250'), undefined);
    assert.equal(fieldProblem('keyResult', 'name', '   '), 'must not be blank');
    assert.equal(fieldProblem('brief', 'systems', `HubSpot\n${'x'.repeat(201)}`), 'line 2 must be at most 200 characters');
    assert.equal(fieldProblem('brief', 'systems', 'HubSpot\nSalesforce'), undefined);
    assert.equal(fieldProblem('brief', 'deadline', '2026-02-30'), 'must be a calendar date written YYYY-MM-DD');
    assert.equal(fieldProblem('brief', 'objective', 'x'.repeat(2001)), 'must be at most 2000 characters');
    assert.equal(fieldProblem('brief', 'successMetric', '<b>MQLs</b>'), undefined, 'markup is text, stored as written');
    assert.equal(fieldProblem('campaign', 'name', ''), 'must not be empty');
    assert.equal(fieldProblem('campaign', 'type', 'podcast'), 'must be one of webinar, product-launch, paid-social, email-nurture, event, other');
    assert.equal(fieldProblem('campaign', 'launchDate', '15/09/2026'), 'must be a calendar date written YYYY-MM-DD');
    assert.equal(fieldProblem('campaign', 'launchDate', '2026-09-15'), undefined);
    assert.equal(fieldProblem('campaign', 'colour' as never, 'red'), 'is not a field of a campaign');
  });

  it('says the bound a number is outside of, never a length', () => {
    assert.equal(fieldProblem('reporting', 'confidence', '140'), 'must be at most 100');
    assert.equal(fieldProblem('reporting', 'defects', '-1'), 'must be at least 0');
    assert.equal(fieldProblem('reporting', 'confidence', '95.5'), undefined);
    assert.equal(fieldProblem('programs', 'planned', '2.5'), 'must be a whole number');
  });
});
