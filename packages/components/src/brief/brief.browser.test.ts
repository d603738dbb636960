import { expect, html } from '@open-wc/testing';
import { openPlanStore } from '@preflight/core/store';
import type { Plan } from '@preflight/core';
import { makeDoneItem, makeLaunchApproval, makePlan } from '../../../core/src/testing/factories.js';
import '../define/preflight-brief.js';
import type { PreflightBrief } from './brief.js';
import { expectAccessibleInBothThemes, focused, mount, part, parts, press, recordChanges, typeText, until, XSS_NAME } from '../shared/testing.js';

const NOW = '2026-08-28T12:00:00Z';

const render = (plan: unknown, { readonly = false } = {}) => mount<PreflightBrief>(html`<preflight-brief .plan=${plan} now=${NOW} ?readonly=${readonly}></preflight-brief>`);
const planOf = (el: PreflightBrief) => el.plan as Plan;
const draft = (overrides: Partial<Plan> = {}): Plan => {
  const plan = makePlan(overrides);
  plan.campaign.state = 'draft';
  return plan;
};
const control = (el: PreflightBrief, name: string) => part<HTMLInputElement>(el, `form [name=${name}]`);
const errorOf = (el: PreflightBrief, id: string) => parts(el, `#${id}-error`)[0]?.textContent?.trim();

/** Focuses a control and replaces its text by typing, as a person would. */
async function retype(el: PreflightBrief, name: string, text: string): Promise<void> {
  const input = control(el, name);
  input.focus();
  input.select();
  await press('Backspace');
  if (text) await typeText(text);
  await el.updateComplete;
}

/** Opens a form from its button with the keyboard. */
async function openWithKeyboard(el: PreflightBrief, selector: string): Promise<void> {
  part(el, selector).focus();
  await press('Enter');
  await el.updateComplete;
}

