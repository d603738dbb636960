/**
 * Every element shows findings the way people read them: for broken plans, what each element
 * renders (its verdicts, rows and every findings popover opened in turn) holds no schema key, path,
 * unreplaced placeholder or value that never became words, by the core's one check (`notWords`), and
 * no date as the plan stores it (`2026-08-25`): dates read the reader's way.
 */
import { expect, html } from '@open-wc/testing';
import type { Plan } from '@preflight/core';
import { notWords } from '../../../core/src/readiness/words.js';
import { makeApproval, makeMilestone, makePlan } from '../../../core/src/testing/factories.js';
import { atRisk, blocked, NOW, overdue } from '../stories/plans.js';
import '../define/all.js';
import type { PlanElement } from './plan-element.js';
import { mount, parts, until } from './testing.js';

const TAGS = ['preflight-raci', 'preflight-blocker-log', 'preflight-checklist', 'preflight-badge', 'preflight-brief', 'preflight-approvals', 'preflight-timeline', 'preflight-actions'] as const;

/** Late steps, a review long past its SLA and a milestone missed, on top of the stories' broken plans. */
const late: Plan = makePlan({
  id: 'words-late',
  steps: overdue.steps.map((s, i) => (i < 2 ? { ...s, start: '2026-08-01', due: `2026-08-0${5 + i}` } : s)),
  milestones: [makeMilestone({ planned: '2026-08-01' })],
  approvals: [makeApproval({ requestedAt: '2026-08-03T09:00:00Z' })],
  blockers: overdue.blockers,
});
/** A corrective action past its due date, and reporting below its confidence threshold. */
const slipping: Plan = makePlan({
  id: 'words-slipping',
  correctiveActions: [{ id: 'ca-1', action: 'Fix source capture on the event pages', owner: 'RevOps', due: '2026-08-10', status: 'open', source: 'threshold.reporting-confidence' }],
  reporting: { confidence: 80 },
});
const BROKEN: Record<string, Plan> = { blocked, atRisk, overdue, late, slipping };

/** What an element shows, as it reads on the screen (rendered text only, an open popover's included). */
const shown = (el: HTMLElement) => [...el.shadowRoot!.children].map((child) => (child as HTMLElement).innerText ?? '').join('\n');

describe('findings on the screen are in words', () => {
  for (const tag of TAGS) {
    it(`<${tag}> shows every finding of a broken plan in words`, async () => {
      const seen: string[] = [];
      for (const [name, plan] of Object.entries(BROKEN)) {
        const el = await mount<PlanElement>(html`<div></div>`).then(async (host) => {
          const created = document.createElement(tag) as PlanElement;
          created.plan = plan;
          created.now = NOW;
          host.append(created);
          await created.updateComplete;
          return created;
        });
        const texts = [shown(el)];
        const buttons = parts<HTMLButtonElement>(el, 'button:is([part~=findings-button], [part~=verdict], [part~=pill])');
        for (const button of buttons) {
          button.click();
          await until(() => parts(el, '[part~=popover]').some((p) => p.matches(':popover-open')), `${tag}: a popover to open`);
          texts.push(shown(el));
          button.click();
          await el.updateComplete;
        }
        if (buttons.length > 0) seen.push(`${name}: ${buttons.length}`);
        expect(parts(el, '[part~=error]'), `${tag}: the ${name} plan is a valid one`).to.have.length(0);
        for (const text of texts) {
          expect(notWords(text), `${tag} with the ${name} plan`).to.deep.equal([]);
          expect(text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? [], `${tag} with the ${name} plan: stored dates on the screen`).to.deep.equal([]);
        }
      }
      // The check looked at findings: each element explained findings of at least one of the plans.
      expect(seen, `${tag} opened no findings`).to.not.deep.equal([]);
    });
  }
});

describe('dates in findings', () => {
  it('are written the page’s way in a <time> keeping the stored date, while a date in a quoted name stays as typed', async () => {
    const plan: Plan = { ...overdue, id: 'words-dates', blockers: [{ ...overdue.blockers[0]!, title: 'Legal sign-off 2026-08-01 batch' }] };
    const host = await mount<HTMLElement>(html`<div lang="de-DE"></div>`);
    const el = document.createElement('preflight-blocker-log') as PlanElement;
    el.plan = plan;
    el.now = NOW;
    host.append(el);
    await el.updateComplete;
    parts<HTMLButtonElement>(el, 'button[part~=findings-button]')[0]!.click();
    await until(() => parts(el, '[part~=popover]').some((p) => p.matches(':popover-open')), 'the findings popover to open');
    const sentence = parts(el, '.finding p').find((p) => p.textContent!.startsWith('Blocker "'))!;
    expect(sentence.textContent).to.equal('Blocker "Legal sign-off 2026-08-01 batch" was due 12. Aug. and is still open.');
    const times = [...sentence.querySelectorAll('time')].map((t) => [t.dateTime, t.textContent]);
    expect(times).to.deep.equal([['2026-08-12', '12. Aug.']]);
  });
});
