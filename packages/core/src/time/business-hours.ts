import type { BusinessHours } from '../config/schema.js';
import { weekdayOfMs } from './days.js';
import { DAY_MS, HOUR_MS } from './instant.js';
import { zoneOffsets } from './zone-offsets.js';

const WEEK_MS = 7 * DAY_MS;

/**
 * The instant at which `hours` of SLA time have passed since `startMs`. Without business hours
 * every hour counts; with them only working hours on working days count, on the team's wall clock
 * (its IANA time zone, daylight saving included, or a fixed UTC offset), so a clock started at
 * night begins the next working morning. A working day that gains or loses an hour to a clock change
 * inside the window counts the hours that really pass. A window that ends before it starts counts no
 * working time, so such a setting falls back to calendar hours rather than never ending.
 */
export function addSlaHours(startMs: number, hours: number, businessHours: BusinessHours | null, teamTimeZone?: string): number {
  const wanted = hours * HOUR_MS;
  if (!businessHours || !(wanted > 0) || !Number.isFinite(startMs + wanted)) return startMs + wanted;
  const windowStart = businessHours.startHour * HOUR_MS;
  const windowEnd = businessHours.endHour * HOUR_MS;
  const workdays = new Set(businessHours.days);
  const perWeek = (windowEnd - windowStart) * workdays.size;
  if (perWeek <= 0) return startMs + wanted;

  // Hours with no clock of their own keep the team's (config.timeZone); with neither, UTC.
  const zoneName = businessHours.timeZone ?? (businessHours.utcOffsetMinutes === undefined ? teamTimeZone : undefined);
  const zone = zoneName === undefined ? undefined : zoneOffsets(zoneName);
  const fixed = { offset: (businessHours.utcOffsetMinutes ?? 0) * 60_000, until: Infinity };
  let at = startMs;
  let remaining = wanted;
  // Walk one local day (or one stretch of constant offset, whichever ends first) at a time.
  for (;;) {
    const { offset, until } = zone ? zone.segment(at) : fixed;
    // Seven consecutive days on one offset hold exactly one week of working time: skip whole weeks.
    const weeks = Math.min(Math.ceil(remaining / perWeek) - 1, Math.floor((until - at) / WEEK_MS));
    if (weeks > 0) {
      at += weeks * WEEK_MS;
      remaining -= weeks * perWeek;
    }
    const local = at + offset;
    const dayStart = Math.floor(local / DAY_MS) * DAY_MS;
    if (workdays.has(weekdayOfMs(dayStart))) {
      const from = Math.max(local, dayStart + windowStart);
      const to = Math.min(dayStart + windowEnd, until + offset);
      const available = to - from;
      if (available > 0) {
        if (remaining <= available) return from + remaining - offset;
        remaining -= available;
      }
    }
    at = Math.min(dayStart + DAY_MS - offset, until);
  }
}
