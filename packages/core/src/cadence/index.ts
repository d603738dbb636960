export { agenda, type Agenda, type AgendaEntry, type AgendaKind, type BlockedEntry } from './agenda.js';
export { MEETINGS, type Meeting, type MeetingKind } from './meetings.js';
export type { CapacityEntry, RecognitionEntry } from './sections.js';
export { agendaHeading, agendaMarkdown, agendaSections, agendaText, blockedFlags, markdownText, type AgendaSection, type AgendaSectionId } from './outline.js';
