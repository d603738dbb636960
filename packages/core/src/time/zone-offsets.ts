import { DAY_MS } from './instant.js';

/**
 * UTC offsets of IANA time zones, read from Intl (no tz database of our own). Intl is slow next to
 * arithmetic, so each zone gets one formatter and, per UTC year, one table of the instants its
 * offset changes; an SLA clock then asks for the offset in force without calling Intl again.
 */

/** 400 Gregorian years hold exactly 146,097 days. */
const FOUR_CENTURIES_MS = 146_097 * DAY_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

// Intl also takes offsets such as "+01:00" in some engines; a config should read the same everywhere.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** Whether `name` is an IANA time zone this engine knows, e.g. `Europe/Berlin` or `UTC`. */
export function isTimeZone(name: string): boolean {
  if (!ZONE_NAME.test(name)) return false;
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** Local wall time minus UTC at the instant `ms` (whole seconds), in milliseconds. */
function offsetAt(zone: string, ms: number): number {
  const field = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(zone).formatToParts(ms)) {
    if (part.type in field) field[part.type as keyof typeof field] = Number(part.value);
  }
  // Date.UTC reads years 0–99 as 1900–1999; the Gregorian calendar repeats every 400 years.
  const early = field.year < 100 ? 1 : 0;
  const wall = Date.UTC(field.year + 400 * early, field.month - 1, field.day, field.hour, field.minute, field.second) - early * FOUR_CENTURIES_MS;
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

interface YearTable {
  /** Instants from which `offsets[i]` holds; the first is the year's start. */
  starts: number[];
  offsets: number[];
  /** The next year's start. */
  end: number;
}

/**
 * Probes the offset once per day and bisects to the second where it changes. Two changes within
 * one day that cancel out would go unseen; no zone has had such a day in living memory.
 */
function buildYear(zone: string, year: number): YearTable {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const starts = [start];
  let offset = offsetAt(zone, start);
  const offsets = [offset];
  let at = start;
  while (at < end) {
    const next = Math.min(at + DAY_MS, end);
    if (offsetAt(zone, next) === offset) {
      at = next;
      continue;
    }
    let lo = at;
    let hi = next;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (offsetAt(zone, mid) === offset) lo = mid;
      else hi = mid;
    }
    // A change at the year's end belongs to the next year's table.
    if (hi >= end) break;
    offset = offsetAt(zone, hi);
    starts.push(hi);
    offsets.push(offset);
    at = hi;
  }
  return { starts, offsets, end };
}

/** One zone's offsets, a table per UTC year, built when first asked for. */
class ZoneOffsets {
  private readonly years = new Map<number, YearTable>();
  private last: YearTable | undefined;

  constructor(private readonly zone: string) {}

  /** The offset in force at `ms` and the instant it next may change (a change, or the end of that UTC year). */
  segment(ms: number): { offset: number; until: number } {
    let table = this.last;
    if (!table || ms < table.starts[0]! || ms >= table.end) {
      const year = new Date(ms).getUTCFullYear();
      table = this.years.get(year);
      if (!table) this.years.set(year, (table = buildYear(this.zone, year)));
      this.last = table;
    }
    let i = table.starts.length - 1;
    while (i > 0 && table.starts[i]! > ms) i--;
    return { offset: table.offsets[i]!, until: table.starts[i + 1] ?? table.end };
  }
}

const zones = new Map<string, ZoneOffsets>();

/** The cached offsets of `zone`, which must pass `isTimeZone`. */
export function zoneOffsets(zone: string): ZoneOffsets {
  let offsets = zones.get(zone);
  if (!offsets) zones.set(zone, (offsets = new ZoneOffsets(zone)));
  return offsets;
}
