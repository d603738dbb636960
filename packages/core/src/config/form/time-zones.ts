/** IANA zones this browser knows, for the zone fields' suggestions; engines leave UTC itself out of the list. */
export function knownTimeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? [...zones] : ['UTC', ...zones];
}

/** The zone this browser runs in, e.g. Europe/Berlin; undefined when the engine cannot tell. */
export function browserTimeZone(): string | undefined {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && zone !== 'Etc/Unknown' ? zone : undefined;
}

// UTC+1, UTC+01:00, GMT-05:30, utc+0530: what people write for a fixed offset (UTC+123 is none of them).
const OFFSET = /^(?:UTC|GMT)\s*([+-])\s*(?:(\d{1,2})(?::(\d{2}))?|(\d{2})(\d{2}))$/i;

/**
 * A fixed offset as written in a zone field, in minutes east of UTC: a number, `'unreadable'` for
 * text that starts like an offset but is not one (UTC+1:75), or undefined for anything else (a zone
 * name, left to the core). The range allowed is the core's to judge.
 */
export function readUtcOffset(text: string): number | 'unreadable' | undefined {
  const m = OFFSET.exec(text.trim());
  if (!m) return /^(?:UTC|GMT)\s*[+-]/i.test(text.trim()) ? 'unreadable' : undefined;
  const hours = Number(m[2] ?? m[4]);
  const minutes = Number(m[3] ?? m[5] ?? 0);
  if (minutes >= 60) return 'unreadable';
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** 60 → `UTC+01:00`, -330 → `UTC-05:30`. */
export function formatUtcOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  const two = (n: number) => String(n).padStart(2, '0');
  return `UTC${minutes < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}
