import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { RulesConfig } from '../config/schema.js';
import { sprintIndex } from '../blockers/sprints.js';
import { dayStartMs, localDate, localDateOf } from '../time/team-day.js';
import { daysBetween, toMs } from '../time/instant.js';
import type { Plan } from '../plan/schema.js';
import { isIsoDate, isIsoDateTime } from '../time/iso-dates.js';
import { BLOCKER_SEVERITIES, type BlockerSeverity } from '../plan/vocabulary.js';
import { addDays } from '../time/days.js';
import { roleLabel } from '../raci/people.js';
import { meetingOn, nextMeetingDate, previousMeetingDate, type Meeting } from './meetings.js';
import { capacity, learnings, recognition, requests, waitingApprovals, type CapacityEntry, type RecognitionEntry } from './sections.js';

export type AgendaKind = 'step' | 'item' | 'milestone' | 'blocker' | 'log' | 'approval' | 'campaign';

/** One line of an agenda, about one record of one plan. */
export interface AgendaEntry {
  planId: string;
  campaign: string;
  kind: AgendaKind;
  id: string;
  title: string;
  owner?: string;
  /** The date the entry is about: done, due, raised or logged. */
  date: string;
  /** Why it is worth saying, when it is not obvious: `3 days late`, `no owner`. */
  note?: string;
}

export interface BlockedEntry extends AgendaEntry {
  severity: BlockerSeverity;
  due?: string;
  missingOwner: boolean;
  missingDue: boolean;
  overdue: boolean;
}

export interface Agenda {
  meeting: Meeting;
  /** The meeting's date (the given date, or the next meeting day after it). */
  date: string;
  /** The previous meeting's day: the window covered starts the day after it. */
  since: string;
  /** The first day the window covers (the day after `since`); it runs to `date`, inclusive. */
  from: string;
  /** The next meeting's date; `next` lists what falls due by then. */
  until: string;
  /** Sprint number, counted from the configured anchor. */
  sprint: number;
  done: AgendaEntry[];
  blocked: BlockedEntry[];
  changed: AgendaEntry[];
  next: AgendaEntry[];
  /** Monday: campaigns still in draft. Empty on other days. */
  requests: AgendaEntry[];
  /** Monday: each role's open work due in the week ahead. Empty on other days. */
  capacity: CapacityEntry[];
  /** Wednesday: reviews past their SLA; Thursday: every review waiting for a decision. Empty on other days. */
  approvals: AgendaEntry[];
  /** Friday: post-launch review notes and milestones reached late. Empty on other days. */
  learnings: AgendaEntry[];
  /** Friday: who got things done since the last meeting. Empty on other days. */
  recognition: RecognitionEntry[];
}

// Code-point order: localeCompare would sort differently under each runtime's default locale.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byDate = (a: AgendaEntry, b: AgendaEntry) => cmp(a.date, b.date) || cmp(a.planId, b.planId) || cmp(a.kind, b.kind) || cmp(a.id, b.id);

/**
 * The agenda of the meeting on `date` (`YYYY-MM-DD`, or an ISO instant meaning its date on the
 * team's clock; other days get the next meeting), computed from the plans: what got done since the
 * last meeting, what is blocked, what changed, what is due before the next. Instants (done, raised,
 * resolved, logged) count on the day they fell on the team's clock (`config.timeZone`, else UTC).
 * Pure: the same plans, date and config give the same agenda.
 */
