import { gateDueDate, type Plan } from '@preflight/core';

/** An all-day event on a plan's calendar. */
interface CalendarEvent {
  /** Stable across requests, so a subscribed calendar updates the event instead of adding one. */
  uid: string;
  date: string;
  summary: string;
  description: string;
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export const escapeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): each continuation starts with a space, and
 * no UTF-8 character is split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = parts.length ? 74 : 75;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (date: string) => date.replace(/-/g, '');
const basicInstant = (at: Date) => at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const nextDay = (date: string) => new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10);

function planEvents(plan: Plan): CalendarEvent[] {
  const name = plan.campaign.name;
  const events: CalendarEvent[] = [];
  const uid = (kind: string, id: string) => `${plan.id}.${kind}.${id}@preflight`;
  if (plan.campaign.launchDate) {
    events.push({ uid: uid('launch', plan.id), date: plan.campaign.launchDate, summary: `Launch: ${name}`, description: `${name} launches${plan.campaign.owner ? `; owner: ${plan.campaign.owner}` : ''}.` });
  }
  if (plan.campaign.endDate) events.push({ uid: uid('end', plan.id), date: plan.campaign.endDate, summary: `Ends: ${name}`, description: `${name} ends.` });
  for (const milestone of plan.milestones) {
    const done = milestone.actual ? ` Reached on ${milestone.actual}.` : '';
    events.push({ uid: uid('milestone', milestone.id), date: milestone.planned, summary: `Milestone: ${milestone.name}`, description: `${name}: milestone planned for ${milestone.planned}${milestone.owner ? `, owner ${milestone.owner}` : ''}.${done}` });
  }
  for (const item of plan.checklist) {
    const due = item.gate ? gateDueDate(item, plan) : undefined;
    if (!due) continue;
    const done = item.doneAt ? ` Done on ${item.doneAt.slice(0, 10)}${item.doneBy ? ` by ${item.doneBy}` : ''}.` : ' Not done yet: it holds the launch.';
    events.push({ uid: uid('gate', item.id), date: due, summary: `Gate due: ${item.label}`, description: `${name}: ${item.label}${item.owner ? `, owner ${item.owner}` : ''}.${done}` });
  }
  return events;
}

/**
 * An RFC 5545 calendar of a plan's launch, end, milestones and gate due dates, as all-day events
 * Google Calendar and Outlook can subscribe to. `stamp` is when it was made (DTSTAMP).
 */
export function planCalendar(plan: Plan, stamp: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Preflight//Team server//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`Preflight: ${plan.campaign.name}`)}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
  ];
  for (const event of planEvents(plan)) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${basicInstant(stamp)}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${basicDate(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
