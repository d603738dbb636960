import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normaliseBudget } from './budget.js';
import type { BudgetValue } from './facts.js';

const total = (amount: number | string, unit: BudgetValue['unit'] = 'major', currency?: string): BudgetValue =>
  currency === undefined ? { amount, unit, period: 'total' } : { amount, unit, currency, period: 'total' };
const amountOf = (b: BudgetValue) => {
  const n = normaliseBudget(b);
  assert.ok(!('code' in n), `expected an amount, got ${JSON.stringify(n)}`);
  return n.amount;
};
const codeOf = (b: BudgetValue) => {
  const n = normaliseBudget(b);
  assert.ok('code' in n, `expected a problem, got ${JSON.stringify(n)}`);
  assert.match(n.message, /\S/);
  return n.code;
};

describe('budget normalisation', () => {
  it('divides micros by a million (Google Ads amount_micros)', () => {
    assert.deepEqual(normaliseBudget({ amount: 50_000_000, unit: 'micros', currency: 'USD', period: 'daily' }), { amount: 50, currency: 'USD', period: 'daily' });
    assert.equal(amountOf(total('1234567', 'micros', 'USD')), 1.234567);
  });

  it('divides minor units by the currency exponent: cents, yen, fils', () => {
    assert.equal(amountOf(total('5000', 'minor', 'EUR')), 50);
    assert.equal(amountOf(total(5000, 'minor', 'JPY')), 5000);
    assert.equal(amountOf(total(5000, 'minor', 'KWD')), 5);
    assert.equal(amountOf(total(1999, 'minor', 'usd')), 19.99);
  });

  it('refuses minor units without a currency: the exponent would be a guess', () => {
    assert.equal(codeOf(total(5000, 'minor')), 'missing_currency');
  });

  it('reads amounts with symbols, codes and comma thousands', () => {
    assert.equal(amountOf(total('25,000.00', 'major', 'USD')), 25000);
    assert.equal(amountOf(total('$25,000.00', 'major', 'USD')), 25000);
    assert.equal(amountOf(total('USD 1,234,567.5')), 1234567.5);
    assert.equal(amountOf(total('15 000 €')), 15000);
    assert.equal(amountOf(total("1'500")), 1500);
    assert.equal(amountOf(total('50')), 50);
    assert.equal(amountOf(total(' 50.5 ')), 50.5);
  });

  it('takes the currency from an unambiguous symbol or code', () => {
    assert.deepEqual(normaliseBudget(total('€15,000')), { amount: 15000, currency: 'EUR', period: 'total' });
    assert.deepEqual(normaliseBudget(total('25000 USD')), { amount: 25000, currency: 'USD', period: 'total' });
    assert.deepEqual(normaliseBudget(total('$25,000')), { amount: 25000, period: 'total' });
  });

  it('rejects decimal commas and uneven grouping with a message that says how to write it', () => {
    const n = normaliseBudget(total('€15.000,00'));
    assert.ok('code' in n);
    assert.equal(n.code, 'invalid_amount');
    assert.match(n.message, /decimal comma/);
    assert.equal(codeOf(total('12,5', 'major', 'EUR')), 'invalid_amount');
    assert.equal(codeOf(total('1,23,456')), 'invalid_amount');
    assert.equal(codeOf(total('1,234 567')), 'invalid_amount');
    assert.equal(codeOf(total('1.2.3')), 'invalid_amount');
    assert.equal(codeOf(total('fifty')), 'invalid_amount');
  });

  it('rejects more decimals than the currency has: 1.234 EUR may be a German 1234', () => {
    assert.equal(codeOf(total('1.234', 'major', 'EUR')), 'ambiguous_amount');
    assert.equal(amountOf(total('1.234', 'major', 'KWD')), 1.234);
    assert.equal(codeOf(total('1,234', 'major', 'KWD')), 'ambiguous_amount');
    assert.equal(codeOf(total('100.5', 'major', 'JPY')), 'ambiguous_amount');
  });

  it('rejects conflicting currencies, negatives, empties, non-finite numbers and bad codes', () => {
    assert.equal(codeOf(total('€15,000', 'major', 'USD')), 'currency_mismatch');
    assert.equal(codeOf(total('EUR 15 USD')), 'currency_mismatch');
    assert.equal(codeOf(total('-50', 'major', 'USD')), 'negative_amount');
    assert.equal(codeOf(total(-1, 'micros', 'USD')), 'negative_amount');
    assert.equal(codeOf(total('$', 'major', 'USD')), 'missing_amount');
    assert.equal(codeOf(total(Number.NaN)), 'invalid_amount');
    assert.equal(codeOf(total(Number.POSITIVE_INFINITY)), 'invalid_amount');
    assert.equal(codeOf(total(50, 'major', 'dollars')), 'invalid_currency');
    assert.equal(codeOf(total('5,000', 'minor', 'EUR')), 'invalid_amount');
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double()), fc.constantFrom('major', 'minor', 'micros' as const), fc.option(fc.string(), { nil: undefined }), (amount, unit, currency) => {
        const n = normaliseBudget(currency === undefined ? { amount, unit, period: 'daily' } : { amount, unit, currency, period: 'daily' });
        assert.ok('code' in n ? n.message.length > 0 : Number.isFinite(n.amount) && n.amount >= 0);
      }),
    );
  });

  it('reads back any grouped amount it would print', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const fraction = String(cents).padStart(2, '0');
        assert.equal(amountOf(total(`${whole.toLocaleString('en-US')}.${fraction}`, 'major', 'USD')), Number(`${whole}.${fraction}`));
      }),
    );
  });
});
