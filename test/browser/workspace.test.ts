/**
 * The demo workspace `npm start` serves, mounted in the test page on its own IndexedDB database:
 * first-run sample, plans from templates, every widget on one store, JSON export and import, the
 * embed generators (checked against the embed page's own parser and the built embed page), axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { openPlanStore } from '@preflight/core/store';
import { parsePlan, type Plan } from '@preflight/core';
import { makeBlocker, makePlan, makeStep } from '../../packages/core/src/testing/factories.js';
import '../../packages/workspace/src/app.js';
import type { PreflightWorkspace } from '../../packages/workspace/src/workspace.js';
import { settingsKey } from '../../packages/workspace/src/settings-storage.js';
import { parseEmbedHash } from '../../packages/workspace/src/embed/config.js';
import { decodeSnapshot } from '../../packages/workspace/src/embed/snapshot.js';
import { until } from '../../packages/components/src/shared/testing.js';
import { forgetWorkspaces, loadWorkspaceStyles } from './support/workspace-page.js';
import sample from '../../examples/sample-plan.json';

/** Two weeks before the sample's launch: blocked at 70 by a shut gate, an overdue blocker and an SLA breach. */
const NOW = '2026-09-01T09:00:00Z';
const SAMPLE = sample as Plan;

const databases: string[] = [];
const mounted: PreflightWorkspace[] = [];

/** Mounts the workspace on a database no other test uses (a first run, unless `name` is reused). */
async function mountWorkspace(name = `preflight-workspace-test-${Math.random().toString(36).slice(2)}`, now = NOW): Promise<PreflightWorkspace> {
  if (!databases.includes(name)) databases.push(name);
  const el = await fixture<PreflightWorkspace>(html`<preflight-workspace db-name=${name} now=${now} team-config="data:application/json,null"></preflight-workspace>`);
  mounted.push(el);
  await until(() => Boolean(el.querySelector('.plan-list, .sidebar > p')), 'the plan list', 600);
  return el;
}

const $ = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const inShadow = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot?.querySelector<T>(selector) ?? null;
/** The sidebar's team-settings form, inside the settings element's shadow root. */
const settingsForm = (el: PreflightWorkspace): ShadowRoot => {
  // The sidebar keeps its panels closed until asked for: open the settings, as a person would.
  const panel = el.querySelector<HTMLDetailsElement>('details[data-panel=settings]');
  if (panel && !panel.open) panel.open = true;
  return $(el, 'preflight-team-settings').shadowRoot!;
};
const setting = <T extends Element = HTMLElement>(el: PreflightWorkspace, selector: string): T => $<T>(settingsForm(el), selector);
const listed = (el: PreflightWorkspace) => [...el.querySelectorAll('.plan-list .open')].map((b) => b.textContent?.trim());
const widget = (el: PreflightWorkspace, name: string) => $(el, `[data-widget="${name}"] > h3 + *`);
/** Shows one section of the plan page, as its link in the section links does (the page shows one at a time). */
const showSection = async (el: PreflightWorkspace, name: string) => {
  $<HTMLAnchorElement>(el, `.section-nav a[href="#w-${name}"]`).click();
  await el.updateComplete;
};
const badgeText = (el: PreflightWorkspace) => {
  const badge = el.querySelector('[data-widget="badge"] > h3 + *');
  if (!badge) return '';
  return `${inShadow(badge, '[part=state]')?.textContent?.trim()} ${inShadow(badge, '[part=score]')?.textContent?.trim()}`;
};

/** Catches the download link's click (a real one would leave the test page) and reads the file. */
async function catchDownload(action: () => void): Promise<{ name: string; text: string }> {
  const click = HTMLAnchorElement.prototype.click;
  let caught: { name: string; text: Promise<string> } | undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    caught = { name: this.download, text: fetch(this.href).then((r) => r.text()) };
  };
  try {
    action();
    await until(() => caught !== undefined, 'the download');
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  return { name: caught!.name, text: await caught!.text };
}

