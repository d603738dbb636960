/** An agenda laid out for people: its sections in the meeting's order, each line in words, as text or Markdown. */
import type { Agenda, AgendaEntry, BlockedEntry } from './agenda.js';
import type { CapacityEntry, RecognitionEntry } from './sections.js';

export type AgendaSectionId = 'done' | 'blocked' | 'changed' | 'next' | 'requests' | 'capacity' | 'approvals' | 'learnings' | 'recognition';

/** One section of a meeting's agenda, with its records; `entries` is what the section lists. */
export type AgendaSection =
  | { id: 'done' | 'changed' | 'next' | 'requests' | 'approvals' | 'learnings'; title: string; entries: AgendaEntry[] }
  | { id: 'blocked'; title: string; entries: BlockedEntry[] }
  | { id: 'capacity'; title: string; entries: CapacityEntry[] }
  | { id: 'recognition'; title: string; entries: RecognitionEntry[] };

/** The sections of the meeting, in order: done, blocked, changed, next, then what that day's meeting is for. */
export function agendaSections(a: Agenda): AgendaSection[] {
  const kind = a.meeting.kind;
  return [
    { id: 'done', title: 'Done', entries: a.done },
    { id: 'blocked', title: 'Blocked', entries: a.blocked },
    { id: 'changed', title: 'Changed', entries: a.changed },
    { id: 'next', title: 'Next', entries: a.next },
    ...(kind === 'planning'
      ? [
          { id: 'requests', title: 'New requests', entries: a.requests },
          { id: 'capacity', title: 'Capacity this week', entries: a.capacity },
        ] as const
      : []),
    ...(kind === 'blocker-check' ? [{ id: 'approvals', title: 'Breached approvals', entries: a.approvals }] as const : []),
    ...(kind === 'approvals-review' ? [{ id: 'approvals', title: 'Approvals waiting', entries: a.approvals }] as const : []),
    ...(kind === 'review'
      ? [
          { id: 'learnings', title: 'Learnings', entries: a.learnings },
          { id: 'recognition', title: 'Recognition', entries: a.recognition },
        ] as const
      : []),
  ];
}

/** The heading line, the meeting's purpose and the days it covers. */
export function agendaHeading(a: Agenda): { title: string; purpose: string; covers: string } {
  return {
    title: `${a.meeting.title}, ${a.date} (sprint ${a.sprint})`,
    purpose: a.meeting.purpose,
    covers: `Covers ${a.from === a.date ? a.date : `${a.from} to ${a.date}`}; next meeting ${a.until}.`,
  };
}

/** The words of a blocker's owner and due date, loudest when missing. */
export function blockedFlags(b: BlockedEntry): string[] {
  return [b.missingOwner ? 'NO OWNER' : `owner ${b.owner}`, b.missingDue ? 'NO DUE DATE' : `due ${b.due}${b.overdue ? ' (overdue)' : ''}`];
}

const s = (n: number) => (n === 1 ? '' : 's');

/**
 * Each record of a section as one line, with user text passed through `text` (identity for plain
 * text, escaping for Markdown). `many`: the campaign is named on each line.
 */
function sectionLines(section: AgendaSection, many: boolean, text: (value: string) => string): string[] {
  const where = (e: AgendaEntry) => (many ? `[${text(e.campaign)}] ` : '');
  switch (section.id) {
    case 'blocked':
      return section.entries.map((b) => `${where(b)}${b.severity} ${text(b.title)}: ${blockedFlags({ ...b, ...(b.owner ? { owner: text(b.owner) } : {}) }).join(', ')}`);
    case 'capacity':
      return section.entries.map((c) => `${text(c.role)}: ${c.steps} step${s(c.steps)}, ${c.items} item${s(c.items)}`);
    case 'recognition':
      return section.entries.map((r) => `${text(r.who)}: ${r.done} done`);
    default:
      return section.entries.map((e) => `${e.date} ${where(e)}${e.kind} ${text(e.title)}${e.owner ? ` (${text(e.owner)})` : ''}${e.note ? ` — ${text(e.note)}` : ''}`);
  }
}

/** The agenda as plain text, as `preflight agenda` prints it. */
export function agendaText(a: Agenda, planCount: number): string {
  const head = agendaHeading(a);
  const sections = agendaSections(a).flatMap((section) => {
    const lines = sectionLines(section, planCount > 1, (v) => v);
    return [`${section.title} (${lines.length})`, ...(lines.length ? lines.map((l) => `  - ${l}`) : ['  nothing'])];
  });
  return `${[head.title, head.purpose, head.covers, '', ...sections].join('\n')}\n`;
}

/**
 * The characters that make emphasis, code, links or HTML inside a Markdown list item. An underscore
 * inside a word (`2026q3_emea_webinar`) makes no emphasis, so it stays as it is, readable where a
 * paste keeps backslashes (Slack).
 */
const MARKDOWN_SPECIAL = /[\\`*[\]<>~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

/** User text made literal in Markdown: no link, emphasis, HTML or mention can come from a plan. */
export const markdownText = (value: string): string => value.replace(/[\r\n]+/g, ' ').replace(MARKDOWN_SPECIAL, '\\$&');

/**
 * The agenda as Markdown for a Slack message or a Notion page: the meeting in bold, its purpose and
 * the days covered, then each section as a bold line and a bulleted list ("Nothing." when empty).
 * Text from the plans is escaped, so it shows as written.
 */
export function agendaMarkdown(a: Agenda, planCount: number): string {
  const head = agendaHeading(a);
  const sections = agendaSections(a).flatMap((section) => {
    const lines = sectionLines(section, planCount > 1, markdownText);
    return ['', `**${section.title} (${lines.length})**`, ...(lines.length ? lines.map((l) => `- ${l}`) : ['Nothing.'])];
  });
  return `${[`**${head.title}**`, `_${head.purpose}_`, head.covers, ...sections].join('\n')}\n`;
}
