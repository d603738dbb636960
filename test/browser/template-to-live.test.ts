/**
 * A campaign run in the workspace from each of the five templates to READY, then LIVE (one of them on to
 * COMPLETED), by keyboard alone: Tab and Shift+Tab walks, arrows, Enter and Space, typing. Nothing is
 * clicked, no plan is set and no JSON is edited; shadow roots are read only to assert and to know where
 * the focus is. The one stand-in is the focus put on a section link, which the workspace test proves
 * Tab reaches from the top of the page. A rule that only the file could satisfy fails the walk here.
 */
import { expect } from '@open-wc/testing';
import { createPlanFromTemplate, TEMPLATES, type CampaignType, type Plan } from '@preflight/core';
import type { PreflightChecklist } from '../../packages/components/src/checklist/checklist.js';
import '../../packages/workspace/src/app.js';
import type { PreflightWorkspace } from '../../packages/workspace/src/workspace.js';
import { forgetWorkspaces, loadWorkspaceStyles } from './support/workspace-page.js';
import { press, typeText, until } from '../../packages/components/src/shared/testing.js';

/** Six weeks before the launch below: nothing of the plan is due yet, so the verdict is the work done. */
const NOW = '2026-09-01T09:00:00Z';
const LAUNCH = '2026-10-15';
const EVIDENCE = 'https://docs.example.com/evidence';
const NAMES: Record<CampaignType, string> = {
  webinar: '2026q4_na_event_ai-webinar',
  'product-launch': '2026q4_na_email_product-launch',
  'paid-social': '2026q4_na_paid_social_retargeting',
  'email-nurture': '2026q4_na_email_nurture',
  event: '2026q4_na_event_summit',
  other: '2026q4_na_email_other',
};
const PLANNING_GATES = ['gate-brief-complete', 'gate-message-approved'];
const LAUNCH_GATES = ['gate-legal-brand-review', 'gate-landing-page-qa', 'gate-tracking-validation'];

const databases: string[] = [];

/** The element that has the focus, inside shadow roots. */
function focusedDeep(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}