export function agenda(plans: readonly Plan[], date: string, config: RulesConfig = DEFAULT_CONFIG): Agenda {
  const zone = config.timeZone;
  if (!isIsoDate(date) && !isIsoDateTime(date)) throw new RangeError(`date: "${date}" is not a calendar date written YYYY-MM-DD or an ISO 8601 instant`);
  const dateOf = (isoOrDate: string) => localDateOf(isoOrDate, zone);
  const { meeting, date: day } = meetingOn(isIsoDate(date) ? date : localDate(toMs(date), zone));
  const since = previousMeetingDate(day);
  const until = nextMeetingDate(day);
  const inWindow = (d: string) => d > since && d <= day;
  const done: AgendaEntry[] = [];
  const blocked: BlockedEntry[] = [];
  const changed: AgendaEntry[] = [];
  const next: AgendaEntry[] = [];

  for (const plan of plans) {
    const base = { planId: plan.id, campaign: plan.campaign.name };
    // Who, as every element shows it: the role with the person who holds it.
    const who = (role: string) => roleLabel(plan, role);
    const upcoming = (kind: AgendaKind, id: string, title: string, owner: string | undefined, due: string | undefined) => {
      if (!due || due > until) return;
      const late = daysBetween(due, day);
      next.push({ ...base, kind, id, title, ...(owner ? { owner: who(owner) } : {}), date: due, ...(late > 0 ? { note: `${late} day${late === 1 ? '' : 's'} overdue` } : {}) });
    };

    for (const step of plan.steps) {
      const owner = step.raci.accountable.length === 1 ? step.raci.accountable[0] : undefined;
      if (step.doneAt) {
        if (inWindow(dateOf(step.doneAt))) done.push({ ...base, kind: 'step', id: step.id, title: step.name, ...(owner ? { owner: who(owner) } : {}), date: dateOf(step.doneAt) });
      } else upcoming('step', step.id, step.name, owner, step.due);
    }
    for (const item of plan.checklist) {
      if (item.doneAt) {
        const owner = item.doneBy ?? item.owner;
        if (inWindow(dateOf(item.doneAt))) done.push({ ...base, kind: 'item', id: item.id, title: item.label, ...(owner ? { owner: who(owner) } : {}), date: dateOf(item.doneAt) });
      } else upcoming('item', item.id, item.label, item.owner, item.due);
    }
    for (const m of plan.milestones) {
      const owner = m.owner ? { owner: who(m.owner) } : {};
      if (m.actual) {
        if (!inWindow(m.actual)) continue;
        done.push({ ...base, kind: 'milestone', id: m.id, title: m.name, ...owner, date: m.actual });
        const slip = daysBetween(m.planned, m.actual);
        if (slip !== 0) changed.push({ ...base, kind: 'milestone', id: m.id, title: m.name, ...owner, date: m.actual, note: `${Math.abs(slip)} day${Math.abs(slip) === 1 ? '' : 's'} ${slip > 0 ? 'late' : 'early'} (planned ${m.planned})` });
      } else upcoming('milestone', m.id, m.name, m.owner, m.planned);
    }
    for (const b of plan.blockers) {
      const raised = dateOf(b.raisedAt);
      if (raised > day) continue;
      const owner = b.owner ? { owner: who(b.owner) } : {};
      if (b.resolvedAt && dateOf(b.resolvedAt) <= day) {
        if (inWindow(dateOf(b.resolvedAt))) done.push({ ...base, kind: 'blocker', id: b.id, title: b.title, ...owner, date: dateOf(b.resolvedAt), note: 'resolved' });
        continue;
      }
      if (inWindow(raised)) changed.push({ ...base, kind: 'blocker', id: b.id, title: b.title, ...owner, date: raised, note: 'new blocker' });
      const missing = [!b.owner && 'no owner', !b.due && 'no due date'].filter(Boolean).join(', ');
      const overdue = b.due !== undefined && b.due < day;
      blocked.push({
        ...base, kind: 'blocker', id: b.id, title: b.title, ...owner, date: raised, severity: b.severity,
        ...(b.due ? { due: b.due } : {}), missingOwner: !b.owner, missingDue: !b.due, overdue,
        ...(missing || overdue ? { note: [missing, overdue && 'overdue'].filter(Boolean).join(', ') } : {}),
      });
    }
    for (const entry of plan.log ?? []) {
      const at = dateOf(entry.at);
      if (inWindow(at)) changed.push({ ...base, kind: 'log', id: entry.target ? `${entry.target.kind}:${entry.target.id}` : entry.at, title: entry.summary, ...(entry.by ? { owner: who(entry.by) } : {}), date: at });
    }
  }

  // Blockers that need the meeting most come first: missing owner or due, overdue, then by severity.
  const urgency = (b: BlockedEntry) => (b.missingOwner || b.missingDue ? 0 : b.overdue ? 1 : 2);
  blocked.sort((a, b) => urgency(a) - urgency(b) || BLOCKER_SEVERITIES.indexOf(a.severity) - BLOCKER_SEVERITIES.indexOf(b.severity) || byDate(a, b));
  done.sort(byDate);
  changed.sort(byDate);
  // Approvals are judged as the meeting's day begins on the team's clock.
  const dayStart = dayStartMs(toMs(day), zone);
  const kind = meeting.kind;
  return {
    meeting, date: day, since, from: addDays(since, 1), until, sprint: sprintIndex(dayStart, config), done, blocked, changed, next: next.sort(byDate),
    requests: kind === 'planning' ? requests(plans, day).sort(byDate) : [],
    capacity: kind === 'planning' ? capacity(plans, day) : [],
    approvals: kind === 'blocker-check' || kind === 'approvals-review' ? waitingApprovals(plans, dayStart, config, kind === 'blocker-check').sort(byDate) : [],
    learnings: kind === 'review' ? learnings(plans, changed, inWindow, config).sort(byDate) : [],
    recognition: kind === 'review' ? recognition(done) : [],
  };
}
