import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays } from './days.js';
import { dateFormat, formatDateText, readDateText } from './date-text.js';
import { isIsoDate } from './iso-dates.js';

const LOCALES = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP', 'sv-SE'] as const;
const read = (text: string, locale: string, today?: string) => readDateText(text, dateFormat(locale), today);
const problem = (text: string, locale: string, today?: string) => {
  const reading = read(text, locale, today);
  assert.ok(reading && !reading.ok, `${text} in ${locale} was read as ${JSON.stringify(reading)}`);
  return reading.problem;
};

/** Any real day of a four-digit year. */
const anyDate = fc.integer({ min: 0, max: 3_287_181 }).map((days) => addDays('1000-01-01', days));

describe('dates as a locale writes them', () => {
  it('reads each locale’s order and separators from Intl, without a list per locale', () => {
    const seen = Object.fromEntries(LOCALES.map((l) => [l, `${dateFormat(l).pattern} ${dateFormat(l).example}`]));
    assert.deepEqual(seen, {
      'en-US': 'MM/DD/YYYY 09/30/2026',
      'en-GB': 'DD/MM/YYYY 30/09/2026',
      'de-DE': 'DD.MM.YYYY 30.09.2026',
      'fr-FR': 'DD/MM/YYYY 30/09/2026',
      'ja-JP': 'YYYY/MM/DD 2026/09/30',
      'sv-SE': 'YYYY-MM-DD 2026-09-30',
    });
  });

  it('writes a date as Intl writes it in the locale, for any day of a four-digit year', () => {
    fc.assert(
      fc.property(anyDate, fc.constantFrom(...LOCALES), (date, locale) => {
        const intl = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
        assert.equal(formatDateText(date, dateFormat(locale)), intl.format(Date.parse(date)));
      }),
      { numRuns: 500 },
    );
  });

  it('reads back every date it writes, in every locale (format then read is the identity)', () => {
    fc.assert(
      fc.property(anyDate, fc.constantFrom(...LOCALES, 'ko-KR', 'bg-BG', 'ar-EG', 'fa-IR', 'nl-NL'), (date, locale) => {
        assert.deepEqual(read(formatDateText(date, dateFormat(locale)), locale), { ok: true, date });
      }),
      { numRuns: 1000 },
    );
  });

  it('reads YYYY-MM-DD as itself in every locale', () => {
    fc.assert(
      fc.property(anyDate, fc.constantFrom(...LOCALES), (date, locale) => {
        assert.deepEqual(read(date, locale), { ok: true, date });
      }),
      { numRuns: 500 },
    );
  });

  it('only ever reads a text as a real YYYY-MM-DD date, or names a problem quoting the text as typed', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9/.\- a-z]{1,14}$/), fc.constantFrom(...LOCALES), (text, locale) => {
        const reading = read(text, locale, '2026-09-01');
        if (text.trim() === '') return assert.equal(reading, undefined);
        if (reading!.ok) assert.ok(isIsoDate(reading!.date), reading!.date);
        else assert.ok(reading!.problem.includes(`“${text.trim()}”`), reading!.problem);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads what people type: the locale’s order with one-digit days and months and any usual separator', () => {
    assert.deepEqual(read('30/9/2026', 'en-GB'), { ok: true, date: '2026-09-30' });
    assert.deepEqual(read('9/30/2026', 'en-US'), { ok: true, date: '2026-09-30' });
    assert.deepEqual(read('1.2.2027', 'de-DE'), { ok: true, date: '2027-02-01' });
    assert.deepEqual(read('30-09-2026', 'fr-FR'), { ok: true, date: '2026-09-30' });
    assert.deepEqual(read(' 2026/9/30 ', 'ja-JP'), { ok: true, date: '2026-09-30' });
    assert.deepEqual(read('2026.09.30', 'en-GB'), { ok: true, date: '2026-09-30' }, 'a four-digit first number is a year in any locale');
    assert.equal(read('   ', 'en-GB'), undefined);
  });

  it('reads today, tomorrow and yesterday on the team’s date, and says so when that date is unknown', () => {
    assert.deepEqual(read('Today', 'en-GB', '2026-12-31'), { ok: true, date: '2026-12-31' });
    assert.deepEqual(read('tomorrow', 'en-US', '2026-12-31'), { ok: true, date: '2027-01-01' });
    assert.deepEqual(read('yesterday', 'de-DE', '2028-03-01'), { ok: true, date: '2028-02-29' });
    assert.equal(problem('today', 'en-GB'), '“today” needs the team\'s date, which is not known here; type the date as DD/MM/YYYY');
  });

  it('names what is wrong with a partly typed or impossible date, quoting it as typed', () => {
    assert.equal(problem('31/02/2026', 'en-GB'), 'February 2026 has 28 days, so “31/02/2026” is not a date');
    assert.equal(problem('2/29/2027', 'en-US'), 'February 2027 has 28 days, so “2/29/2027” is not a date');
    assert.equal(problem('30/09', 'en-GB'), '“30/09” has no year; type it as DD/MM/YYYY, for example 30/09/2026');
    assert.equal(problem('2026-09', 'en-US'), '“2026-09” has no day; type it as MM/DD/YYYY, for example 09/30/2026');
    assert.equal(problem('30', 'de-DE'), '“30” has no month or year; type it as DD.MM.YYYY, for example 30.09.2026');
    assert.equal(problem('30/09/26', 'en-GB'), '“30/09/26”: write the year with four digits; type it as DD/MM/YYYY, for example 30/09/2026');
    assert.equal(problem('30/9/2026', 'en-US'), 'there is no month 30, so “30/9/2026” is not a date; type it as MM/DD/YYYY, for example 09/30/2026');
    assert.equal(problem('00/09/2026', 'en-GB'), 'there is no day 00, so “00/09/2026” is not a date; type it as DD/MM/YYYY, for example 30/09/2026');
    assert.equal(problem('30 Sept 2026', 'en-GB'), '“30 Sept 2026” is not a date; type it as DD/MM/YYYY, for example 30/09/2026');
    assert.equal(problem('30092026', 'en-GB'), '“30092026” is not a date; type it as DD/MM/YYYY, for example 30/09/2026');
    assert.equal(problem('1/2/3/2026', 'en-GB'), '“1/2/3/2026” is not a date; type it as DD/MM/YYYY, for example 30/09/2026');
  });

  it('falls back to the runtime’s locale for a malformed tag rather than failing', () => {
    assert.equal(dateFormat('not a locale!').pattern, dateFormat(undefined).pattern);
  });
});