/** Presses Tab (Shift+Tab with `back`) until the focused element matches; fails naming what was not reached. */
async function tabTo(matches: (el: Element) => boolean, what: string, { back = false, max = 150 } = {}): Promise<Element> {
  for (let presses = 0; presses <= max; presses++) {
    const active = focusedDeep();
    if (active && matches(active)) return active;
    await press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${what}: not reached in ${max} presses of ${back ? 'Shift+Tab' : 'Tab'} (focus on ${nameOf(focusedDeep())})`);
}

const nameOf = (el: Element | null) => (el ? `<${el.localName}${el.id ? `#${el.id}` : ''}> “${(el.textContent ?? '').trim().slice(0, 40)}”` : 'nothing');
const is = (selector: string) => (el: Element) => el.matches(selector);
const named = (name: string) => (el: Element) => el.getAttribute('name') === name;
const button = (text: string) => (el: Element) => el.localName === 'button' && (el.textContent ?? '').replace(/\s+/g, ' ').trim() === text;
/** Inside the section of one widget. */
const within = (widget: string, matches: (el: Element) => boolean) => (el: Element) => {
  const root = el.getRootNode();
  return root instanceof ShadowRoot && root.host.closest(`[data-widget="${widget}"]`) !== null && matches(el);
};

class Walk {
  constructor(readonly el: PreflightWorkspace) {}

  widget(name: string): HTMLElement & { plan?: Plan } {
    const found = this.el.querySelector<HTMLElement & { plan?: Plan }>(`[data-widget="${name}"] > h3 + *`);
    if (!found) throw new Error(`no ${name} section`);
    return found;
  }

  get plan(): Plan {
    const plan = this.widget('brief').plan;
    if (!plan) throw new Error('no plan open');
    return plan;
  }

  inWidget<T extends Element = HTMLElement>(name: string, selector: string): T | null {
    return this.widget(name).shadowRoot?.querySelector<T>(selector) ?? null;
  }

  state(): string | undefined {
    return this.inWidget('brief', '[part=state]')?.dataset.state;
  }

  verdict(): string {
    return this.inWidget('badge', '[part=state]')?.textContent?.trim() ?? '';
  }

  /** A section link's Enter moves the focus to the section: the link itself is reached by Tab from the top (the workspace test counts the presses). */
  async toSection(title: string): Promise<void> {
    const link = [...this.el.querySelectorAll<HTMLAnchorElement>('.section-nav a')].find((a) => a.textContent === title);
    if (!link) throw new Error(`no link to the section ${title}`);
    link.focus();
    await press('Enter');
    expect(document.activeElement?.id, title).to.equal(link.getAttribute('href')!.slice(1));
  }

  /** Waits until every section shows the saved plan after an edit (the edit went through the store). */
  async saved(check: (plan: Plan) => boolean, what: string): Promise<void> {
    const sections = ['badge', 'brief', 'checklist', 'approvals', 'timeline'].map((w) => this.widget(w));
    await until(() => sections.every((w) => w.plan !== undefined && check(w.plan) && w.plan.revision === sections[0]!.plan?.revision), what, 600).catch((error: Error) => {
      // Say what the sections show and what the forms refused, so a failed walk names its step.
      const errors = this.el.querySelectorAll('[data-widget]');
      const shown = [...errors].flatMap((s) => [...(s.querySelector(':scope > h3 + *')?.shadowRoot?.querySelectorAll('[part~=field-error], [role=alert]') ?? [])].map((e) => e.textContent?.trim()));
      throw new Error(`${error.message}; focus on ${nameOf(focusedDeep())}; messages: ${shown.join(' | ') || 'none'}`);
    });
  }

  async createPlan(type: CampaignType): Promise<void> {
    const title = TEMPLATES.find((t) => t.type === type)!.title;
    await press('Tab');
    expect(document.activeElement, 'the first Tab').to.equal(this.el.querySelector('.skip-link'));
    await tabTo(is('details[data-panel=create] > summary'), 'New plan from a template');
    await press('Enter');
    await tabTo(is('#new-type'), 'the template');
    await typeText(title);
    expect(this.el.querySelector<HTMLSelectElement>('#new-type')!.value).to.equal(type);
    await press('Tab');
    await typeText(NAMES[type]);
    await tabTo(is('#new-launchDate'), 'the launch date');
    await typeText(LAUNCH);
    await tabTo(button('Create plan'), 'Create plan');
    await press('Enter');
    await until(() => this.el.querySelector('.plan-title')?.textContent === NAMES[type] && document.activeElement === this.el.querySelector('.plan-title'), 'the new plan open, its title focused', 600);
    await until(() => this.widget('brief').plan?.campaign.name === NAMES[type], 'the new plan in its sections', 600);
    expect(this.plan.campaign.type).to.equal(type);
    expect(this.state()).to.equal('draft');
  }

  /** Answers "who are you" the first time, or changes the role acted as (Change, in the identity line). */
  async actAs(role: string): Promise<void> {
    if (this.el.querySelector('.identity-line')) {
      await this.toSection('Readiness');
      await tabTo(button('Change'), 'Change (who you are)', { back: true });
      await press('Enter');
    } else {
      await tabTo(is('#identity-name'), 'Your name');
      await typeText('Dana Whitfield');
    }
    await tabTo(is('#identity-role'), 'Your role on this plan');
    await typeText(role);
    await tabTo(is('.identity-form button[type=submit]'), 'Save (who you are)');
    await press('Enter');
    await until(() => this.el.querySelector('.identity-line')?.textContent?.includes(`Acting as ${role} (Dana Whitfield)`) ?? false, `acting as ${role}`);
    await until(() => ['brief', 'checklist', 'approvals', 'timeline'].every((w) => (this.widget(w) as HTMLElement & { actor?: string }).actor === role), `every section acting as ${role}`);
  }

  async fillBrief(): Promise<void> {
    await this.toSection('Campaign and brief');
    await tabTo(within('brief', is('[part~=edit-button][data-form=brief]')), 'Edit brief');
    await press('Enter');
    const answers: [string, string][] = [
      ['objective', 'Grow the pipeline from operations leads'],
      ['okr', 'O2: 30% of pipeline from events'],
      ['audience', 'Marketing operations leads at mid-market SaaS companies'],
      ['offer', 'A practical guide and a live Q&A'],
      ['systems', 'HubSpot'],
      ['successMetric', 'Sales-qualified leads'],
      ['successTarget', '40'],
    ];
    for (const [name, text] of answers) {
      await tabTo(within('brief', named(name)), `the brief's ${name}`);
      await typeText(text);
    }
    // Enter in the last one-line field saves the form.
    await press('Enter');
    await this.saved((p) => p.brief.successTarget === '40' && p.brief.systems?.[0] === 'HubSpot', 'the brief saved');
    expect(this.inWidget('brief', '[part=brief-status]')!.dataset.complete).to.equal('true');
  }

  /** Requests a review from the Reviews section: its kind, its step (typed as the list names it) and the gate it backs, if any. */
  async requestReview(kind: string, step: string, gate: boolean): Promise<string> {
    const before = this.plan.approvals.length;
    await this.toSection('Reviews');
    await tabTo(within('approvals', is('[part~=request-button]')), 'Request a review');
    await press('Enter');
    await tabTo(within('approvals', is('#new-kind')), 'the review’s kind');
    await typeText(kind);
    await tabTo(within('approvals', is('#new-stepId')), 'the review’s step');
    await typeText(step);
    if (gate) {
      await tabTo(within('approvals', is('#new-itemId')), 'the gate it backs');
      await press('ArrowDown');
    }
    await tabTo(within('approvals', button('Request')), 'Request');
    await press('Enter');
    await this.saved((p) => p.approvals.length === before + 1, `the ${kind} review requested`);
    const approval = this.plan.approvals.at(-1)!;
    expect(approval.kind).to.equal(kind.toLowerCase());
    expect(this.plan.steps.find((s) => s.id === approval.stepId)?.name).to.equal(step);
    return approval.id;
  }

  /** Approves a review from its Decide button, as the role acted as. */
  async approve(id: string): Promise<void> {
    await this.toSection('Reviews');
    await tabTo(within('approvals', (el) => el.matches('[part~=decide-button]') && el.closest(`[part~=review][data-id="${id}"]`) !== null), `Decide (${id})`);
    await press('Enter');
    expect(focusedDeep()?.getAttribute('name'), 'the first choice focused').to.equal('decision');
    await press('Space');
    await tabTo(within('approvals', button('Record decision')), 'Record decision');
    await press('Enter');
    await this.saved((p) => p.approvals.find((a) => a.id === id)?.decision === 'approved', `${id} approved`);
  }

  /** Links a gate's evidence in its editor, then ticks it. */
  async passGate(id: string): Promise<void> {
    const inItem = (selector: string) => within('checklist', (el) => el.matches(selector) && el.closest(`[part~=item][data-id="${id}"]`) !== null);
    await this.toSection('Launch checklist');
    await tabTo(inItem('[part~=edit-button]'), `Edit (${id})`);
    await press('Enter');
    await tabTo(inItem('[name=evidence]'), `the evidence of ${id}`);
    await typeText(EVIDENCE);
    await press('Enter');
    await this.saved((p) => p.checklist.find((i) => i.id === id)?.evidence === EVIDENCE, `the evidence of ${id} saved`);
    await tabTo(inItem('[part~=checkbox]'), `the checkbox of ${id}`, { back: true });
    await press('Space');
    await this.saved((p) => p.checklist.find((i) => i.id === id)?.doneAt === NOW, `${id} done`);
  }

  /** Moves the campaign on with the brief's lifecycle buttons. */
  async moveTo(state: string): Promise<void> {
    await this.toSection('Campaign and brief');
    const move = within('brief', is(`[part~=move-button][data-to=${state}]`));
    await tabTo(move, `Move to ${state} (the plan needs: ${this.needs(state)})`);
    await press('Enter');
    await this.saved((p) => p.campaign.state === state, `the campaign ${state}`);
    expect(this.state()).to.equal(state);
  }

  needs(state: string): string {
    return [...(this.widget('brief').shadowRoot?.querySelectorAll(`[part~=move-needs][data-to=${state}] li`) ?? [])].map((li) => li.textContent).join('; ');
  }

  /** Records in the timeline the day a milestone was reached: today, typed as the date field takes it. */
  async reachMilestone(id: string): Promise<void> {
    await this.toSection('Timeline');
    await tabTo(within('timeline', (el) => el.matches('[part~=edit-button]') && el.closest(`[part~=milestone][data-id="${id}"]`) !== null), `Edit (${id})`);
    await press('Enter');
    await tabTo(within('timeline', named('actual')), `Reached on (${id})`);
    await typeText('today');
    await press('Enter');
    await this.saved((p) => p.milestones.find((m) => m.id === id)?.actual === NOW.slice(0, 10), `${id} reached`);
  }

  /** Marks a step done with its checkbox in the timeline. */
  async stepDone(id: string): Promise<void> {
    await this.toSection('Timeline');
    await tabTo(within('timeline', (el) => el.matches('[part~=checkbox]') && el.closest(`[part~=step][data-id="${id}"]`) !== null), `the done box of ${id}`);
    await press('Space');
    await this.saved((p) => p.steps.find((s) => s.id === id)?.doneAt === NOW, `${id} done`);
  }

  /** Writes the post-launch review's learnings where the brief's lifecycle offers them. */
  async recordLearnings(text: string): Promise<void> {
    await this.toSection('Campaign and brief');
    await tabTo(within('brief', named('learnings')), 'the learnings');
    await typeText(text);
    await tabTo(within('brief', button('Record learnings')), 'Record learnings');
    await press('Enter');
    await this.saved((p) => (p.log ?? []).some((e) => e.summary.includes(text)), 'the learnings recorded');
  }

  async expectVerdict(verdict: string, what: string): Promise<void> {
    await until(() => this.verdict() === verdict, `${what}: the badge says ${verdict} (it says ${this.verdict()})`, 600).catch(() => {
      const findings = (this.widget('badge') as unknown as { readiness?: { value?: { ok: boolean; readiness?: { findings: { message: string }[] } } } }).readiness?.value?.readiness?.findings ?? [];
      throw new Error(`${what}: the badge says ${this.verdict()}, not ${verdict}: ${findings.map((f) => f.message).join(' | ')}`);
    });
  }
}

