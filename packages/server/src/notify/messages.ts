import type { DigestSection, Notice } from '@preflight/core/notify';
import type { Person } from '@preflight/core/team-config';
import type { Message } from './outbox.js';

const SUBJECTS: Record<Notice['rule'], (notice: Notice) => string> = {
  'approval.sla-warning': () => 'Review due soon',
  escalation: (n) => (n.level === 0 ? `${n.target.startsWith('blocker:') ? 'Overdue blocker' : 'Review past its SLA'}` : `Escalated to level ${n.level}`),
  'blocker.overdue': () => 'Overdue blocker',
  'gate.due-tomorrow': () => 'Gate due tomorrow',
  'verdict.worse': () => 'Readiness got worse',
};

const STATE_WORDS = { ready: 'ready', 'at-risk': 'at risk', blocked: 'blocked' } as const;

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const mentionsOf = (people: readonly Person[]) => people.flatMap((p) => (p.slack ? [p.slack] : []));

/** A notice as a message: the subject names the plan (by its name: the id is no one's word for it), the body says what and for whom. */
export function noticeMessage(notice: Notice, planName: string, people: readonly Person[]): Message {
  const subject = `${SUBJECTS[notice.rule](notice)}: ${planName}`;
  const forWhom = people.length ? `${notice.to} (${people.map((p) => p.name).join(', ')})` : notice.to;
  const text = `${notice.summary}\n\nPlan: ${planName}\nFor: ${forWhom}`;
  const html = `<p>${escapeHtml(notice.summary)}</p>\n<p>Plan: <strong>${escapeHtml(planName)}</strong><br>For: ${escapeHtml(forWhom)}</p>`;
  return { subject, text, html, mentions: mentionsOf(people) };
}

/** A person's daily digest: per plan, its verdict and what their role should act on. */
export function digestMessage(person: Person, date: string, sections: readonly DigestSection[]): Message {
  const subject = `Your Preflight digest for ${date}: ${sections.length} plan${sections.length === 1 ? '' : 's'} need${sections.length === 1 ? 's' : ''} you`;
  const text = [
    `${person.name} (${person.role}), what is yours to act on today:`,
    ...sections.map((s) => `\n${s.planName} is ${STATE_WORDS[s.state]}:\n${s.items.map((item) => `- ${item}`).join('\n')}`),
  ].join('\n');
  const html = [
    `<p>${escapeHtml(person.name)} (${escapeHtml(person.role)}), what is yours to act on today:</p>`,
    ...sections.map((s) => `<h2>${escapeHtml(s.planName)} <small>is ${STATE_WORDS[s.state]}</small></h2>\n<ul>${s.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`),
  ].join('\n');
  return { subject, text, html, mentions: [] };
}
