import { addDays, weekday } from '../time/days.js';

export type MeetingKind = 'planning' | 'blocker-check' | 'approvals-review' | 'review';

export interface Meeting {
  kind: MeetingKind;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  title: string;
  purpose: string;
}

/** The weekly rhythm: plan on Monday, clear blockers on Wednesday, decide approvals on Thursday, review on Friday. */
export const MEETINGS: readonly Meeting[] = [
  { kind: 'planning', weekday: 1, title: 'Monday planning', purpose: 'New requests, capacity and commitments for the week.' },
  { kind: 'blocker-check', weekday: 3, title: 'Wednesday blocker check', purpose: 'What is at risk, breached approvals included; every blocker leaves with an owner and a due date.' },
  { kind: 'approvals-review', weekday: 4, title: 'Thursday approvals review', purpose: 'Every review waiting for a decision, oldest first; each leaves with a decision or a date.' },
  { kind: 'review', weekday: 5, title: 'Friday review', purpose: 'What shipped, what changed, what we learned, who to thank, what is next.' },
];

/** The meeting held on `date`, or the next one after it. */
export function meetingOn(date: string): { meeting: Meeting; date: string } {
  for (let d = 0; d < 7; d++) {
    const day = addDays(date, d);
    const meeting = MEETINGS.find((m) => m.weekday === weekday(day));
    if (meeting) return { meeting, date: day };
  }
  throw new Error('unreachable: every week has a meeting');
}

/** The meeting before the one on `date` (a meeting day). */
export function previousMeetingDate(date: string): string {
  for (let d = 1; d <= 7; d++) {
    const day = addDays(date, -d);
    if (MEETINGS.some((m) => m.weekday === weekday(day))) return day;
  }
  throw new Error('unreachable: every week has a meeting');
}

export function nextMeetingDate(date: string): string {
  return meetingOn(addDays(date, 1)).date;
}