describe('<preflight-brief>', () => {
  describe('reading', () => {
    it('shows the campaign and the six questions with their answers, and says the complete brief is complete', async () => {
      const el = await render(makePlan());
      expect(part(el, '[part=campaign-facts]').textContent).to.contain('2026q3_emea_email_product-launch').and.contain('Product launch');
      // Dates as the reader's language writes them, the ISO date kept for machines.
      expect(part(el, '[part=campaign-facts] time').getAttribute('datetime')).to.equal('2026-09-01');
      expect(part(el, '.answer[data-question=deadline] time').getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(parts(el, '.answer').map((a) => a.dataset.question)).to.deep.equal(['why', 'who', 'offer', 'systems', 'deadline', 'success']);
      expect(parts(el, '.answer[data-question=systems] .chip').map((c) => c.textContent)).to.deep.equal(['HubSpot', 'Salesforce']);
      expect(part(el, '[part=brief-status]').dataset.complete).to.equal('true');
      expect(parts(el, '[part~=findings-button]')).to.have.length(0);
    });

    it('lists what a complete brief still needs by the names on screen, with the brief rule’s finding beside it', async () => {
      const plan = makePlan();
      plan.brief = { ...plan.brief, successMetric: '', okr: undefined, systems: [] };
      const el = await render(plan);
      const status = part(el, '[part=brief-status]');
      expect(status.dataset.complete).to.equal('false');
      expect(status.textContent).to.contain('Still to fill in: OKR, Systems, Success metric.');
      const button = part(el, '[part=brief] [part~=findings-button]');
      expect(button.getAttribute('aria-label')).to.equal('Blocked · 1: findings for the brief');
      button.click();
      await el.updateComplete;
      await until(() => Boolean(el.shadowRoot!.querySelector('[data-rule="brief.complete"]')), 'the findings popover');
      expect(part(el, '[data-rule="brief.complete"]').textContent).to.contain('Fill in OKR, Systems, Success metric before sprint planning.');
    });

    it('renders markup typed into any field as text', async () => {
      const plan = makePlan();
      plan.campaign.name = XSS_NAME;
      plan.brief = { ...plan.brief, objective: XSS_NAME, systems: [XSS_NAME], keyResults: [{ id: 'kr-1', name: XSS_NAME, target: 1 }] };
      const el = await render(plan);
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
      expect(part(el, '[part=campaign-facts]').textContent).to.contain(XSS_NAME);
      expect(part(el, '.answer[data-question=why]').textContent).to.contain(XSS_NAME);
      expect(part(el, '[part=key-result] .kr-name').textContent).to.equal(XSS_NAME);
      expect((globalThis as { __preflightXss?: number }).__preflightXss).to.equal(undefined);
    });

    it('offers no edit when readonly', async () => {
      const el = await render(makePlan({ brief: { ...makePlan().brief, keyResults: [{ id: 'kr-1', name: 'Registrations', target: 500 }] } }), { readonly: true });
      expect(parts(el, 'button').map((b) => b.textContent?.trim()).filter((t) => !t?.includes('·'))).to.deep.equal([]);
    });

    it('names the problems of an invalid plan and of a bad config by path instead of failing', async () => {
      const bad = await render({ ...makePlan(), brief: { deadline: '31/08/2026' } });
      expect(part(bad, '[part=error]').textContent).to.contain('brief.deadline');
      const config = await mount<PreflightBrief>(html`<preflight-brief .plan=${makePlan()} .config=${{ raci: { maxConsulted: -1 } }} now=${NOW}></preflight-brief>`);
      expect(config.shadowRoot!.textContent).to.contain('config.raci.maxConsulted');
    });
  });

  describe('the brief form', () => {
    it('opens by keyboard, checks each field with the core as it is typed, and names the problem under the field', async () => {
      const el = await render(draft());
      await openWithKeyboard(el, '[data-form=brief]');
      expect(focused(el)).to.equal(control(el, 'objective'));
      expect(part(el, '[data-form=brief]').getAttribute('aria-expanded')).to.equal('true');
      await retype(el, 'deadline', '2026-02-30');
      expect(errorOf(el, 'brief-deadline')).to.equal('Deadline: February 2026 has 28 days, so “2026-02-30” is not a date');
      expect(control(el, 'deadline').getAttribute('aria-invalid')).to.equal('true');
      expect(control(el, 'deadline').getAttribute('aria-describedby')).to.contain('brief-deadline-error');
      await retype(el, 'deadline', '2026-02-28');
      expect(errorOf(el, 'brief-deadline')).to.equal(undefined);
      await retype(el, 'systems', `HubSpot\n${'x'.repeat(201)}`);
      expect(errorOf(el, 'brief-systems')).to.equal('Systems (one per line): line 2 must be at most 200 characters');
    });

    it('refuses to save a bad value: nothing reaches the plan, the form stays open with what was typed, and focus goes to the field', async () => {
      const el = await render(draft());
      el.lang = 'en-GB';
      const changes = recordChanges(el);
      await openWithKeyboard(el, '[data-form=brief]');
      await retype(el, 'offer', 'A live product tour');
      await retype(el, 'deadline', 'next Friday');
      control(el, 'offer').focus();
      await press('Tab');
      part<HTMLButtonElement>(el, 'form [type=submit]').click();
      await until(() => focused(el) === control(el, 'deadline'), 'focus on the bad field');
      expect(changes).to.have.length(0);
      expect(control(el, 'offer').value).to.equal('A live product tour');
      expect(control(el, 'deadline').value).to.equal('next Friday');
      expect(errorOf(el, 'brief-deadline')).to.equal('Deadline: “next Friday” is not a date; type it as DD/MM/YYYY, for example 30/09/2026');
    });

    it('saves one brief.update per changed field, lists as lists, and returns focus to Edit brief', async () => {
      const plan = draft();
      plan.brief = { ...plan.brief, audience: undefined };
      const el = await render(plan);
      const changes = recordChanges(el);
      await openWithKeyboard(el, '[data-form=brief]');
      await retype(el, 'audience', 'Ops leaders');
      await retype(el, 'systems', 'HubSpot\n\nMarketo');
      await retype(el, 'successTarget', '');
      control(el, 'successMetric').focus();
      await press('Enter');
      await until(() => changes.length === 3, 'three changes');
      expect(changes.map((c) => c.change)).to.deep.equal([
        { type: 'brief.update', field: 'audience', from: null, to: 'Ops leaders' },
        { type: 'brief.update', field: 'systems', from: ['HubSpot', 'Salesforce'], to: ['HubSpot', 'Marketo'] },
        { type: 'brief.update', field: 'successTarget', from: '120', to: null },
      ]);
      expect(planOf(el).brief).to.include({ audience: 'Ops leaders' });
      expect(planOf(el).brief.systems).to.deep.equal(['HubSpot', 'Marketo']);
      expect('successTarget' in planOf(el).brief).to.equal(false);
      await until(() => focused(el) === part(el, '[data-form=brief]'), 'focus back on Edit brief');
      expect(parts(el, '[part=brief-form]')).to.have.length(0);
      expect(part(el, '[part=brief-status]').textContent).to.contain('Still to fill in: Success target.');
    });

    it('rolls a cancelled save back and keeps what was typed in the open form', async () => {
      const el = await render(draft());
      const before = el.plan;
      const changes = recordChanges(el, { cancel: true });
      await openWithKeyboard(el, '[data-form=brief]');
      await retype(el, 'offer', 'A different offer');
      part<HTMLButtonElement>(el, 'form [type=submit]').click();
      await until(() => changes.length === 1, 'the cancelled change');
      await el.updateComplete;
      expect(el.plan).to.equal(before);
      expect(control(el, 'offer').value).to.equal('A different offer');
      expect(parts(el, '[part=brief-form]')).to.have.length(1);
    });

    it('keeps what is being typed when the plan is saved elsewhere meanwhile, and saves it over the new plan', async () => {
      const el = await render(draft());
      const changes = recordChanges(el);
      await openWithKeyboard(el, '[data-form=brief]');
      await retype(el, 'offer', 'Typed here');
      const elsewhere = structuredClone(planOf(el));
      elsewhere.brief.audience = 'Changed elsewhere';
      elsewhere.brief.offer = 'Offer from elsewhere';
      el.plan = elsewhere;
      await el.updateComplete;
      expect(control(el, 'offer').value).to.equal('Typed here');
      part<HTMLButtonElement>(el, 'form [type=submit]').click();
      await until(() => changes.length > 0, 'the save');
      expect(changes.map((c) => c.change)).to.deep.equal([{ type: 'brief.update', field: 'offer', from: 'Offer from elsewhere', to: 'Typed here' }]);
      expect(planOf(el).brief).to.include({ offer: 'Typed here', audience: 'Changed elsewhere' });
    });

    it('closes on Escape without a change, focus back on its button', async () => {
      const el = await render(draft());
      const changes = recordChanges(el);
      await openWithKeyboard(el, '[data-form=brief]');
      await retype(el, 'offer', 'Never saved');
      await press('Escape');
      await until(() => focused(el) === part(el, '[data-form=brief]'), 'focus back');
      expect(changes).to.have.length(0);
      expect(planOf(el).brief.offer).to.equal('Product tour webinar');
    });
  });

  describe('the campaign', () => {
    it('edits name, type, owner and launch date, one campaign.update per changed field; an empty name is asked for', async () => {
      const el = await render(draft());
      el.lang = 'en-GB';
      const changes = recordChanges(el);
      await openWithKeyboard(el, '[data-form=campaign]');
      expect(focused(el)).to.equal(control(el, 'name'));
      expect(control(el, 'launchDate').value).to.equal('01/09/2026', 'the launch date shown as en-GB writes it');
      await retype(el, 'name', '');
      await retype(el, 'launchDate', '2026-9');
      expect(errorOf(el, 'campaign-launchDate')).to.equal('Launch date: “2026-9” has no day; type it as DD/MM/YYYY, for example 30/09/2026');
      part<HTMLButtonElement>(el, 'form [type=submit]').click();
      await until(() => focused(el) === control(el, 'name'), 'focus on the empty name');
      expect(errorOf(el, 'campaign-name')).to.equal('Name: must not be empty');
      expect(changes).to.have.length(0);
      await retype(el, 'name', '2026q4_emea_event_summit');
      await retype(el, 'launchDate', '2026-10-05');
      const type = part<HTMLSelectElement>(el, 'form [name=type]');
      type.value = 'event';
      const owner = part<HTMLSelectElement>(el, 'form [name=owner]');
      owner.value = 'Demand gen lead';
      control(el, 'name').focus();
      await press('Enter');
      await until(() => changes.length === 4, 'four changes');
      expect(changes.map((c) => c.change)).to.deep.equal([
        { type: 'campaign.update', field: 'name', from: '2026q3_emea_email_product-launch', to: '2026q4_emea_event_summit' },
        { type: 'campaign.update', field: 'type', from: 'product-launch', to: 'event' },
        { type: 'campaign.update', field: 'owner', from: 'Campaign manager', to: 'Demand gen lead' },
        { type: 'campaign.update', field: 'launchDate', from: '2026-09-01', to: '2026-10-05' },
      ]);
      expect(planOf(el).campaign).to.include({ name: '2026q4_emea_event_summit', type: 'event', owner: 'Demand gen lead', launchDate: '2026-10-05' });
    });

    it('moves the state only where the core allows and the next definition is met, listing what it still needs otherwise', async () => {
      const plan = draft();
      plan.brief = { ...plan.brief, objective: '' };
      const el = await render(plan);
      expect(parts(el, '[part=move-button]').map((b) => b.dataset.to)).to.deep.equal(['paused', 'cancelled']);
      expect(part(el, '[part=move-needs][data-to=ready]').textContent).to.contain('Before it can be Ready:').and.contain('the brief is incomplete');
      const ready = await render(draft());
      expect(parts(ready, '[part=move-button]').map((b) => b.dataset.to)).to.deep.equal(['ready', 'paused', 'cancelled']);
      expect(parts(ready, '[part=move-needs]')).to.have.length(0);
    });

    it('moves by keyboard with a campaign.state change, and Undo moves it back; a cancelled move changes nothing', async () => {
      const el = await render(draft({ approvals: [makeLaunchApproval()] }));
      const changes = recordChanges(el);
      part(el, '[part=move-button][data-to=ready]').focus();
      await press('Enter');
      await until(() => planOf(el).campaign.state === 'ready', 'the move');
      await until(() => focused(el) === parts(el, '[part=undo] button')[0], 'focus on Undo');
      expect(part(el, '[part=state]').textContent).to.equal('Ready');
      expect(part(el, '[part=undo]').textContent).to.contain('Moved from Draft to Ready.');
      part(el, '[part=move-button][data-to=approved]').click();
      await until(() => planOf(el).campaign.state === 'approved', 'the next move');
      part(el, '[part=undo] button').focus();
      await press('Enter');
      await until(() => planOf(el).campaign.state === 'ready', 'the undo');
      expect(changes.map((c) => c.change)).to.deep.equal([
        { type: 'campaign.state', from: 'draft', to: 'ready' },
        { type: 'campaign.state', from: 'ready', to: 'approved' },
        { type: 'campaign.state', from: 'approved', to: 'ready' },
      ]);

      const cancelled = await render(draft());
      const before = cancelled.plan;
      const refused = recordChanges(cancelled, { cancel: true });
      part(cancelled, '[part=move-button][data-to=ready]').click();
      await cancelled.updateComplete;
      expect(refused).to.have.length(1);
      expect(cancelled.plan).to.equal(before);
      expect(part(cancelled, '[part=state]').textContent).to.equal('Draft');
      expect(parts(cancelled, '[part=undo]')).to.have.length(0);
    });

    it('says what a state it holds without meeting is not met by, and a cancelled campaign goes nowhere', async () => {
      const live = makePlan();
      live.campaign.state = 'live';
      const el = await render(live);
      expect(part(el, '[part=unmet]').textContent).to.contain("no launch approval was given by the launch step's Accountable or its backup");
      expect(part(el, '[part=campaign] [part~=findings-button]').dataset.state).to.equal('blocked');
      const gone = makePlan();
      gone.campaign.state = 'cancelled';
      const cancelled = await render(gone);
      expect(parts(cancelled, '[part=move-button]')).to.have.length(0);
      expect(part(cancelled, '[part=lifecycle]').textContent).to.contain('kept for the record');
    });
  });

  describe('key results', () => {
    it('adds one by keyboard, naming a target that is not a number as it is typed', async () => {
      const el = await render(draft());
      const changes = recordChanges(el);
      await openWithKeyboard(el, '.add-kr');
      expect(focused(el)).to.equal(control(el, 'name'));
      await typeText('Webinar registrations');
      await retype(el, 'target', 'lots');
      expect(errorOf(el, 'kr-new-target')).to.equal('Target: must be a number, e.g. 500');
      await press('Enter');
      await el.updateComplete;
      expect(changes).to.have.length(0);
      expect(control(el, 'name').value).to.equal('Webinar registrations');
      await retype(el, 'target', '1,500');
      await retype(el, 'current', '320');
      await press('Enter');
      await until(() => changes.length === 1, 'the add');
      expect(changes[0]!.change).to.deep.equal({ type: 'keyResult.add', id: 'kr-1', index: 0 });
      expect(planOf(el).brief.keyResults).to.deep.equal([{ id: 'kr-1', name: 'Webinar registrations', target: 1500, current: 320 }]);
      await until(() => focused(el) === part(el, '.add-kr'), 'focus back on Add');
    });

    it('edits a key result field by field and removes one with Undo', async () => {
      const plan = draft();
      plan.brief = { ...plan.brief, keyResults: [{ id: 'kr-1', name: 'Registrations', target: 500, current: 100 }, { id: 'kr-2', name: 'SQLs', target: 60 }] };
      const el = await render(plan);
      const changes = recordChanges(el);
      await openWithKeyboard(el, '[data-kr=kr-1]');
      await retype(el, 'current', '');
      await retype(el, 'target', '600');
      await press('Enter');
      await until(() => changes.length === 2, 'two changes');
      expect(changes.map((c) => c.change)).to.deep.equal([
        { type: 'keyResult.update', id: 'kr-1', field: 'target', from: 500, to: 600 },
        { type: 'keyResult.update', id: 'kr-1', field: 'current', from: 100, to: null },
      ]);
      expect(planOf(el).brief.keyResults![0]).to.deep.equal({ id: 'kr-1', name: 'Registrations', target: 600 });
      await until(() => focused(el) === part(el, '[data-kr=kr-1]'), 'focus back on Edit');

      part(el, '[part=key-result][data-id=kr-1] [part=remove-button]').click();
      await until(() => planOf(el).brief.keyResults!.length === 1, 'the removal');
      await until(() => focused(el) === parts(el, '[part=undo] button')[0], 'focus on Undo');
      await press('Enter');
      await until(() => planOf(el).brief.keyResults!.length === 2, 'the undo');
      expect(planOf(el).brief.keyResults!.map((kr) => kr.id)).to.deep.equal(['kr-1', 'kr-2']);
      expect(changes.slice(2).map((c) => c.change)).to.deep.equal([
        { type: 'keyResult.remove', id: 'kr-1', index: 0 },
        { type: 'keyResult.add', id: 'kr-1', index: 0 },
      ]);
    });
  });

  describe('the post-launch learnings', () => {
    /** A live plan whose review step is done: all that `completed` still needs is the learnings. */
    const reviewed = (): Plan => {
      const plan = makePlan({ approvals: [makeLaunchApproval()], checklist: [makeDoneItem()] });
      plan.campaign.state = 'live';
      plan.steps.find((s) => s.id === 'performance-review')!.doneAt = '2026-08-27T16:00:00Z';
      return plan;
    };
    const renderAs = (plan: Plan, actor?: string) => mount<PreflightBrief>(html`<preflight-brief .plan=${plan} now=${NOW} .actor=${actor}></preflight-brief>`);

    it('are not offered before launch, while the review step is not done', async () => {
      const el = await render(draft());
      expect(parts(el, '[part~=learnings]')).to.have.length(0);
    });

    it('are recorded by keyboard into the log, about the review step, by the actor at now: then the campaign can be completed', async () => {
      const el = await renderAs(reviewed(), 'Ops lead');
      const changes = recordChanges(el);
      expect(part(el, '[part~=move-needs][data-to=completed]').textContent).to.contain('the learnings of the post-launch review are not recorded');
      expect(parts(el, '[part~=move-button][data-to=completed]')).to.have.length(0);
      part(el, '[part~=learnings-form] textarea').focus();
      await typeText('Shorter forms convert better');
      await press('Tab');
      expect(focused(el)?.textContent).to.equal('Record learnings');
      await press('Enter');
      await el.updateComplete;
      const entry = { at: NOW, by: 'Ops lead', summary: 'Learnings: Shorter forms convert better', target: { kind: 'step', id: 'performance-review' } };
      expect(changes.map((c) => c.change)).to.deep.equal([{ type: 'learnings.record', text: 'Shorter forms convert better', at: NOW, by: 'Ops lead' }]);
      expect(planOf(el).log).to.deep.equal([entry]);
      expect(part<HTMLTextAreaElement>(el, '[part~=learnings-form] textarea').value).to.equal('');
      expect(part(el, '[part~=learnings] ul').textContent).to.contain('Learnings: Shorter forms convert better').and.contain('Ops lead');
      expect(part(el, '[part~=learnings] [role=status]').textContent).to.equal('Learnings recorded.');
      part(el, '[part~=move-button][data-to=completed]').focus();
      await press('Enter');
      await el.updateComplete;
      expect(planOf(el).campaign.state).to.equal('completed');
    });

    it('names empty and too long text under the field, keeps what was typed, and records nothing', async () => {
      const el = await renderAs(reviewed(), 'Ops lead');
      const changes = recordChanges(el);
      part(el, '[part~=learnings-form] [type=submit]').focus();
      await press('Enter');
      await el.updateComplete;
      expect(errorOf(el, 'learnings')).to.equal('What did the campaign teach the team?: write what the campaign taught the team');
      expect(focused(el)?.id).to.equal('learnings');
      const long = 'x'.repeat(1990);
      const field = part<HTMLTextAreaElement>(el, '#learnings');
      field.value = long.slice(1);
      await typeText('x');
      await el.updateComplete;
      expect(errorOf(el, 'learnings')).to.equal('What did the campaign teach the team?: must be at most 1989 characters (1990 written)');
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      await press('Tab');
      await press('Enter');
      await el.updateComplete;
      expect(changes).to.have.length(0);
      expect(field.value).to.equal(long);
      expect(planOf(el).log).to.equal(undefined);
    });

    it('a cancelled record is rolled back: no log entry, the text kept in its field', async () => {
      const el = await renderAs(reviewed());
      recordChanges(el, { cancel: true });
      part(el, '#learnings').focus();
      await typeText('Webinars on Tuesdays fill faster');
      part(el, '[part~=learnings-form] [type=submit]').focus();
      await press('Enter');
      await el.updateComplete;
      expect(planOf(el).log).to.equal(undefined);
      expect(part<HTMLTextAreaElement>(el, '#learnings').value).to.equal('Webinars on Tuesdays fill faster');
      expect(parts(el, '[part~=learnings] ul')).to.have.length(0);
    });

    it('renders markup in learnings as text, with nobody named when no actor is a role', async () => {
      const plan = reviewed();
      plan.log = [{ at: NOW, summary: `Learnings: ${XSS_NAME}`, target: { kind: 'step', id: 'performance-review' } }];
      const el = await renderAs(plan, 'Someone else');
      expect(part(el, '[part~=learnings] ul').textContent).to.contain(XSS_NAME).and.contain('nobody named');
      expect(parts(el, '[part~=learnings] img')).to.have.length(0);
      await expectAccessibleInBothThemes(el);
    });
  });

  describe('bound to a store', () => {
    it('saves an edit to IndexedDB with its revision', async () => {
      const name = `preflight-brief-test-${Math.random().toString(36).slice(2)}`;
      const store = await openPlanStore({ name });
      await store.put(draft());
      const el = await mount<PreflightBrief>(html`<preflight-brief plan-id="plan-1" .store=${store} now=${NOW}></preflight-brief>`);
      await until(() => parts(el, '[part=move-button]').length > 0, 'the stored plan');
      part(el, '[part=move-button][data-to=ready]').click();
      await until(() => planOf(el)?.revision === 2, 'the save');
      expect((await store.get('plan-1'))!.campaign.state).to.equal('ready');
      store.close();
      indexedDB.deleteDatabase(name);
    });
  });

  describe('bound to a store, a form that changes several fields', () => {
    it('saves every field: one event each, saved in turn on the revision before, no conflict', async () => {
      const name = `preflight-brief-test-${Math.random().toString(36).slice(2)}`;
      const store = await openPlanStore({ name });
      await store.put(draft({ brief: {} }));
      const el = await mount<PreflightBrief>(html`<preflight-brief plan-id="plan-1" .store=${store} now=${NOW}></preflight-brief>`);
      await until(() => parts(el, '[data-form=brief]').length > 0, 'the stored plan');
      const changes = recordChanges(el);
      await openWithKeyboard(el, '[data-form=brief]');
      await retype(el, 'objective', 'Grow pipeline');
      await retype(el, 'audience', 'Ops leads');
      await retype(el, 'successMetric', 'SQLs');
      await press('Enter');
      await until(() => planOf(el)?.revision === 4, 'the three saves');
      expect(changes.map((c) => c.change.type)).to.deep.equal(['brief.update', 'brief.update', 'brief.update']);
      expect(parts(el, '[part=conflict]')).to.have.length(0);
      const saved = (await store.get('plan-1'))!;
      expect([saved.revision, saved.brief.objective, saved.brief.audience, saved.brief.successMetric]).to.deep.equal([4, 'Grow pipeline', 'Ops leads', 'SQLs']);
      expect(part(el, '[part=answers]').textContent).to.contain('Grow pipeline').and.contain('Ops leads').and.contain('SQLs');
      store.close();
      indexedDB.deleteDatabase(name);
    });
  });

  describe('accessibility', () => {
    it('is axe-clean in both themes, read and with every form open and showing errors', async () => {
      const plan = draft();
      plan.brief = { ...plan.brief, objective: '', keyResults: [{ id: 'kr-1', name: 'Registrations', target: 500 }] };
      const el = await render(plan);
      await expectAccessibleInBothThemes(el);
      await openWithKeyboard(el, '[data-form=brief]');
      await retype(el, 'deadline', 'soon');
      await expectAccessibleInBothThemes(el);
      await press('Escape');
      await openWithKeyboard(el, '[data-form=campaign]');
      await retype(el, 'name', '');
      part<HTMLButtonElement>(el, 'form [type=submit]').click();
      await until(() => Boolean(errorOf(el, 'campaign-name')), 'the name error');
      await expectAccessibleInBothThemes(el);
      await press('Escape');
      await openWithKeyboard(el, '.add-kr');
      await retype(el, 'target', 'x');
      await expectAccessibleInBothThemes(el);
    });

    it('keeps every button and field at least 24px', async () => {
      const el = await render(draft());
      await openWithKeyboard(el, '[data-form=brief]');
      for (const node of parts(el, 'button, input, select, textarea')) {
        const box = node.getBoundingClientRect();
        expect(Math.min(box.width, box.height), node.outerHTML.slice(0, 60)).to.be.at.least(24);
      }
    });
  });
});
