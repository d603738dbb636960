/**
 * `@preflight/core/time`: dates and instants as the rules read them. Nothing here reads the clock;
 * every function is given the instant it works on.
 */
export { daysInMonth, invalidNowMessage, isIsoDate, isIsoDateTime, sentenceParts, type SentencePart } from './iso-dates.js';
export { addDays, addMonths, weekday } from './days.js';
export { dayEndMs, dayStartMs, localDate, localDateOf, teamTime, type TeamZone } from './team-day.js';
export { isTimeZone } from './zone-offsets.js';
export { addSlaHours } from './business-hours.js';
export { dateFormat, formatDateText, readDateText, type DateFormat, type DatePart, type DateReading } from './date-text.js';
export { dayText, dayTitle, firstDayOfWeek, instantText, monthText, monthTitle, monthWeeks, weekdayNames } from './calendar-month.js';