async function mountWorkspace(): Promise<PreflightWorkspace> {
  const name = `preflight-template-to-live-${Math.random().toString(36).slice(2)}`;
  databases.push(name);
  // Not a fixture: those are removed after each test, and one walk spans several.
  const el = Object.assign(document.createElement('preflight-workspace') as PreflightWorkspace, { dbName: name, now: NOW, teamConfig: 'data:application/json,null' });
  document.body.append(el);
  await until(() => Boolean(el.querySelector('.plan-list')) && Boolean(el.querySelector('.plan-title')), 'the workspace with the sample open', 600);
  return el;
}

before(loadWorkspaceStyles);
after(() => forgetWorkspaces(databases));

describe('the reason for the verdict, where the verdict is shown', () => {
  let walk: Walk | undefined;
  after(() => {
    walk?.el.remove();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('a plan blocked with every gate done says which finding blocks it, and its link moves the focus to where it is fixed', async () => {
    walk = new Walk(await mountWorkspace());
    await walk.createPlan('event');
    await walk.actAs('Campaign manager');
    for (const item of walk.plan.checklist) {
      await walk.toSection('Launch checklist');
      await tabTo(within('checklist', (el) => el.matches('[part~=checkbox]') && el.closest(`[part~=item][data-id="${item.id}"]`) !== null), `the checkbox of ${item.id}`);
      await press('Space');
      await walk.saved((p) => p.checklist.find((i) => i.id === item.id)?.doneAt === NOW, `${item.id} done`);
    }
    expect(walk.plan.checklist.every((i) => i.doneAt)).to.equal(true);
    await walk.expectVerdict('Blocked', 'every gate done, the brief empty');
    const reasons = () => [...walk!.el.querySelectorAll<HTMLElement>('[data-widget=badge] .verdict-reasons li')];
    await until(() => reasons().length > 0, 'the reasons beside the verdict');
    expect(walk.el.querySelector('[data-widget=badge] .verdict-reasons')!.textContent).to.contain('Blocked because:');
    expect(reasons().map((li) => li.dataset.rule)).to.deep.equal(['brief.complete']);
    expect(reasons()[0]!.textContent).to.contain('The brief does not answer: why, who, what offer, which systems are involved, how success is measured.');
    // The checklist, every gate done, says so and says what blocks it all the same, with a way there.
    const checklistReasons = () => [...(walk!.widget('checklist').shadowRoot?.querySelectorAll<HTMLElement>('[part~=reasons] li') ?? [])];
    await until(() => checklistReasons().length > 0, 'the checklist’s reasons');
    expect(walk.inWidget('checklist', '[part~=reasons]')!.textContent).to.contain('No open gate blocks launch, but it is blocked because:');
    expect(checklistReasons().map((li) => li.dataset.rule)).to.deep.equal(['brief.complete']);
    await walk.toSection('Launch checklist');
    await tabTo(within('checklist', is('[part~=fix-button]')), 'the checklist reason’s Go to where it is fixed');
    await press('Enter');
    expect(document.activeElement?.id).to.equal('w-brief');
    // The badge's findings, opened from its pill, go there too.
    await walk.toSection('Readiness');
    await tabTo(within('badge', is('[part~=pill]')), 'the badge');
    await press('Enter');
    await until(() => Boolean(focusedDeep()?.closest('[part~=popover]')), 'the badge’s findings open, with the focus');
    const fixIt = await tabTo(within('badge', is('[part~=fix-it]')), 'the badge finding’s Go to where it is fixed', { max: 10 });
    expect(fixIt.closest('[data-rule]')?.getAttribute('data-rule')).to.equal('brief.complete');
    await press('Enter');
    expect(document.activeElement?.id).to.equal('w-brief');
    const link = await tabTo(is('[data-widget=badge] .fix-link'), 'the reason’s link', { back: true });
    expect(link.textContent).to.equal('Fix it in Campaign and brief');
    await press('Enter');
    expect(document.activeElement?.id).to.equal('w-brief');
    // From the section the brief's Edit is the next stop but a few: the fix is where the link said.
    await tabTo(within('brief', is('[part~=edit-button][data-form=brief]')), 'Edit brief', { max: 6 });
    await walk.fillBrief();
    await until(() => reasons().every((li) => li.dataset.rule !== 'brief.complete'), 'the brief’s reason gone once it is filled in');
    // The gates were ticked with no evidence: at risk, each named, each fixed in the checklist.
    await walk.expectVerdict('At risk', 'the brief filled in, the gates without evidence');
    expect(walk.el.querySelector('[data-widget=badge] .verdict-reasons')!.textContent).to.contain('At risk because:');
    expect(reasons().map((li) => li.querySelector('.fix-link')?.textContent)).to.include('Fix it in Launch checklist');
  });
});

describe('the checklist on its own, every gate done and the brief empty', () => {
  it('names what blocks it and its fix; with no page to go to, offers no button that goes nowhere', async () => {
    const plan = createPlanFromTemplate('webinar', { name: NAMES.webinar, launchDate: LAUNCH });
    const done = { ...plan, checklist: plan.checklist.map((i) => ({ ...i, doneAt: NOW, doneBy: 'Campaign manager', evidence: EVIDENCE })) };
    const el = Object.assign(document.createElement('preflight-checklist') as PreflightChecklist, { plan: done, now: NOW });
    document.body.append(el);
    try {
      await until(() => Boolean(el.shadowRoot?.querySelector('[part~=reasons]')), 'the reasons');
      const reasons = el.shadowRoot!.querySelector('[part~=reasons]')!;
      expect(reasons.textContent).to.contain('No open gate blocks launch, but it is blocked because:').and.contain('The brief does not answer');
      expect(reasons.querySelectorAll('[part~=fix-button]')).to.have.length(0);
      // The message gate ticked on no approval is a warning: once the brief is done, the checklist names it and goes to it.
      el.plan = { ...done, brief: { objective: 'Grow pipeline', okr: 'O2', audience: 'Ops leads', offer: 'Guide', systems: ['HubSpot'], deadline: LAUNCH, successMetric: 'SQLs', successTarget: '40' } };
      await until(() => el.shadowRoot!.querySelector('[part~=reasons] li')?.getAttribute('data-rule') === 'gate.message-approval', 'the message gate named');
      el.shadowRoot!.querySelector<HTMLElement>('[part~=reasons] [part~=fix-button]')!.focus();
      await press('Enter');
      expect(el.shadowRoot!.activeElement?.id).to.equal('item-gate-message-approved');
    } finally {
      el.remove();
    }
  });
});

describe('from a template to LIVE in the workspace, by keyboard alone', () => {
  it('offers the five templates', () => {
    expect(TEMPLATES.map((t) => t.type)).to.deep.equal(['webinar', 'product-launch', 'paid-social', 'email-nurture', 'event']);
  });

  for (const { type: template, title } of TEMPLATES) {
    describe(title, () => {
      let walk: Walk;
      after(() => {
        walk?.el.remove();
        // The address names the plan that was open; the next walk's workspace starts from its own.
        history.replaceState(null, '', location.pathname + location.search);
      });

      it('is created from the template and briefed', async () => {
        walk = new Walk(await mountWorkspace());
        await walk.createPlan(template);
        await walk.expectVerdict('Blocked', 'a new plan');
        await walk.actAs('Campaign manager');
        await walk.fillBrief();
      });

      it('has its message approved and its planning gates passed: READY', async () => {
        // The message and offer are approved by a brand review on the creative, which the gate rests on.
        const brand = await walk.requestReview('Brand', 'Creative production', true);
        expect(walk.plan.checklist.find((i) => i.id === 'gate-message-approved')?.approvalId).to.equal(brand);
        await walk.approve(brand);
        for (const gate of PLANNING_GATES) await walk.passGate(gate);
        await walk.moveTo('ready');
        await walk.expectVerdict('Ready', 'a ready plan');
      });

      it('gets its launch approval from the launch step’s Accountable: APPROVED', async () => {
        const launch = await walk.requestReview('Launch', 'Launch approval', false);
        await walk.actAs('Marketing director');
        await walk.approve(launch);
        expect(walk.plan.approvals.find((a) => a.id === launch)?.decidedBy).to.equal('Marketing director');
        await walk.moveTo('approved');
        await walk.expectVerdict('Ready', 'an approved plan');
      });

      it('passes the launch gates and tracking QA: LIVE', async () => {
        for (const gate of LAUNCH_GATES) await walk.passGate(gate);
        await walk.reachMilestone('ms-tracking-qa-passed');
        await walk.moveTo('live');
        await walk.expectVerdict('Ready', 'a live plan');
        expect(walk.plan.checklist.filter((i) => i.doneAt).map((i) => i.doneBy)).to.deep.equal(['Campaign manager', 'Campaign manager', 'Marketing director', 'Marketing director', 'Marketing director']);
      });

      if (template === 'webinar') {
        it('does every step, holds its post-launch review and records the learnings: COMPLETED', async () => {
          await walk.actAs('Ops lead');
          for (const step of walk.plan.steps.map((s) => s.id)) await walk.stepDone(step);
          await walk.recordLearnings('Reminders sent the day before doubled attendance');
          const entry = walk.plan.log!.at(-1)!;
          expect(entry).to.deep.equal({ at: NOW, by: 'Ops lead', summary: 'Learnings: Reminders sent the day before doubled attendance', target: { kind: 'step', id: 'performance-review' } });
          await walk.moveTo('completed');
          await walk.expectVerdict('Ready', 'a completed plan');
        });
      }
    });
  }
});
