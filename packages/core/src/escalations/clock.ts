import type { BusinessHours } from '../config/schema.js';
import { DAY_MS, HOUR_MS } from '../rules/time.js';

/** 1970-01-01 was a Thursday. */
const EPOCH_WEEKDAY = 4;
const weekdayOf = (localDayStart: number) => (((Math.floor(localDayStart / DAY_MS) + EPOCH_WEEKDAY) % 7) + 7) % 7;

/**
 * The instant at which `hours` of SLA time have passed since `startMs`. Without business hours
 * every hour counts; with them only working hours on working days count, in the team's UTC offset,
 * so a clock started at night begins the next working morning. A window that ends before it starts
 * counts no working time, so such a setting falls back to calendar hours rather than never ending.
 */
export function addSlaHours(startMs: number, hours: number, businessHours: BusinessHours | null): number {
  const wanted = hours * HOUR_MS;
  if (!businessHours || wanted <= 0) return startMs + wanted;
  const windowStart = businessHours.startHour * HOUR_MS;
  const windowEnd = businessHours.endHour * HOUR_MS;
  const workdays = new Set(businessHours.days);
  const perWeek = (windowEnd - windowStart) * workdays.size;
  if (perWeek <= 0) return startMs + wanted;

  const offset = businessHours.utcOffsetMinutes * 60_000;
  let local = startMs + offset;
  let remaining = wanted;
  // Any seven consecutive days hold exactly one week of working time: skip whole weeks at once.
  const weeks = Math.ceil(remaining / perWeek) - 1;
  if (weeks > 0) {
    local += weeks * 7 * DAY_MS;
    remaining -= weeks * perWeek;
  }
  for (;;) {
    const dayStart = Math.floor(local / DAY_MS) * DAY_MS;
    if (workdays.has(weekdayOf(dayStart))) {
      const from = Math.max(local, dayStart + windowStart);
      const available = dayStart + windowEnd - from;
      if (available > 0) {
        if (remaining <= available) return from + remaining - offset;
        remaining -= available;
      }
    }
    local = dayStart + DAY_MS;
  }
}
