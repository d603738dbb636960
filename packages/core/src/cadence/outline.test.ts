import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeBlocker, makeItem, makePlan, makeStep } from '../testing/factories.js';
import { agenda } from './agenda.js';
import { agendaMarkdown, agendaSections, agendaText, markdownText } from './outline.js';

// 2026-09-07 is a Monday; 2026-09-09 a Wednesday, 2026-09-11 a Friday.
const WED = '2026-09-09';

test('each meeting lists done, blocked, changed and next, then what that day is for', () => {
  const ids = (date: string) => agendaSections(agenda([], date)).map((s) => s.title);
  assert.deepEqual(ids('2026-09-07'), ['Done', 'Blocked', 'Changed', 'Next', 'New requests', 'Capacity this week']);
  assert.deepEqual(ids(WED), ['Done', 'Blocked', 'Changed', 'Next', 'Breached approvals']);
  assert.deepEqual(ids('2026-09-10'), ['Done', 'Blocked', 'Changed', 'Next', 'Approvals waiting']);
  assert.deepEqual(ids('2026-09-11'), ['Done', 'Blocked', 'Changed', 'Next', 'Learnings', 'Recognition']);
});

test('the Markdown agenda of a small plan, line by line', () => {
  const plan = makePlan({
    campaign: { ...makePlan().campaign, name: 'Autumn webinar' },
    steps: [makeStep({ id: 'copy', name: 'Write the copy', doneAt: '2026-09-08T10:00:00Z' })],
    checklist: [makeItem({ id: 'lp', label: 'Landing page QA', owner: 'Marketing ops', due: '2026-09-10' })],
    blockers: [makeBlocker({ id: 'b', title: 'No *final* logo', owner: undefined, due: undefined, severity: 'high', raisedAt: '2026-09-08T09:00:00Z' })],
  });
  const md = agendaMarkdown(agenda([plan], WED), 1);
  assert.equal(
    md,
    [
      '**Wednesday blocker check, 2026-09-09 (sprint 35)**',
      '_What is at risk, breached approvals included; every blocker leaves with an owner and a due date._',
      'Covers 2026-09-08 to 2026-09-09; next meeting 2026-09-10.',
      '',
      '**Done (1)**',
      '- 2026-09-08 step Write the copy (Demand gen lead)',
      '',
      '**Blocked (1)**',
      '- high No \\*final\\* logo: NO OWNER, NO DUE DATE',
      '',
      '**Changed (1)**',
      '- 2026-09-08 blocker No \\*final\\* logo — new blocker',
      '',
      '**Next (1)**',
      '- 2026-09-10 item Landing page QA (Marketing ops)',
      '',
      '**Breached approvals (0)**',
      'Nothing.',
      '',
    ].join('\n'),
  );
});

test('text from a plan cannot make a link, emphasis or HTML in the Markdown, nor break its lines', () => {
  assert.equal(markdownText('[click](https://evil.example) <img src=x> _a_ `b`\nnext'), '\\[click\\](https://evil.example) \\<img src=x\\> \\_a\\_ \\`b\\` next');
  const plan = makePlan({ campaign: { ...makePlan().campaign, name: '**Big** [launch]' }, blockers: [makeBlocker({ title: '<b>x</b>' })] });
  const many = agendaMarkdown(agenda([plan, makePlan({ id: 'other' })], WED), 2);
  assert.ok(many.includes('\n- [\\*\\*Big\\*\\* \\[launch\\]] high \\<b\\>x\\</b\\>: owner Marketing ops, due 2026-08-20 (overdue)\n'), many);
  assert.ok(!many.includes('**Big**'));
  // An underscore inside a word makes no emphasis and stays readable; one at a word's edge is escaped.
  assert.equal(markdownText('2026q3_emea_webinar _launch_'), '2026q3_emea_webinar \\_launch\\_');
});

test('the plain text keeps user text as written', () => {
  const plan = makePlan({ blockers: [makeBlocker({ title: 'No *final* logo', severity: 'high' })] });
  assert.match(agendaText(agenda([plan], WED), 1), /\n {2}- high No \*final\* logo: owner Marketing ops, due /);
});
