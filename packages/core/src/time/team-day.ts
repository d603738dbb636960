/**
 * Calendar days on the team's wall clock. A plan's date-only fields (due, planned, launch,
 * deadline) name days in the team's time zone (`config.timeZone`, UTC when unset): "today" is the
 * date of `now` there, and a day ends at the next midnight there. Offsets come from the per-zone
 * table the SLA clock uses, so a record costs arithmetic, not an Intl call.
 */
import { zoneOffsets } from './zone-offsets.js';
import { DAY_MS, toMs, utcDate } from './instant.js';

/** An IANA zone name that passed config validation, or undefined for UTC. */
export type TeamZone = string | undefined;

/** Wall-clock ms of the instant `ms` on the team's clock: what `Date.UTC` of its local fields would give. */
export function wallMs(ms: number, zone: TeamZone): number {
  return zone === undefined ? ms : ms + zoneOffsets(zone).segment(ms).offset;
}

/** The calendar date (`YYYY-MM-DD`) of the instant `ms` on the team's clock. */
export function localDate(ms: number, zone: TeamZone): string {
  return utcDate(wallMs(ms, zone));
}

/**
 * An instant as people read it on the team's clock: `2026-09-01 09:00 UTC`, or with the zone's
 * name when the team has one (`2026-09-01 05:00 America/New_York`). Minutes, no seconds.
 */
export function teamTime(isoOrMs: string | number, zone: TeamZone): string {
  const ms = typeof isoOrMs === 'number' ? isoOrMs : toMs(isoOrMs);
  if (!Number.isFinite(ms)) return String(isoOrMs);
  const wall = new Date(wallMs(ms, zone)).toISOString();
  return `${wall.slice(0, 10)} ${wall.slice(11, 16)} ${zone ?? 'UTC'}`;
}

/** The team's date of an ISO instant; a `YYYY-MM-DD` date is returned unchanged. */
export function localDateOf(isoOrDate: string, zone: TeamZone): string {
  return isoOrDate.length === 10 ? isoOrDate : localDate(toMs(isoOrDate), zone);
}

/**
 * The first instant of a day on the team's clock, from its UTC-midnight ms (`toMs` of the date):
 * the earliest instant whose wall time has reached that midnight. A day whose midnight a clock
 * change skips starts at the change; days are 23, 24 or 25 hours long.
 */
export function dayStartMs(dayMs: number, zone: TeamZone): number {
  if (zone === undefined) return dayMs;
  const offsets = zoneOffsets(zone);
  // Offsets are within ±14 h, so a day earlier no wall clock has reached the midnight yet; the
  // offset is constant on each segment, so the first segment that reaches it holds the answer.
  let at = dayMs - DAY_MS;
  for (;;) {
    const { offset, until } = offsets.segment(at);
    const start = Math.max(at, dayMs - offset);
    if (start < until) return start;
    at = until;
  }
}

/**
 * When something due on a day becomes late: the next midnight on the team's clock. `day` is a
 * `YYYY-MM-DD` date or its UTC-midnight ms.
 */
export function dayEndMs(day: string | number, zone: TeamZone): number {
  return dayStartMs((typeof day === 'string' ? toMs(day) : day) + DAY_MS, zone);
}
