import { addDays, weekday } from '../calendar/days.js';

export type MeetingKind = 'planning' | 'blocker-check' | 'review';

export interface Meeting {
  kind: MeetingKind;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  title: string;
  purpose: string;
}

/** The weekly rhythm: plan on Monday, clear blockers on Wednesday, review on Friday. */
export const MEETINGS: readonly Meeting[] = [
  { kind: 'planning', weekday: 1, title: 'Monday planning', purpose: 'Requests, capacity and commitments for the week.' },
  { kind: 'blocker-check', weekday: 3, title: 'Wednesday blocker check', purpose: 'What is at risk; every blocker leaves with an owner and a due date.' },
  { kind: 'review', weekday: 5, title: 'Friday review', purpose: 'What shipped, what changed, what we learned, what is next.' },
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