/** Picks a file in a file input the way the browser's dialog does. */
function chooseFile(input: HTMLInputElement, name: string, text: string): void {
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Opens a closed part of the sidebar (import, team server, settings, new plan) as a click on its summary does. */
async function openPanel(el: PreflightWorkspace, name: string): Promise<void> {
  const panel = $<HTMLDetailsElement>(el, `details[data-panel="${name}"]`);
  if (!panel.open) panel.querySelector('summary')!.click();
  await until(() => panel.open, `the ${name} panel open`);
}

function setField(el: HTMLInputElement | HTMLSelectElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

before(loadWorkspaceStyles);

afterEach(async () => {
  for (const el of mounted.splice(0)) el.remove();
  history.replaceState(null, '', location.pathname + location.search);
  await emulateMedia({ colorScheme: 'light' });
});

after(() => forgetWorkspaces(databases));

describe('the demo workspace', () => {
  it('seeds the sample plan on the first run, opens it, and does not bring it back once deleted', async () => {
    const name = `preflight-workspace-test-seed-${Math.random().toString(36).slice(2)}`;
    const first = await mountWorkspace(name);
    expect(listed(first)).to.deep.equal([SAMPLE.campaign.name]);
    await until(() => first.querySelector('.plan-title')?.textContent === SAMPLE.campaign.name, 'the sample to open');
    expect($(first, '.store-status').textContent).to.contain('saved in this browser');
    first.remove();

    const store = await openPlanStore({ name });
    await store.delete(SAMPLE.id);
    store.close();
    const again = await mountWorkspace(name);
    expect(listed(again)).to.deep.equal([]);
    expect($(again, '.sidebar > p').textContent).to.contain('No plans yet');
  });

  it('seeds the sample slid to the present: opened later, it is as far from its launch and judged the same', async () => {
    const name = `preflight-workspace-test-later-${Math.random().toString(36).slice(2)}`;
    databases.push(name);
    const later = await fixture<PreflightWorkspace>(html`<preflight-workspace db-name=${name} now="2026-11-23T09:00:00Z"></preflight-workspace>`);
    mounted.push(later);
    await until(() => badgeText(later) !== '' && !badgeText(later).includes('undefined'), 'the badge of the sample');
    const store = await openPlanStore({ name });
    const seeded = await store.get(SAMPLE.id);
    store.close();
    // 83 days after the day the sample was written for, so its launch moved 83 days too.
    expect(seeded?.campaign.launchDate).to.equal('2026-12-07');
    expect(seeded?.blockers[0]?.raisedAt).to.equal('2026-11-05T09:00:00Z');
    const onTime = await mountWorkspace();
    await until(() => badgeText(onTime) !== '' && !badgeText(onTime).includes('undefined'), 'the badge of the sample');
    expect(badgeText(later)).to.equal(badgeText(onTime));
  });

  it('creates a plan from a template, and names the fields of a bad name or date', async () => {
    const el = await mountWorkspace();
    const form = $<HTMLFormElement>(el, 'form.create');
    setField($(form, '#new-type'), 'email-nurture');
    $<HTMLInputElement>(form, '#new-name').value = '   ';
    $<HTMLInputElement>(form, '#new-launchDate').value = '9999-12-30';
    form.requestSubmit();
    await until(() => el.querySelectorAll('.field-error').length === 2, 'the field problems');
    expect($(el, '#new-name-error').textContent).to.contain('Campaign name: must be a non-blank name');
    expect($(el, '#new-launchDate-error').textContent).to.contain('past 9999-12-31');
    expect($(el, '#new-name').getAttribute('aria-invalid')).to.equal('true');
    expect(listed(el)).to.have.length(1);

    // The launch date is the product's one date field: a date that does not exist is named as typed, and kept.
    $<HTMLInputElement>(el, '#new-launchDate').value = '2026-02-31';
    $<HTMLFormElement>(el, 'form.create').requestSubmit();
    await until(() => $(el, '#new-launchDate-error').textContent?.includes('“2026-02-31”') ?? false, 'the impossible date named as typed');
    expect($(el, '#new-launchDate-error').textContent).to.match(/^Launch date: /);
    expect($<HTMLInputElement>(el, '#new-launchDate').value).to.equal('2026-02-31');
    expect(listed(el)).to.have.length(1);

    $<HTMLInputElement>(el, '#new-name').focus();
    $<HTMLInputElement>(el, '#new-name').value = '';
    await sendKeys({ type: '2026q4_na_email_nurture' });
    $<HTMLInputElement>(el, '#new-launchDate').value = '2026-10-20';
    $<HTMLFormElement>(el, 'form.create').requestSubmit();
    await until(() => listed(el).includes('2026q4_na_email_nurture'), 'the new plan in the list');
    expect(el.querySelectorAll('.field-error')).to.have.length(0);
    await until(() => el.querySelector('.plan-title')?.textContent === '2026q4_na_email_nurture', 'the new plan to open');
    expect($(el, '.sr-status').textContent).to.equal('Created 2026q4_na_email_nurture.');
    const saved = (await (await openPlanStore({ name: databases.at(-1)! })).list()).find((p) => p.name === '2026q4_na_email_nurture');
    expect(saved).to.include({ launchDate: '2026-10-20' });
  });

  it('opens a plan with all four widgets on one store: an edit in any of them shows in the others', async () => {
    const el = await mountWorkspace();
    await until(() => badgeText(el) === 'Blocked 70', 'the badge of the sample plan', 600);
    const [badge, checklist, blockers, raci] = ['badge', 'checklist', 'blocker-log', 'raci'].map((w) => widget(el, w));
    expect([badge, checklist, blockers, raci].map((w) => w!.localName)).to.deep.equal(['preflight-badge', 'preflight-checklist', 'preflight-blocker-log', 'preflight-raci']);
    const verdict = () => inShadow(checklist!, '[part=verdict]')?.dataset.state;
    const listBadge = () => inShadow($(el, '.plan-list preflight-badge'), '[part=score]')?.textContent?.trim();
    await until(() => verdict() === 'blocked' && listBadge() === '70', 'the checklist verdict and the list badge');
    // Each save reaches every widget before the next edit, as it does for a person between two clicks.
    const revisions = () => [badge, checklist, blockers, raci].map((w) => (w as unknown as { plan?: Plan }).plan?.revision);
    await until(() => revisions().every((r) => r !== undefined && r === revisions()[0]), 'every widget on the stored plan');
    let revision = revisions()[0]!;
    const nextRevision = () => until(() => revisions().every((r) => r === revision + 1), `every widget on revision ${revision + 1}`).then(() => revision++);

    // Resolve the overdue blocker in the blocker log (its rows are virtualized: show its section and bring it into view).
    await showSection(el, 'blocker-log');
    blockers!.scrollIntoView();
    await until(() => Boolean(inShadow(blockers!, '[data-id="blk-speaker-deck"] [part=action]')), 'the blocker row', 600);
    inShadow<HTMLButtonElement>(blockers!, '[data-id="blk-speaker-deck"] [part=action]')!.click();
    await until(() => badgeText(el) === 'Blocked 75' && listBadge() === '75', 'the badges after resolving the blocker');
    await nextRevision();

    // Check the shut gate in the checklist: nothing blocks the launch any more (ticked without an approval record, "message approved" is a warning).
    inShadow<HTMLInputElement>(checklist!, '[part~=item][data-id="gate-message-approved"] [part=checkbox]')!.click();
    await until(() => badgeText(el) === 'At risk 85' && verdict() === 'at-risk', 'the badge after checking the gate');
    await nextRevision();

    // Clear the step's only Accountable in the RACI grid, with the keyboard.
    const accountable = SAMPLE.roles.indexOf(SAMPLE.steps[0]!.raci.accountable[0]!) + 1;
    await showSection(el, 'raci');
    raci!.scrollIntoView();
    const cell = () => inShadow<HTMLElement>(raci!, `[data-r="1"][data-c="${accountable}"]`);
    await until(() => cell()?.textContent?.trim() === 'A', 'the Accountable cell');
    cell()!.focus();
    await sendKeys({ press: 'Delete' });
    await until(() => badgeText(el) === 'Blocked 65' && verdict() === 'blocked', 'the badge after clearing the Accountable');
    await nextRevision();

    const store = await openPlanStore({ name: databases.at(-1)! });
    const saved = (await store.get(SAMPLE.id))!;
    store.close();
    expect(saved.blockers[0]).to.include({ status: 'resolved', resolvedAt: NOW });
    expect(saved.checklist.find((i) => i.id === 'gate-message-approved')).to.include({ doneAt: NOW });
    expect(saved.steps[0]!.raci.accountable).to.deep.equal([]);
  });

  it('places a section for the brief, the timeline and the reviews in campaign order, each showing the open plan from the same store', async () => {
    const el = await mountWorkspace();
    await until(() => badgeText(el) === 'Blocked 70', 'the badge of the sample plan', 600);
    expect([...el.querySelectorAll<HTMLElement>('.widgets > [data-widget]')].map((s) => s.dataset.widget)).to.deep.equal(['badge', 'brief', 'raci', 'timeline', 'checklist', 'approvals', 'blocker-log', 'actions']);
    const [brief, timeline, approvals] = ['brief', 'timeline', 'approvals'].map((w) => widget(el, w));
    expect([brief, timeline, approvals].map((w) => w!.localName)).to.deep.equal(['preflight-brief', 'preflight-timeline', 'preflight-approvals']);
    await until(() => Boolean(inShadow(brief!, '[part=campaign-facts]') && inShadow(timeline!, '[part~=step]') && inShadow(approvals!, '[part~=review]')), 'the three sections on the plan', 600);
    expect(inShadow(brief!, '[part=campaign-facts]')!.textContent).to.contain(SAMPLE.campaign.name);
    expect([...timeline!.shadowRoot!.querySelectorAll<HTMLElement>('[part~=step]')].map((s) => s.dataset.id)).to.have.members(SAMPLE.steps.map((s) => s.id));
    expect([...approvals!.shadowRoot!.querySelectorAll<HTMLElement>('[part~=review]')].map((r) => r.dataset.id)).to.deep.equal(SAMPLE.approvals.map((a) => a.id));
    const sections = ['badge', 'brief', 'raci', 'timeline', 'checklist', 'approvals', 'blocker-log'].map((w) => widget(el, w) as unknown as { plan?: Plan });
    const revisions = () => sections.map((w) => w.plan?.revision);
    await until(() => revisions().every((r) => r !== undefined && r === revisions()[0]), 'every section on the stored plan');
    const first = revisions()[0]!;
    const score = () => Number(inShadow(widget(el, 'badge'), '[part=score]')?.textContent?.trim());

    // Clear the success metric in the brief, by keyboard: the brief is no longer complete, and every section judges the saved plan.
    inShadow(brief!, '[data-form=brief]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => Boolean(inShadow(brief!, 'form [name=successMetric]')), 'the brief form');
    const metric = inShadow<HTMLInputElement>(brief!, 'form [name=successMetric]')!;
    metric.focus();
    metric.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Enter' });
    await until(() => revisions().every((r) => r === first + 1), 'every section on the brief’s save');
    expect(inShadow(brief!, '[part=brief-status]')!.textContent).to.contain('Still to fill in: Success metric.');
    await until(() => score() < 70, 'the badge judging the incomplete brief');
    expect(sections.every((w) => w.plan?.brief.successMetric === undefined || w.plan.brief.successMetric === '')).to.equal(true);

    // Mark a step done in the timeline: the brief and the reviews are on the plan it saved.
    inShadow<HTMLInputElement>(timeline!, '[part~=step][data-id="creative-production"] [part=checkbox]')!.click();
    await until(() => revisions().every((r) => r === first + 2), 'every section on the timeline’s save');
    for (const w of sections) expect(w.plan!.steps.find((s) => s.id === 'creative-production')?.doneAt).to.equal(NOW);
    const store = await openPlanStore({ name: databases.at(-1)! });
    const saved = (await store.get(SAMPLE.id))!;
    store.close();
    expect(saved.brief.successMetric ?? '').to.equal('');
    expect(saved.steps.find((s) => s.id === 'creative-production')?.doneAt).to.equal(NOW);
  });

  it('asks who you are once, and signs what you do with your role: a gate checked records it as done-by', async () => {
    const name = `preflight-workspace-test-identity-${Math.random().toString(36).slice(2)}`;
    const el = await mountWorkspace(name);
    await until(() => Boolean(el.querySelector('.identity-form')), 'the question');
    expect($(el, '#identity-heading').textContent).to.equal('Who are you?');
    $<HTMLButtonElement>(el, '.identity-form button[type=submit]').click();
    await until(() => Boolean(el.querySelector('#identity-name-error')), 'the name refused');
    expect($(el, '#identity-name-error').textContent).to.equal('Your name: write the name your team knows you by');
    expect($(el, '#identity-role-error').textContent).to.equal('Your role on this plan: choose one of the plan’s roles');
    expect(document.activeElement).to.equal($(el, '#identity-name'));
    expect([...$<HTMLSelectElement>(el, '#identity-role').options].slice(1).map((o) => o.value)).to.deep.equal(SAMPLE.roles);

    $<HTMLInputElement>(el, '#identity-name').value = 'Dana Whitfield';
    $<HTMLSelectElement>(el, '#identity-role').value = 'Marketing ops';
    $<HTMLButtonElement>(el, '.identity-form button[type=submit]').click();
    await until(() => Boolean(el.querySelector('.identity-line')), 'the answer');
    expect($(el, '.identity-line').textContent).to.contain('Acting as Marketing ops (Dana Whitfield)');
    await until(() => (widget(el, 'checklist') as HTMLElement & { actor?: string }).actor === 'Marketing ops', 'the actor on the widgets');
    for (const w of ['badge', 'brief', 'raci', 'timeline', 'checklist', 'approvals', 'blocker-log']) expect((widget(el, w) as HTMLElement & { actor?: string }).actor, w).to.equal('Marketing ops');

    const checklist = widget(el, 'checklist');
    const open = SAMPLE.checklist.find((i) => i.doneAt === undefined)!;
    const box = () => checklist.shadowRoot?.querySelector<HTMLInputElement>(`[part~=item][data-id="${open.id}"] input[data-action=toggle]`);
    await until(() => Boolean(box()), `the checkbox of “${open.label}”`);
    box()!.click();
    const store = await openPlanStore({ name });
    let doneBy: string | undefined;
    for (let tries = 0; tries < 200 && doneBy === undefined; tries++) {
      doneBy = (await store.get(SAMPLE.id))?.checklist.find((i) => i.id === open.id)?.doneBy;
      if (doneBy === undefined) await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    store.close();
    expect(doneBy).to.equal('Marketing ops');

    el.remove();
    const again = await mountWorkspace(name);
    await until(() => Boolean(again.querySelector('.identity-line')), 'the answer kept');
    expect(again.querySelector('.identity-form')).to.equal(null);
  });

  it('renames, duplicates and deletes a plan, each with Undo that gives the plan back as it was', async () => {
    const el = await mountWorkspace();
    await until(() => el.querySelector('.plan-title')?.textContent === SAMPLE.campaign.name, 'the sample to open');
    const action = (label: string) => [...el.querySelectorAll<HTMLButtonElement>('.plan-actions button')].find((b) => b.textContent?.trim() === label)!;
    const undo = async (text: string) => {
      await until(() => el.querySelector('.undo-notice')?.textContent?.includes(text) ?? false, `the notice “${text}”`);
      [...el.querySelectorAll<HTMLButtonElement>('.undo-notice button')].find((b) => b.textContent === 'Undo')!.click();
    };

    action('Rename').click();
    await until(() => document.activeElement?.id === 'rename-name', 'the name field focused');
    $<HTMLInputElement>(el, '#rename-name').value = '   ';
    $<HTMLButtonElement>(el, '#rename-form button[type=submit]').click();
    await until(() => Boolean(el.querySelector('#rename-error')), 'the empty name refused');
    expect($(el, '#rename-error').textContent).to.equal('Campaign name: must not be empty');
    $<HTMLInputElement>(el, '#rename-name').value = 'Autumn webinar, renamed';
    $<HTMLButtonElement>(el, '#rename-form button[type=submit]').click();
    await until(() => el.querySelector('.plan-title')?.textContent === 'Autumn webinar, renamed', 'the new name');
    expect(listed(el)).to.deep.equal(['Autumn webinar, renamed']);
    await undo(`Renamed “${SAMPLE.campaign.name}” to “Autumn webinar, renamed”.`);
    await until(() => el.querySelector('.plan-title')?.textContent === SAMPLE.campaign.name, 'the old name back');

    action('Duplicate').click();
    await until(() => el.querySelector('.plan-title')?.textContent === `${SAMPLE.campaign.name} (copy)`, 'the copy opened');
    expect(listed(el)).to.have.members([SAMPLE.campaign.name, `${SAMPLE.campaign.name} (copy)`]);
    await undo('a copy of');
    await until(() => listed(el).length === 1 && el.querySelector('.plan-title')?.textContent === SAMPLE.campaign.name, 'the copy gone, the original open');

    action('Delete from this device').click();
    await until(() => listed(el).length === 0, 'the plan deleted');
    await undo(`Deleted “${SAMPLE.campaign.name}” from this device.`);
    await until(() => el.querySelector('.plan-title')?.textContent === SAMPLE.campaign.name, 'the plan back');
    expect(new URLSearchParams(location.hash.slice(1)).get('plan')).to.equal(SAMPLE.id);
    expect(badgeText(el)).to.not.equal('');
  });

  it('has a section for corrective actions, and a finding about an action or the reporting figures goes there to be fixed', async () => {
    const el = await mountWorkspace();
    await until(() => badgeText(el) === 'Blocked 70', 'the badge of the sample plan', 600);
    const actions = widget(el, 'actions');
    expect(actions.localName).to.equal('preflight-actions');
    await until(() => Boolean(inShadow(actions, '[part~=empty]')), 'the corrective actions section');
    for (const finding of [
      { ruleId: 'action.overdue', target: { kind: 'action', id: 'ca-1' } },
      { ruleId: 'threshold.reporting-confidence', target: { kind: 'campaign', id: SAMPLE.id } },
    ]) {
      (document.activeElement as HTMLElement | null)?.blur();
      const fix = new CustomEvent('preflight-fix', { detail: { finding }, bubbles: true, composed: true, cancelable: true });
      widget(el, 'badge').dispatchEvent(fix);
      expect(fix.defaultPrevented, finding.ruleId).to.equal(true);
      await el.updateComplete;
      expect(document.activeElement?.id, finding.ruleId).to.equal('w-actions');
      expect($(el, '[data-widget=actions]').hidden, 'its section shown').to.equal(false);
    }
  });

  it('reaches every section of the plan from the top of the page in a few key presses: the skip link, then the section links', async () => {
    const name = `preflight-workspace-test-keys-${Math.random().toString(36).slice(2)}`;
    const titles = ['Readiness', 'Campaign and brief', 'RACI', 'Timeline', 'Launch checklist', 'Reviews', 'Blockers', 'Corrective actions', 'Share and embed'];
    for (const title of titles) {
      // A page just opened: the first Tab starts from the top.
      const el = await mountWorkspace(name);
      await until(() => el.querySelector('.plan-title')?.textContent === SAMPLE.campaign.name && Boolean(el.querySelector('.section-nav')), 'the plan and its section links');
      const link = [...el.querySelectorAll<HTMLAnchorElement>('.section-nav a')].find((a) => a.textContent === title)!;
      expect(link, title).to.not.equal(undefined);
      let presses = 0;
      const press = async (key: string) => {
        presses++;
        await sendKeys({ press: key });
      };
      await press('Tab');
      expect(document.activeElement, 'the first Tab').to.equal($(el, '.skip-link'));
      await press('Enter');
      expect(document.activeElement).to.equal($(el, '#plan-main'));
      while (document.activeElement !== link && presses < 20) await press('Tab');
      await press('Enter');
      expect(document.activeElement?.id, title).to.equal(link.getAttribute('href')!.slice(1));
      // Tab to the skip link, Enter, a Tab per section link before it, Enter: a few more than there are sections.
      expect(presses, `presses to ${title}`).to.be.at.most(titles.length + 6);
      el.remove();
    }
  });

  it('exports every plan as one JSON file', async () => {
    const el = await mountWorkspace();
    const exportButton = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Export all plans (JSON)')!;
    const file = await catchDownload(() => exportButton.click());
    expect(file.name).to.match(/^preflight-plans-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(file.text) as { format: string; plans: Plan[] };
    expect(json.format).to.equal('preflight-plans');
    expect(json.plans.map((p) => p.id)).to.deep.equal([SAMPLE.id]);
    expect(parsePlan(json.plans[0]).ok).to.equal(true);
    await until(() => $(el, '.exchange-status').textContent === 'Exported 1 plan.', 'the export message');
  });

  it('reports a bad record by index and path, and imports the valid ones only when asked', async () => {
    const el = await mountWorkspace();
    const good = makePlan({ id: 'imported-a', campaign: { ...makePlan().campaign, name: 'Imported A' } });
    const other = makePlan({ id: 'imported-b', campaign: { ...makePlan().campaign, name: 'Imported B' } });
    const bad = makePlan({ id: 'imported-bad', steps: [makeStep({ id: '' })] });
    const file = { format: 'preflight-plans', version: 1, exportedAt: '2026-08-20T09:00:00Z', plans: [good, bad, other] };
    chooseFile($(el, '#import-file'), 'plans.json', JSON.stringify(file));

    await until(() => Boolean(el.querySelector('.import-report')), 'the import report');
    const report = $(el, '.import-report');
    expect(report.textContent).to.contain('Nothing was imported yet');
    expect(report.textContent).to.match(/Record 1:\s*plans\[1\]\.steps\[0\]\.id/);
    expect(listed(el)).to.deep.equal([SAMPLE.campaign.name]);

    const importValid = [...report.querySelectorAll('button')].find((b) => b.textContent === 'Import the 2 valid plans')!;
    importValid.click();
    await until(() => listed(el).length === 3, 'the imported plans in the list');
    expect(listed(el)).to.have.members([SAMPLE.campaign.name, 'Imported A', 'Imported B']);
    expect($(el, '.exchange-status').textContent).to.equal('Imported 2 plans; 1 bad record skipped.');
    await until(() => el.querySelector('.plan-title')?.textContent === 'Imported A', 'the first imported plan to open');
  });

  describe('a plan that differs from the saved one', () => {
    /** The sample as a teammate edited it: renamed, one blocker re-owned, one blocker added; and a plan new here. */
    const theirs = (): Plan => ({
      ...SAMPLE,
      campaign: { ...SAMPLE.campaign, name: 'Their edit' },
      blockers: [...SAMPLE.blockers.map((b, i) => (i === 0 ? { ...b, owner: 'Designer' } : b)), makeBlocker({ id: 'b-from-file', title: 'Venue unconfirmed' })],
    });
    const fresh = makePlan({ id: 'imported-fresh', campaign: { ...makePlan().campaign, name: 'Fresh from the file' } });

    async function importAndCompare(el: PreflightWorkspace): Promise<HTMLDialogElement> {
      const file = { format: 'preflight-plans', version: 1, exportedAt: '2026-08-20T09:00:00Z', plans: [theirs(), fresh] };
      await openPanel(el, 'import');
      chooseFile($(el, '#import-file'), 'plans.json', JSON.stringify(file));
      await until(() => Boolean(el.querySelector('.import-conflicts')), 'the plans to compare');
      await until(() => listed(el).includes('Fresh from the file'), 'the plan new here imported at once');
      expect($(el, '.exchange-status').textContent).to.equal('Imported 1 plan; 1 to compare.');
      expect($(el, '.import-conflicts').textContent).to.contain('1 plan in the file differs from the one saved here');
      const compare = [...el.querySelectorAll<HTMLButtonElement>('.import-conflicts button')].find((b) => b.textContent === 'Compare…')!;
      compare.focus();
      await sendKeys({ press: 'Enter' });
      const dialog = $<HTMLDialogElement>(el, 'dialog.import-compare');
      await until(() => dialog.open, 'the comparison dialog');
      const rows = [...dialog.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
      expect(rows).to.deep.include(['Campaign · name', SAMPLE.campaign.name, 'Their edit']);
      expect(rows).to.deep.include([`Blocker “${SAMPLE.blockers[0]!.title}” · owner`, SAMPLE.blockers[0]!.owner ?? 'empty', 'Designer']);
      expect(rows.some((r) => r[0] === 'Blocker “Venue unconfirmed” (only in the file)' && r[1] === 'not there')).to.equal(true);
      return dialog;
    }
    const choose = (dialog: HTMLDialogElement, label: string) => [...dialog.querySelectorAll('button')].find((b) => b.textContent === label)!.click();
    let dbName = '';
    const saved = async (id: string) => (await openPlanStore({ name: dbName })).get(id);

    it('keeps mine: nothing saved changes', async () => {
      dbName = `preflight-workspace-test-${Math.random().toString(36).slice(2)}`;
      const el = await mountWorkspace(dbName);
      choose(await importAndCompare(el), 'Keep mine');
      await until(() => !el.querySelector('.import-conflicts'), 'the conflict settled');
      expect($(el, '.exchange-status').textContent).to.equal(`Kept “${SAMPLE.campaign.name}” as saved.`);
      const plan = await saved(SAMPLE.id);
      expect(plan?.campaign.name).to.equal(SAMPLE.campaign.name);
      expect(plan?.blockers).to.deep.equal(SAMPLE.blockers);
      expect(listed(el)).to.have.members([SAMPLE.campaign.name, 'Fresh from the file']);
    });

    it("takes the file's: mine stays in the list as a copy, exportable", async () => {
      dbName = `preflight-workspace-test-${Math.random().toString(36).slice(2)}`;
      const el = await mountWorkspace(dbName);
      choose(await importAndCompare(el), "Take the file's");
      await until(() => listed(el).length === 3 && listed(el).includes('Their edit'), 'the file\u2019s plan and the set-aside copy in the list');
      const copyName = listed(el).find((n) => n?.includes('(before import'))!;
      expect(copyName.startsWith(`${SAMPLE.campaign.name} (before import `)).to.equal(true);
      expect((await saved(SAMPLE.id))?.campaign.name).to.equal('Their edit');
      const file = await catchDownload(() => $(el, '.exchange button').click());
      const plans = (JSON.parse(file.text) as { plans: Plan[] }).plans;
      const copy = plans.find((p) => p.campaign.name === copyName)!;
      expect(copy.blockers).to.deep.equal(SAMPLE.blockers);
      expect(copy.brief).to.deep.equal(SAMPLE.brief);
    });

    it('takes both: what the file adds, mine where both changed the same thing', async () => {
      dbName = `preflight-workspace-test-${Math.random().toString(36).slice(2)}`;
      const el = await mountWorkspace(dbName);
      choose(await importAndCompare(el), 'Take both');
      await until(() => !el.querySelector('.import-conflicts'), 'the conflict settled');
      expect($(el, '.exchange-status').textContent).to.match(/^Took both for “.+”: 1 addition from the file, 2 of yours kept where both differ\.$/);
      const plan = (await saved(SAMPLE.id))!;
      expect(plan.campaign.name).to.equal(SAMPLE.campaign.name);
      expect(plan.blockers.map((b) => b.id)).to.deep.equal([...SAMPLE.blockers.map((b) => b.id), 'b-from-file']);
      expect(plan.blockers[0]!.owner).to.equal(SAMPLE.blockers[0]!.owner);
      expect(listed(el)).to.have.members([SAMPLE.campaign.name, 'Fresh from the file']);
    });
  });

  it('follows a workspace link pasted into the open page: the plan it names opens without a reload', async () => {
    const name = `preflight-workspace-test-${Math.random().toString(36).slice(2)}`;
    databases.push(name);
    const store = await openPlanStore({ name });
    await store.put(makePlan({ id: 'plan-a', campaign: { ...makePlan().campaign, name: 'A plan' } }), { baseRevision: 0 });
    await store.put(makePlan({ id: 'plan-b', campaign: { ...makePlan().campaign, name: 'B plan' } }), { baseRevision: 0 });
    store.close();
    const before = location.hash;
    try {
      history.replaceState(null, '', '#plan=plan-a');
      const el = await mountWorkspace(name);
      await until(() => el.querySelector('.plan-title')?.textContent === 'A plan', 'the plan the address names');
      location.hash = '#plan=plan-b';
      await until(() => el.querySelector('.plan-title')?.textContent === 'B plan', 'the plan the pasted link names');
      location.hash = '#plan=plan-a';
      await until(() => el.querySelector('.plan-title')?.textContent === 'A plan', 'back to the first plan');
      // A link may name the section to show; choosing a section puts it in the address.
      location.hash = '#plan=plan-b&section=raci';
      await until(() => el.querySelector('.plan-title')?.textContent === 'B plan' && !$(el, '[data-widget=raci]').hidden, 'the section the link names');
      expect($(el, '[data-widget=brief]').hidden).to.equal(true);
      await showSection(el, 'timeline');
      expect(location.hash).to.equal('#plan=plan-b&section=timeline');
      await showSection(el, 'brief');
      expect(location.hash, 'the first section is the address without one').to.equal('#plan=plan-b');
    } finally {
      history.replaceState(null, '', before || location.pathname + location.search);
    }
  });

  it('says which file is not JSON, importing nothing', async () => {
    const el = await mountWorkspace();
    chooseFile($(el, '#import-file'), 'notes.json', '{ "plans": [');
    await until(() => Boolean(el.querySelector('.exchange .field-error')), 'the file error');
    expect($(el, '.exchange .field-error').textContent).to.contain('notes.json is not valid JSON');
    expect(listed(el)).to.have.length(1);
  });

  it('gives every control of its own at least a 24 × 24 px target', async () => {
    const el = await mountWorkspace();
    await until(() => shareUrl(el).includes('#widget='), 'the embed URL', 600);
    const small = [...el.querySelectorAll<HTMLElement>('button, a[href], input:not([type=hidden]), select, textarea, summary')]
      .map((c) => ({ c, box: c.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
      .map(({ c, box }) => `${c.localName} “${(c.textContent ?? '').trim() || c.id}” ${Math.round(box.width)}×${Math.round(box.height)}`);
    expect(small).to.deep.equal([]);
  });

  describe('team settings', () => {
    /** Picks an hour in one of the business-hours selects, as a person would. */
    const chooseHour = (el: PreflightWorkspace, selector: string, hour: string) => {
      const select = setting<HTMLSelectElement>(el, selector);
      select.value = hour;
      select.dispatchEvent(new Event('change'));
    };
    const newName = () => `preflight-workspace-test-settings-${Math.random().toString(36).slice(2)}`;
    /** A database holding only `plan`, so the workspace opens it (no sample is seeded). */
    async function withPlan(plan: Plan): Promise<string> {
      const name = newName();
      databases.push(name);
      const store = await openPlanStore({ name });
      await store.put(plan, { baseRevision: 0 });
      store.close();
      return name;
    }
    const save = (el: PreflightWorkspace) => setting<HTMLButtonElement>(el, '[part=save-button]').click();
    const typeInto = async (el: PreflightWorkspace, selector: string, text: string) => {
      const input = setting<HTMLInputElement>(el, selector);
      input.focus();
      input.select();
      await sendKeys({ press: 'Backspace' });
      if (text) await sendKeys({ type: text });
    };
    /** A row of the blocker log, brought into view first: its rows are virtualized against the page's scroll. */
    const blockerRow = (el: PreflightWorkspace, id: string) => {
      el.querySelector<HTMLAnchorElement>('.section-nav a[href="#w-blocker-log"]:not([aria-current])')?.click();
      const log = el.querySelector('[data-widget="blocker-log"] > h3 + *');
      log?.scrollIntoView();
      return log ? inShadow(log, `[data-id="${id}"]`) : null;
    };

    // 20:00 UTC on 1 September is already 06:00 on 2 September in Sydney (AEST, UTC+10).
    const LATE = '2026-09-01T20:00:00Z';
    const dueToday = makePlan({ id: 'tz-plan', blockers: [makeBlocker({ id: 'blk-tz', due: '2026-09-01', raisedAt: '2026-08-25T09:00:00Z' })] });

    it('sets the team time zone: a blocker due on a day that has ended in Sydney turns overdue, and stays so after a reload', async () => {
      const name = await withPlan(dueToday);
      const el = await mountWorkspace(name, LATE);
      await until(() => blockerRow(el, 'blk-tz')?.dataset.overdue === 'false', 'the blocker, on time in UTC', 600);

      await typeInto(el, '#timeZone', 'Australia/Sydney');
      save(el);
      await until(() => blockerRow(el, 'blk-tz')?.dataset.overdue === 'true', 'the blocker, overdue in Sydney');
      expect(blockerRow(el, 'blk-tz')!.textContent).to.contain('Overdue');
      expect(setting(el, '[part=status]').textContent).to.contain('saved');
      expect(JSON.parse(localStorage.getItem(settingsKey(name))!)).to.deep.equal({ version: 1, config: { timeZone: 'Australia/Sydney' } });
      el.remove();

      const again = await mountWorkspace(name, LATE);
      await until(() => blockerRow(again, 'blk-tz')?.dataset.overdue === 'true', 'the blocker, overdue after the reload', 600);
      expect(setting<HTMLInputElement>(again, '#timeZone').value).to.equal('Australia/Sydney');
    });

    it('fills in this browser’s time zone from the keyboard, and refuses an unknown zone naming it', async () => {
      const el = await mountWorkspace();
      const button = [...settingsForm(el).querySelectorAll('button')].find((b) => b.textContent === 'Use my time zone') as HTMLButtonElement;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => setting<HTMLInputElement>(el, '#timeZone').value !== '', 'the zone filled in');
      expect(setting<HTMLInputElement>(el, '#timeZone').value).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
      expect(Intl.supportedValuesOf('timeZone').length).to.be.greaterThan(100);
      expect(settingsForm(el).querySelectorAll('#zones option').length).to.be.greaterThan(100);

      await typeInto(el, '#timeZone', 'Mars/Olympus_Mons');
      save(el);
      await until(() => Boolean(settingsForm(el).querySelector('#timeZone-error')), 'the zone problem');
      expect(setting(el, '#timeZone-error').textContent).to.contain('Team time zone: "Mars/Olympus_Mons" is not a known IANA time zone');
      expect(setting(el, '#timeZone').getAttribute('aria-invalid')).to.equal('true');
      expect(settingsForm(el).activeElement?.id).to.equal('timeZone');
      expect(localStorage.getItem(settingsKey(databases.at(-1)!))).to.equal(null);
    });

    it('refuses every bad threshold with its message, focuses the first and saves nothing; a good consulted limit changes the verdicts at once', async () => {
      const name = await withPlan(makePlan({ id: 'consulted-plan' }));
      const el = await mountWorkspace(name);
      await until(() => badgeText(el) !== '' && !badgeText(el).includes('undefined'), 'the badge', 600);
      const before = badgeText(el);
      expect(before).to.match(/^Ready/);
      const raciVerdicts = () => [...(widget(el, 'raci').shadowRoot?.querySelectorAll<HTMLElement>('[part=verdict]') ?? [])].map((v) => v.dataset.state);
      await until(() => raciVerdicts().length === makePlan().steps.length, 'the RACI rows');
      expect(new Set(raciVerdicts())).to.deep.equal(new Set(['ok']));

      await typeInto(el, '#sprintLength', '99');
      await typeInto(el, '#maxConsulted', '-1');
      await typeInto(el, '#legalSla', '');
      save(el);
      await until(() => settingsForm(el).querySelectorAll('[part=field-error]').length === 3, 'the three problems');
      expect(setting(el, '#legalSla-error').textContent?.trim()).to.equal('Legal review SLA: is required (expected number)');
      expect(setting(el, '#maxConsulted-error').textContent?.trim()).to.equal('Consulted limit: must be ≥ 0');
      expect(setting(el, '#sprintLength-error').textContent?.trim()).to.equal('Sprint length: must be ≤ 56');
      for (const id of ['legalSla', 'maxConsulted', 'sprintLength']) {
        expect(setting(el, `#${id}`).getAttribute('aria-invalid'), id).to.equal('true');
        expect(setting(el, `#${id}`).getAttribute('aria-describedby'), id).to.contain(`${id}-error`);
      }
      expect(settingsForm(el).activeElement?.id).to.equal('legalSla');
      expect(setting(el, '[part=status]').textContent).to.contain('Nothing was saved');
      expect(localStorage.getItem(settingsKey(name))).to.equal(null);
      expect(badgeText(el)).to.equal(before);

      await typeInto(el, '#legalSla', '72');
      await typeInto(el, '#maxConsulted', '1');
      await typeInto(el, '#sprintLength', '14');
      save(el);
      // Every default step consults two roles: over a limit of one, each is a warning.
      await until(() => badgeText(el).startsWith('At risk'), 'the badge at risk');
      expect(settingsForm(el).querySelectorAll('[part=field-error]')).to.have.length(0);
      expect(setting(el, '#maxConsulted').getAttribute('aria-invalid')).to.equal('false');
      await until(() => raciVerdicts().every((v) => v === 'at-risk'), 'every RACI row at risk');
      expect(JSON.parse(localStorage.getItem(settingsKey(name))!)).to.deep.equal({
        version: 1,
        config: { approvals: { slaHours: { legal: 72 } }, raci: { maxConsulted: 1 }, sprint: { lengthDays: 14 } },
      });
    });

    it('counts in business hours on a fixed offset, refuses an end before the start, and stays accessible with them shown', async () => {
      const name = newName();
      const el = await mountWorkspace(name);
      const on = setting<HTMLInputElement>(el, '#businessHours');
      on.focus();
      await sendKeys({ press: 'Space' });
      await until(() => Boolean(settingsForm(el).querySelector('#businessStart')), 'the business hours fields');
      chooseHour(el, '#businessStart', '18');
      chooseHour(el, '#businessEnd', '9');
      save(el);
      await until(() => Boolean(settingsForm(el).querySelector('#businessEnd-error')), 'the hours problem');
      expect(setting(el, '#businessEnd-error').textContent?.trim()).to.equal('Work ends at: must be after startHour (18)');
      expect(settingsForm(el).activeElement?.id).to.equal('businessEnd');
      expect(localStorage.getItem(settingsKey(name))).to.equal(null);

      chooseHour(el, '#businessStart', '8');
      chooseHour(el, '#businessEnd', '16');
      setting<HTMLInputElement>(el, 'input[name=businessDays][value="5"]').click(); // Friday off
      await typeInto(el, '#businessZone', 'UTC+01:00');
      save(el);
      await until(() => localStorage.getItem(settingsKey(name)) !== null, 'the saved settings');
      expect(JSON.parse(localStorage.getItem(settingsKey(name))!).config).to.deep.equal({
        approvals: { businessHours: { startHour: 8, endHour: 16, days: [1, 2, 3, 4], utcOffsetMinutes: 60 } },
      });
      await until(() => shareUrl(el).includes('config='), 'the embed URL with the settings', 600);
      const small = [...settingsForm(el).querySelectorAll<HTMLElement>(':is(button, input, select, textarea)')]
        .map((c) => ({ c, box: c.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ c, box }) => `${c.id || c.getAttribute('value')} ${Math.round(box.width)}×${Math.round(box.height)}`);
      expect(small).to.deep.equal([]);
      for (const colorScheme of ['light', 'dark'] as const) {
        await emulateMedia({ colorScheme });
        await expect(el).to.be.accessible();
      }
    });

    for (const [what, stored, path] of [
      ['a value the rules refuse', JSON.stringify({ version: 1, config: { raci: { maxConsulted: 'lots' } } }), 'config.raci.maxConsulted'],
      ['text that is not JSON', '{"version":1,"config":{"timeZ', '(root)'],
    ] as const) {
      it(`shows a notice for saved settings holding ${what}, judges by the defaults and keeps the plans`, async () => {
        const name = newName();
        localStorage.setItem(settingsKey(name), stored);
        const el = await mountWorkspace(name);
        await until(() => badgeText(el) === 'Blocked 70', 'the sample judged by the default rules', 600);
        expect(listed(el)).to.deep.equal([SAMPLE.campaign.name]);
        const notice = $(el, '.settings-notice');
        expect(notice.getAttribute('role')).to.equal('alert');
        expect(notice.textContent).to.contain('could not be read, so every widget uses the default rules').and.contain(path);
        expect(setting<HTMLInputElement>(el, '#maxConsulted').value).to.equal('3');

        save(el);
        await until(() => !el.querySelector('.settings-notice'), 'the notice to go once saved');
        expect(JSON.parse(localStorage.getItem(settingsKey(name))!)).to.deep.equal({ version: 1, config: {} });
      });
    }
  });

  describe('embed generators', () => {
    let site = '';
    before(async () => {
      ({ origin: site } = await executeServerCommand<{ origin: string }, undefined>('site-server'));
    });

    const snippet = (el: PreflightWorkspace) => $<HTMLTextAreaElement>(el, '#share-snippet').value;

    it('makes Notion URLs whose hash the embed page parses back to the same widget, theme and source', async () => {
      const el = await mountWorkspace();
      await until(() => shareUrl(el).includes('#widget=checklist&data='), 'the snapshot URL', 600);
      setField($(el, '#share-theme'), 'dark');
      await until(() => shareUrl(el).includes('theme=dark'), 'the dark URL');
      const snapshot = parseEmbedHash(new URL(shareUrl(el)).hash);
      if (!snapshot.ok) throw new Error(JSON.stringify(snapshot.problems));
      expect(snapshot.config).to.deep.include({ widget: 'checklist', theme: 'dark', readonly: true });
      if (snapshot.config.source.kind !== 'snapshot') throw new Error(`a snapshot source, not ${snapshot.config.source.kind}`);
      const decoded = await decodeSnapshot(snapshot.config.source.data);
      expect(decoded.ok && (decoded.value as Plan).id).to.equal(SAMPLE.id);

      setField($(el, '#share-widget'), 'raci');
      setField($(el, '#share-source'), 'store');
      await until(() => shareUrl(el).includes('widget=raci&plan='), 'the store URL');
      expect(parseEmbedHash(new URL(shareUrl(el)).hash)).to.deep.equal({ ok: true, config: { widget: 'raci', theme: 'dark', readonly: false, source: { kind: 'store', planId: SAMPLE.id } } });

      setField($(el, '#share-source'), 'url');
      await el.updateComplete;
      setField($(el, '#share-src'), 'https://intranet.example.com/preflight/plans.json');
      await until(() => shareUrl(el).includes('src='), 'the src URL');
      const fromUrl = parseEmbedHash(new URL(shareUrl(el)).hash);
      expect(fromUrl.ok && fromUrl.config.source).to.deep.equal({ kind: 'url', url: 'https://intranet.example.com/preflight/plans.json', planId: SAMPLE.id });
    });

    it('offers the brief, the timeline and the reviews, each in the Notion URL and the intranet snippet', async () => {
      const el = await mountWorkspace();
      await until(() => shareUrl(el).includes('#widget=checklist&data='), 'the snapshot URL', 600);
      expect([...$<HTMLSelectElement>(el, '#share-widget').options].map((o) => o.value)).to.include.members(['brief', 'approvals', 'timeline']);
      for (const [name, tag] of [['brief', 'preflight-brief'], ['approvals', 'preflight-approvals'], ['timeline', 'preflight-timeline']] as const) {
        setField($(el, '#share-widget'), name);
        await until(() => shareUrl(el).includes(`#widget=${name}&data=`) && snippet(el).includes(`<${tag} `), `the ${name} URL and snippet`);
        const parsed = parseEmbedHash(new URL(shareUrl(el)).hash);
        expect(parsed.ok && parsed.config.widget).to.equal(name);
        const page = new DOMParser().parseFromString(snippet(el), 'text/html');
        expect(page.querySelector(tag)!.hasAttribute('readonly')).to.equal(true);
      }
    });

    it('carries the team settings that differ from the defaults in the URL and both snippets', async () => {
      const el = await mountWorkspace();
      await until(() => shareUrl(el).includes('data='), 'the snapshot URL', 600);
      expect(shareUrl(el)).not.to.contain('config=');
      for (const [id, value] of [['timeZone', 'Australia/Sydney'], ['maxConsulted', '2']] as const) {
        const input = setting<HTMLInputElement>(el, `#${id}`);
        input.value = value;
        input.dispatchEvent(new Event('input'));
      }
      setting<HTMLButtonElement>(el, '[part=save-button]').click();
      await until(() => shareUrl(el).includes('config='), 'the URL with the settings');
      const rules = { timeZone: 'Australia/Sydney', raci: { maxConsulted: 2 } };
      // Compact and readable: only the changes, with no escaping of braces, colons or slashes.
      expect(shareUrl(el)).to.contain('&config={%22timeZone%22:%22Australia/Sydney%22,%22raci%22:{%22maxConsulted%22:2}}');
      const parsed = parseEmbedHash(new URL(shareUrl(el)).hash);
      expect(parsed.ok && parsed.config.rules).to.deep.equal(rules);
      expect($(el, '#share-rules').textContent).to.contain('timeZone, raci.maxConsulted');
      await until(() => snippet(el).includes('.config = '), 'the snapshot snippet with the settings');
      expect(JSON.parse(/\.config = (.*);\n/.exec(snippet(el))![1]!)).to.deep.equal(rules);

      setField($(el, '#share-snippet-mode'), 'store');
      await until(() => snippet(el).includes(' persist'), 'the store snippet');
      const page = new DOMParser().parseFromString(snippet(el), 'text/html');
      const bound = page.querySelector('preflight-checklist')!;
      expect(bound.getAttribute('plan-id')).to.equal(SAMPLE.id);
      const script = [...page.querySelectorAll('script')].find((s) => !s.src)!.textContent!;
      expect(script).to.contain(`document.getElementById(${JSON.stringify(bound.id)}).config = `);
      expect(JSON.parse(/\.config = (.*);\n/.exec(script)![1]!)).to.deep.equal(rules);
    });

    it('refuses a base that is not a web address, says so, and keeps links on this page\u2019s address', async () => {
      const el = await mountWorkspace();
      await until(() => shareUrl(el).includes('data='), 'the snapshot URL', 600);
      const here = new URL('./', location.href).href;
      setField($(el, '#share-base'), 'javascript:alert(1)//');
      await until(() => $(el, '#share-base-problem').textContent !== '', 'the base problem');
      expect($(el, '#share-base-problem').textContent).to.contain('is not a web address');
      expect($(el, '#share-base').getAttribute('aria-invalid')).to.equal('true');
      expect(shareUrl(el).startsWith(`${here}embed.html#`)).to.equal(true);
      setField($(el, '#share-base'), here);
      await until(() => $(el, '#share-base-problem').textContent === '', 'the problem to clear');
    });

    it('makes a snapshot URL that the built embed page shows, from the address set as the base', async () => {
      const el = await mountWorkspace();
      await until(() => shareUrl(el).includes('data='), 'the snapshot URL', 600);
      setField($(el, '#share-base'), `${site}/`);
      await until(() => shareUrl(el).startsWith(`${site}/embed.html#`), 'the URL on the site');
      const url = shareUrl(el);
      const frame = document.createElement('iframe');
      frame.title = 'Preflight widget';
      frame.src = url;
      document.body.append(frame);
      try {
        const view = await executeServerCommand<{ state: string; text: string; timedOut?: boolean }, { url: string }>('site-frame', { url });
        expect(view.timedOut, view.text).to.equal(undefined);
        expect(view.state).to.equal('ready');
        expect(view.text).to.contain('Read-only snapshot').and.contain(SAMPLE.checklist[0]!.label);
      } finally {
        frame.remove();
      }
    });

    it('suggests frame heights measured at Notion\u2019s default and full widths that hold the embed page without a scroll bar', async () => {
      const el = await mountWorkspace();
      await until(() => shareUrl(el).includes('data='), 'the snapshot URL', 600);
      setField($(el, '#share-base'), `${site}/`);
      await until(() => shareUrl(el).startsWith(`${site}/embed.html#`), 'the URL on the site');
      await until(() => /high in a page of default width or \d+ px high in a full-width page/.test($(el, '#share-height').textContent!.replace(/\s+/g, ' ')), 'both heights');
      const said = [...$(el, '#share-height').querySelectorAll('strong')].map((s) => Number.parseInt(s.textContent!, 10));
      const url = shareUrl(el);
      for (const [i, width] of [700, 1280].entries()) {
        const frame = document.createElement('iframe');
        frame.title = 'Preflight widget';
        frame.style.cssText = `width:${width}px;height:${said[i]}px;border:0;display:block`;
        frame.src = url;
        document.body.append(frame);
        try {
          const view = await executeServerCommand<{ state: string; height: number; timedOut?: boolean }, { url: string }>('site-frame', { url: frame.src });
          expect(view.state, `at ${width} px`).to.equal('ready');
          expect(view.height, `the page at ${width} px fits the ${said[i]} px suggested`).to.be.at.most(said[i]!);
          expect(said[i]! - view.height, `little room wasted at ${width} px`).to.be.at.most(40);
        } finally {
          frame.remove();
        }
      }
    });

    it('makes intranet snippets: one that carries the plan and works on a page of its own, one bound to that site\u2019s store', async () => {
      const el = await mountWorkspace();
      await until(() => shareUrl(el).length > 0, 'the share panel', 600);
      const base = `${location.origin}/packages/components/dist/dropin/`;
      setField($(el, '#share-base'), base);
      await until(() => snippet(el).includes(`src="${base}preflight.js"`) && snippet(el).includes('.plan = '), 'the snapshot snippet', 600);
      const text = snippet(el);
      const carried = /\.plan = (.*);\n<\/script>/s.exec(text)?.[1];
      expect(parsePlan(JSON.parse(carried!)).ok).to.equal(true);

      // The snippet alone, as an intranet page: the drop-in registers the element and it shows the plan.
      const frame = document.createElement('iframe');
      frame.title = 'Intranet page';
      frame.srcdoc = `<!doctype html><html lang="en"><head><title>Intranet</title></head><body>${text}</body></html>`;
      document.body.append(frame);
      try {
        const shown = () => frame.contentDocument?.querySelector('preflight-checklist')?.shadowRoot?.textContent ?? '';
        await until(() => shown().includes(SAMPLE.checklist[0]!.label), 'the snippet\u2019s checklist', 900);
        expect(frame.contentDocument!.querySelector('preflight-checklist')!.hasAttribute('readonly')).to.equal(true);
      } finally {
        frame.remove();
      }

      setField($(el, '#share-snippet-mode'), 'store');
      await until(() => snippet(el).includes(' persist'), 'the store snippet');
      const page = new DOMParser().parseFromString(snippet(el), 'text/html');
      const bound = page.querySelector('preflight-checklist')!;
      expect(bound.getAttribute('plan-id')).to.equal(SAMPLE.id);
      expect(bound.hasAttribute('persist')).to.equal(true);
      expect(page.querySelector('script[type=module]')!.getAttribute('src')).to.equal(`${base}preflight.js`);
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${colorScheme} scheme, with a plan open`, async () => {
      await emulateMedia({ colorScheme });
      const el = await mountWorkspace();
      await until(() => badgeText(el) === 'Blocked 70' && shareUrl(el).length > 0, 'the open plan', 600);
      expect(getComputedStyle(document.documentElement).backgroundColor).to.equal(colorScheme === 'dark' ? 'rgb(25, 25, 25)' : 'rgb(255, 255, 255)');
      await expect(el).to.be.accessible();
    });
  }

  // Screenshots for a reviewer (screenshots/workspace/): the plan page as a desktop and a phone show it.
  for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
    it(`draws the plan page on a ${device} in both schemes, the plan first`, async () => {
      try {
        await setViewport(viewport);
        for (const colorScheme of ['light', 'dark'] as const) {
          await emulateMedia({ colorScheme });
          const el = await mountWorkspace();
          await until(() => badgeText(el) === 'Blocked 70' && shareUrl(el).length > 0, 'the open plan', 600);
          const title = el.querySelector('.plan-title')!.getBoundingClientRect();
          expect(title.top, 'the plan’s name within the first screen').to.be.below(viewport.height);
          await executeServerCommand('screenshot', { selector: 'preflight-workspace', name: `workspace/plan-${device}--${colorScheme}` });
          el.remove();
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  }
});

function shareUrl(el: PreflightWorkspace): string {
  return el.querySelector<HTMLInputElement>('#share-url')?.value ?? '';
}
