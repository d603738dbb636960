import type { Problem } from '../problems/problem.js';
import type { BudgetValue } from './facts.js';

/** A budget in major units (50 = fifty dollars), ready to compare with a cap. */
export interface NormalisedBudget {
  amount: number;
  currency?: string;
  period: BudgetValue['period'];
}

/** ISO 4217 currencies whose minor unit is not a hundredth. */
const EXPONENTS: Record<string, number> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
};

/** Decimal places of a currency's minor unit: 2 unless ISO 4217 says otherwise. */
export const currencyExponent = (currency: string): number => EXPONENTS[currency] ?? 2;

/** Symbols that name exactly one currency; `$` and `¥` name several and are only stripped. */
const SYMBOLS: Record<string, string | undefined> = { '€': 'EUR', '£': 'GBP', '₹': 'INR', '₩': 'KRW', $: undefined, '¥': undefined };

const problem = (code: string, message: string): Problem => ({ path: 'budget.amount', code, message });

/** Splits `$25,000.00 USD` into the number text and the currency it names, if any. */
function stripCurrency(text: string): { number: string; currency?: string } | Problem {
  let rest = text.trim();
  let named: string | undefined;
  const name = (currency: string | undefined) => {
    if (currency === undefined) return true;
    if (named !== undefined && named !== currency) return false;
    named = currency;
    return true;
  };
  for (let changed = true; changed; ) {
    changed = false;
    const code = /^([A-Z]{3})\s*|\s*([A-Z]{3})$/.exec(rest);
    if (code) {
      if (!name(code[1] ?? code[2])) return problem('currency_mismatch', `"${text}" names two currencies.`);
      rest = rest.slice(0, code.index) + rest.slice(code.index + code[0].length);
      changed = true;
    }
    const symbol = /^([€£₹₩$¥])\s*|\s*([€£₹₩$¥])$/.exec(rest);
    if (symbol) {
      if (!name(SYMBOLS[(symbol[1] ?? symbol[2])!])) return problem('currency_mismatch', `"${text}" names two currencies.`);
      rest = rest.slice(0, symbol.index) + rest.slice(symbol.index + symbol[0].length);
      changed = true;
    }
  }
  return named === undefined ? { number: rest } : { number: rest, currency: named };
}

const GROUPED = /^\d{1,3}(?:([,\s\u00a0\u202f'])\d{3})?(?:\1\d{3})*$/;

/**
 * Reads an amount written for people. Accepted: digits with a `.` decimal point; thousands
 * grouped by `,`, a space or `'` in threes (`25,000.00`, `15 000`, `1'500`). Rejected, never
 * guessed: a decimal comma (`15.000,00`, `12,5`), mixed or uneven grouping, and more decimals
 * than the currency has (`1.234` in EUR could be 1,234 written the German way).
 */
function parseMajor(text: string, decimals: number, currencyLabel: string, written: string): number | Problem {
  const [whole = '', fraction, extra] = text.split('.');
  if (extra !== undefined || !GROUPED.test(whole) || (fraction !== undefined && !/^\d+$/.test(fraction))) {
    const hint = /,\d{1,2}$|\.\d{3},/.test(text)
      ? ' A decimal comma is not accepted: write it with a decimal point, e.g. 15000.00.'
      : ' Write digits with a decimal point, thousands optionally grouped by commas, e.g. 25,000.00.';
    return problem('invalid_amount', `"${written}" is not an amount this can read.${hint}`);
  }
  if (decimals >= 3 && whole.includes(',')) {
    return problem('ambiguous_amount', `"${written}": in ${currencyLabel} a comma could be a decimal comma. Write it with a decimal point and no grouping.`);
  }
  if (fraction !== undefined && fraction.length > decimals) {
    return problem(
      'ambiguous_amount',
      `"${written}" has ${fraction.length} decimals but ${currencyLabel} has ${decimals}: it may be a grouped whole number. Write it without ambiguity, e.g. ${whole.replace(/\D/g, '')}${fraction}.`,
    );
  }
  return Number(`${whole.replace(/\D/g, '')}.${fraction ?? '0'}`);
}

/**
 * A platform budget in major units: micros ÷ 1,000,000, minor units ÷ 10^exponent of the
 * currency (JPY 0, KWD 3), text with symbols and thousands separators read strictly.
 * Anything it cannot read without guessing comes back as a Problem that says why.
 */
export function normaliseBudget(budget: BudgetValue): NormalisedBudget | Problem {
  let currency = budget.currency?.trim().toUpperCase();
  if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) {
    return { path: 'budget.currency', code: 'invalid_currency', message: `"${budget.currency}" is not a three-letter ISO currency code such as USD.` };
  }
  let amount: number;
  if (typeof budget.amount === 'number') {
    amount = budget.amount;
  } else {
    const stripped = stripCurrency(budget.amount);
    if ('code' in stripped) return stripped;
    if (stripped.currency !== undefined) {
      if (currency !== undefined && currency !== stripped.currency) {
        return problem('currency_mismatch', `"${budget.amount}" is in ${stripped.currency} but the budget's currency is ${currency}.`);
      }
      currency = stripped.currency;
    }
    const text = stripped.number.replace(/^\+/, '');
    if (text === '') return problem('missing_amount', `"${budget.amount}" holds no amount.`);
    if (/^-/.test(text)) return problem('negative_amount', `A budget cannot be negative ("${budget.amount}").`);
    if (budget.unit === 'major') {
      const parsed = parseMajor(text, currency === undefined ? 2 : currencyExponent(currency), currency ?? 'an unnamed currency', budget.amount);
      if (typeof parsed !== 'number') return parsed;
      amount = parsed;
    } else {
      if (!/^\d+$/.test(text)) return problem('invalid_amount', `"${budget.amount}" should be a whole number of ${budget.unit === 'micros' ? 'micros' : 'minor units'}.`);
      amount = Number(text);
    }
  }
  if (!Number.isFinite(amount)) return problem('invalid_amount', `${String(budget.amount)} is not a finite amount.`);
  if (amount < 0) return problem('negative_amount', `A budget cannot be negative (${amount}).`);
  if (budget.unit === 'micros') amount /= 1_000_000;
  else if (budget.unit === 'minor') {
    if (currency === undefined) {
      return { path: 'budget.currency', code: 'missing_currency', message: 'A budget in minor units needs its currency: cents and fils are different sizes.' };
    }
    amount /= 10 ** currencyExponent(currency);
  }
  return currency === undefined ? { amount, period: budget.period } : { amount, currency, period: budget.period };
}
