/**
 * The workspace with a team server: the real one the runner starts (test/support/team-server.mjs),
 * no mocks. Team plans listed beside this device's, a local plan moved to the server and opened live,
 * two workspace pages (same-origin frames, each its own page with its own sync client) on one plan,
 * offline with the changes waiting, share links (a viewer's opens read-only), a refused token named
 * at its field, axe in both themes, 24 px targets. Every wait is for a condition, never for a time.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { Plan } from '@preflight/core';
import { makeItem, makePlan } from '../../packages/core/src/testing/factories.js';
import '../../packages/workspace/src/app.js';
import type { PreflightWorkspace } from '../../packages/workspace/src/workspace.js';
import type { TeamPlanStore } from '../../packages/components/src/shared/team-sync/index.js';
import { parseEmbedHash } from '../../packages/workspace/src/embed/config.js';
import { eventually, freshPlanId, getTeamPlan, putTeamPlan, shareToken, teamServer, type TeamServerInfo } from '../../packages/components/src/shared/team-sync/testing.js';
import { forgetWorkspaces, loadWorkspaceStyles } from './support/workspace-page.js';

const NOW = '2026-08-20T09:00:00Z';
let server: TeamServerInfo;
const mounted: HTMLElement[] = [];
const databases: string[] = [];

before(async () => {
  server = await teamServer();
  await loadWorkspaceStyles();
});

afterEach(async function () {
  // A test that timed out says what it was waiting for.
  if (eventually.waitingFor) console.log(`${this.currentTest?.title}: still waiting for ${eventually.waitingFor}`);
  eventually.waitingFor = '';
  for (const el of mounted.splice(0)) el.remove();
  history.replaceState(null, '', location.pathname + location.search);
  await emulateMedia({ colorScheme: 'light' });
});

after(() => forgetWorkspaces(databases));

/** npm start's /team-server.json, as a data: URL. */
const configUrl = (token = server.adminToken) => `data:application/json,${encodeURIComponent(JSON.stringify({ url: server.wsUrl, http: server.url, token }))}`;
const newDb = () => {
  const name = `preflight-workspace-team-${Math.random().toString(36).slice(2)}`;
  databases.push(name);
  return name;
};

async function mount(config: string | null = configUrl()): Promise<PreflightWorkspace> {
  const el = await fixture<PreflightWorkspace>(html`<preflight-workspace db-name=${newDb()} now=${NOW} team-config=${config ?? "data:application/json,null"}></preflight-workspace>`);
  mounted.push(el);
  await eventually(() => Boolean(el.querySelector('.plan-list, .sidebar > p')), 'the plan list');
  return el;
}

async function teamPlan(name = `2026q3_emea_email_team-${Math.random().toString(36).slice(2, 8)}`): Promise<Plan> {
  const base = makePlan({ id: freshPlanId('ws-team'), checklist: [makeItem({ id: 'item-1', label: 'Landing page QA' })] });
  const plan = { ...base, campaign: { ...base.campaign, name } };
  await putTeamPlan(plan);
  return plan;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const teamItem = (el: ParentNode, name: string) => [...el.querySelectorAll('.plan-list li[data-kind="team"]')].find((li) => text(li.querySelector('.open')) === name);
const headerStrip = (el: ParentNode) => el.querySelector<HTMLElement & { store?: TeamPlanStore }>('.bar .team-live preflight-team-status');
const headerText = (el: ParentNode) => text(el.querySelector('.bar .team-live [role=status]'));
const peersText = (el: ParentNode) => [...(el.querySelectorAll('.bar .team-live [part~="team-peers"] li') ?? [])].map((li) => li.getAttribute('title')).join(', ');
const checklist = (el: ParentNode) => el.querySelector('[data-widget="checklist"] preflight-checklist');
const checkbox = (el: ParentNode) => checklist(el)?.shadowRoot?.querySelector<HTMLInputElement>('li[data-id="item-1"] input[type=checkbox]') ?? null;

/** Clicks the list entry for a plan and waits until its widgets show it. */
async function openTeamPlanIn(el: ParentNode, plan: Plan): Promise<void> {
  await eventually(() => teamItem(el, plan.campaign.name) !== undefined, `${plan.campaign.name} listed as Team`);
  teamItem(el, plan.campaign.name)!.querySelector<HTMLButtonElement>('.open')!.click();
  await eventually(() => headerText(el).startsWith('Live') && checkbox(el) !== null, 'the team plan open and live');
}

/** A workspace page of its own in a same-origin frame (its own sync client and connection). */
async function framePage(query: Record<string, string>, hash = ''): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.title = 'Workspace page';
  frame.style.width = '1100px';
  frame.style.height = '700px';
  frame.src = `/test/browser/support/workspace-frame.html?${new URLSearchParams({ 'db-name': newDb(), now: NOW, ...query }).toString()}${hash}`;
  document.body.append(frame);
  mounted.push(frame);
  await eventually(() => Boolean(frame.contentDocument?.querySelector('preflight-workspace .plan-list, preflight-workspace .sidebar > p')), 'the framed workspace');
  return { frame, doc: frame.contentDocument! };
}

describe('the workspace with a team server', () => {
  it('lists the team’s plans marked Team (word and icon) beside this device’s, marked On this device', async () => {
    const plan = await teamPlan();
    const el = await mount();
    await eventually(() => teamItem(el, plan.campaign.name) !== undefined, 'the team plan listed');
    const item = teamItem(el, plan.campaign.name)!;
    const where = item.querySelector('.where')!;
    expect(text(where)).to.equal('Team');
    expect(where.querySelector('svg')).to.not.equal(null);
    expect(item.querySelector('.open')!.getAttribute('aria-describedby')).to.equal(where.id);
    const local = el.querySelector('.plan-list li[data-kind="local"]')!;
    expect(text(local.querySelector('.where'))).to.equal('On this device');
    expect(text(el.querySelector('.team-connect'))).to.include(server.wsUrl).and.include('as Browser tests (admin)');
  });

  it('opens a team plan with every widget on it, and the header shows the connection and presence', async () => {
    const plan = await teamPlan();
    const el = await mount();
    await openTeamPlanIn(el, plan);
    expect(text(el.querySelector('.bar .team-live'))).to.include(`Team plan: ${plan.campaign.name}`);
    expect(location.hash).to.equal(`#team=${plan.id}`);
    const store = headerStrip(el)!.store!;
    for (const name of ['badge', 'brief', 'raci', 'timeline', 'checklist', 'approvals', 'blocker-log']) {
      const widget = el.querySelector<HTMLElement & { store?: unknown }>(`[data-widget="${name}"] > h3 + *`)!;
      expect(widget.store, name).to.equal(store);
    }
    checkbox(el)!.click();
    await eventually(async () => (await getTeamPlan(plan.id)).checklist[0]!.doneAt === NOW, 'the check on the server');
    // Recent changes: who, when, what.
    await eventually(() => text(el.querySelector('.history-list')).includes('Landing page QA'), 'the history entry');
    const entry = [...el.querySelectorAll('.history-list li')].map(text).find((t) => t.includes('Landing page QA'));
    expect(entry).to.match(/^Browser tests (just now|\d+ min ago) changed Checklist “Landing page QA” \(.*done/);
    expect(el.querySelector('.history-list time')!.getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT/);
  });

  it('moves a local plan to the team server and opens it live; the local copy stays until deleted', async () => {
    const el = await mount();
    // A plan of this device's own, made from a template under a name no other test uses.
    const name = `2026q3_emea_email_moved-${Math.random().toString(36).slice(2, 8)}`;
    el.querySelector<HTMLInputElement>('#new-name')!.value = name;
    el.querySelector<HTMLInputElement>('#new-launchDate')!.value = '2026-10-01';
    el.querySelector<HTMLFormElement>('form.create')!.requestSubmit();
    await eventually(() => text(el.querySelector('.plan-title')) === name && el.querySelector('.plan-actions button.primary') !== null, 'the new local plan open');
    const freshId = new URLSearchParams(location.hash.slice(1)).get('plan')!;
    expect(text(el.querySelector('.plan-head .where'))).to.equal('On this device');
    el.querySelector<HTMLButtonElement>('.plan-actions button.primary')!.click();
    await eventually(() => location.hash === `#team=${freshId}` && headerText(el).startsWith('Live') && checklist(el)?.shadowRoot?.querySelector('li') != null, 'the moved plan open live');
    expect(text(el.querySelector('.move-notice'))).to.include('The copy on this device stays, listed as On this device, until you delete it.');
    expect((await getTeamPlan(freshId)).campaign.name).to.equal(name);
    expect(teamItem(el, name)).to.not.equal(undefined);
    const localItem = () => [...el.querySelectorAll('.plan-list li[data-kind="local"]')].find((li) => text(li.querySelector('.open')) === name);
    expect(localItem()).to.not.equal(undefined);
    // Moving it again is refused with the reason: the server already has it.
    localItem()!.querySelector<HTMLButtonElement>('.open')!.click();
    await eventually(() => el.querySelector('.plan-actions button.primary') !== null, 'the local copy open');
    el.querySelector<HTMLButtonElement>('.plan-actions button.primary')!.click();
    await eventually(() => el.querySelector('.move-problem') !== null, 'the refusal');
    expect(text(el.querySelector('.move-problem'))).to.include(`The team server already has “${name}” (moved there before, perhaps renamed since), so it was not moved again.`);
    expect(text(el.querySelector('.move-problem'))).to.not.include(freshId);
    // Deleting the local copy leaves the team plan.
    [...el.querySelectorAll<HTMLButtonElement>('.plan-actions button')].find((b) => text(b).startsWith('Delete from this device'))!.click();
    await eventually(() => localItem() === undefined, 'the local copy gone');
    expect(teamItem(el, name)).to.not.equal(undefined);
  });

  it('a plan the server refuses is not moved, and the server’s reason is shown', async () => {
    const el = await mount();
    await eventually(() => el.querySelector('.plan-actions button.primary') !== null, 'the move button');
    const store = (el as unknown as { store: { get(id: string): Promise<Plan | undefined> } }).store;
    const id = new URLSearchParams(location.hash.slice(1)).get('plan')!;
    const plan = (await store.get(id))!;
    // A token that may edit another plan only: the server refuses the PUT and says why.
    const other = await teamPlan();
    const editorElsewhere = await shareToken(other.id, 'editor', 'Eddie');
    const api = (el as unknown as { api: { server: { token: string } } }).api;
    api.server.token = editorElsewhere;
    el.querySelector<HTMLButtonElement>('.plan-actions button.primary')!.click();
    await eventually(() => el.querySelector('.move-problem') !== null, 'the refusal');
    expect(text(el.querySelector('.move-problem'))).to.include(`The team server refused the plan: the token is for plan "${other.id}", not "${plan.id}"`);
    expect(location.hash).to.equal(`#plan=${id}`);
  });

  it('two workspace pages on one team plan see each other’s presence and edits', async () => {
    const plan = await teamPlan();
    const bobToken = await shareToken(plan.id, 'editor', 'Bob Stone');
    const admin = await framePage({ 'team-config': configUrl() }, `#team=${plan.id}`);
    const bob = await framePage({}, `#${new URLSearchParams({ team: plan.id, sync: server.wsUrl, token: bobToken }).toString()}`);
    await eventually(() => headerText(admin.doc).startsWith('Live') && headerText(bob.doc).startsWith('Live') && checkbox(admin.doc) !== null && checkbox(bob.doc) !== null, 'both pages live');
    await eventually(() => peersText(admin.doc).includes('Bob Stone (editor)') && peersText(bob.doc).includes('Browser tests (admin)'), 'each page to see the other');
    checkbox(bob.doc)!.click();
    await eventually(() => checkbox(admin.doc)!.checked, 'Bob’s check on the admin’s page');
    expect(text(bob.doc.querySelector('.team-connect'))).to.include('from a share link').and.include('as Bob Stone (editor)');
    expect(teamItem(bob.doc, plan.campaign.name)).to.not.equal(undefined);
  });

  it('offline: the header counts the changes waiting, and they reach the server once back', async () => {
    const plan = await teamPlan();
    const el = await mount();
    await openTeamPlanIn(el, plan);
    const store = headerStrip(el)!.store!;
    store.disconnect();
    await eventually(() => headerText(el) === 'Offline', 'offline in the header');
    checkbox(el)!.click();
    await eventually(() => headerText(el) === 'Offline — 1 change waiting', 'the waiting change in the header');
    store.reconnect();
    await eventually(() => headerText(el).startsWith('Live') && store.connection.pendingChanges === 0, 'live again');
    await eventually(async () => (await getTeamPlan(plan.id)).checklist[0]!.doneAt === NOW, 'the change on the server');
  });

  it('makes editor and viewer links; a viewer’s workspace link opens the plan read-only; the embed generator offers Live (team plan)', async () => {
    const plan = await teamPlan();
    const el = await mount();
    await openTeamPlanIn(el, plan);
    const role = el.querySelector<HTMLSelectElement>('#team-link-role')!;
    role.value = 'viewer';
    role.dispatchEvent(new Event('change', { bubbles: true }));
    const expiry = el.querySelector<HTMLSelectElement>('#team-link-expiry')!;
    expiry.value = '7d';
    expiry.dispatchEvent(new Event('change', { bubbles: true }));
    el.querySelector<HTMLInputElement>('#team-link-name')!.value = 'Vera Viewer';
    el.querySelector<HTMLFormElement>('.team-share form')!.requestSubmit();
    await eventually(() => el.querySelector('.team-link[data-role="viewer"] .team-link-workspace') !== null, 'the viewer links');
    const viewer = el.querySelector('.team-link[data-role="viewer"]')!;
    expect(text(viewer.querySelector('.team-link-title'))).to.match(/^Viewer link for Vera Viewer · expires /);
    const workspaceLink = viewer.querySelector<HTMLInputElement>('.team-link-workspace')!.value;
    const embedLink = viewer.querySelector<HTMLInputElement>('.team-link-embed')!.value;
    const embed = parseEmbedHash(new URL(embedLink).hash);
    expect(embed.ok && embed.config.source).to.include({ kind: 'team', url: server.wsUrl, planId: plan.id });
    // An editor's link too.
    role.value = 'editor';
    role.dispatchEvent(new Event('change', { bubbles: true }));
    el.querySelector<HTMLFormElement>('.team-share form')!.requestSubmit();
    await eventually(() => el.querySelector('.team-link[data-role="editor"]') !== null, 'the editor links');

    // The viewer's workspace link, opened in a page of its own: read-only.
    const page = await framePage({}, new URL(workspaceLink).hash);
    await eventually(() => headerText(page.doc) === 'Live · Read-only' && checkbox(page.doc) !== null, 'the viewer’s page live and read-only');
    expect(checkbox(page.doc)!.disabled).to.equal(true);
    expect(text(page.doc.querySelector('.team-connect'))).to.include('as Vera Viewer (viewer)');
    expect(text(page.doc.querySelector('.team-share'))).to.include('Your link lets you view this plan');

    // The embed generator's live source.
    const source = el.querySelector<HTMLSelectElement>('#share-source')!;
    expect([...source.options].map((o) => o.textContent)).to.include('Live (team plan)');
    source.value = 'team';
    source.dispatchEvent(new Event('change', { bubbles: true }));
    await eventually(() => (el.querySelector<HTMLInputElement>('#share-url')?.value ?? '').includes('sync='), 'the live embed URL');
    const generated = parseEmbedHash(new URL(el.querySelector<HTMLInputElement>('#share-url')!.value).hash);
    expect(generated.ok && generated.config.source).to.include({ kind: 'team', url: server.wsUrl, planId: plan.id });
  });

  it('Connect a team server: checks the fields, names a refused token at its field, then connects and can disconnect', async () => {
    const plan = await teamPlan();
    const el = await mount(null);
    const open = () => el.querySelector<HTMLButtonElement>('.team-connect button')!;
    await eventually(() => text(open()) === 'Connect a team server', 'the connect button');
    open().click();
    await eventually(() => el.querySelector('#team-url') !== null, 'the form');
    const url = el.querySelector<HTMLInputElement>('#team-url')!;
    const token = el.querySelector<HTMLInputElement>('#team-token')!;
    const submit = () => el.querySelector<HTMLFormElement>('.team-connect-form')!.requestSubmit();
    url.value = 'ftp://team.example.com';
    token.value = 'not a token';
    submit();
    await eventually(() => url.getAttribute('aria-invalid') === 'true' && token.getAttribute('aria-invalid') === 'true', 'both fields refused');
    expect(text(el.querySelector('#team-url-error'))).to.include('is not a team server’s address');
    expect(text(el.querySelector('#team-token-error'))).to.include('not a share token');
    // A real token for another plan, asked of the real server: refused, and named at the token field.
    const other = await teamPlan();
    const revokedish = await shareToken(other.id, 'viewer', 'Someone');
    const forged = `${revokedish.split('.').slice(0, 2).join('.')}.${'A'.repeat(43)}`;
    url.value = server.wsUrl;
    token.value = forged;
    submit();
    await eventually(() => text(el.querySelector('#team-token-error')).startsWith('The team server refused this token:'), 'the refusal at the token field');
    expect(url.getAttribute('aria-invalid')).to.equal('false');
    expect(document.activeElement).to.equal(token);
    expect(token.getAttribute('aria-describedby')).to.include('team-token-error');
    for (const colorScheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme });
      await expect(el).to.be.accessible();
    }
    token.value = server.adminToken;
    submit();
    await eventually(() => teamItem(el, plan.campaign.name) !== undefined, 'connected: the team plans listed');
    expect(localStorage.getItem(`preflight-team-server:${el.dbName}`)).to.include(server.wsUrl);
    el.querySelector<HTMLButtonElement>('.team-connect button')!.click();
    await eventually(() => text(el.querySelector('.team-connect button')) === 'Connect a team server' && teamItem(el, plan.campaign.name) === undefined, 'disconnected');
    expect(localStorage.getItem(`preflight-team-server:${el.dbName}`)).to.equal(null);
  });

  it('shows an editor the team’s notification settings, what was sent about the plan, and makes a calendar address', async () => {
    // The runner's team server posts to a webhook on loopback every second; this review is long past its SLA.
    const base = await teamPlan();
    const plan = { ...base, approvals: [{ id: 'apr-1', kind: 'launch' as const, stepId: 'launch-approval', requestedAt: '2026-08-01T09:00:00Z', requestedFrom: 'Marketing director' }] };
    await putTeamPlan(plan);
    const el = await mount();
    await openTeamPlanIn(el, plan);
    const panel = () => el.querySelector<HTMLElement & { load(): Promise<void> }>('preflight-team-notify-panel')!;
    await eventually(() => el.querySelector('.notify-settings') !== null, 'the notification settings');
    const settings = text(el.querySelector('.notify-settings'));
    expect(settings).to.match(/Webhooks http:\/\/127\.0\.0\.1:\d+\/…/);
    expect(settings).to.include('checked every 1 s').and.include('Dana Reyes (Marketing director)');
    expect(settings).not.to.include('browser-tests');
    await eventually(async () => {
      await panel().load();
      return el.querySelector('.delivery-log tr[data-status="sent"]') !== null;
    }, 'a sent notification in the delivery log', { every: 250 });
    expect(text(el.querySelector('.delivery-log tr[data-status="sent"]'))).to.match(/Escalation \(level \d\): Escalated to level \d: .* by webhook Sent/);

    [...el.querySelectorAll<HTMLButtonElement>('.team-calendar button')].find((b) => text(b) === 'Make a calendar address')!.click();
    await eventually(() => el.querySelector<HTMLInputElement>('#team-calendar-url')?.value !== undefined, 'the calendar address');
    const address = el.querySelector<HTMLInputElement>('#team-calendar-url')!.value;
    expect(address).to.match(new RegExp(`^${server.url}/plans/${plan.id}/calendar\\.ics\\?token=`));
    const calendar = await (await fetch(address)).text();
    expect(calendar.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(calendar).to.include(`SUMMARY:Launch: ${plan.campaign.name}`);
    await expect(panel()).to.be.accessible();
  });

  it('lets an admin edit the notification settings: each refusal named by the core under its field, nothing saved until all is right, then reset to team.json', async () => {
    const settingsNow = async () => (await (await fetch(`${server.url}/settings`, { headers: { Authorization: `Bearer ${server.adminToken}` } })).json()) as { revision: number; source: string };
    const plan = await teamPlan();
    const el = await mount();
    try {
      await openTeamPlanIn(el, plan);
      // The sharing and notification panels are a section of the plan page of their own.
      el.querySelector<HTMLAnchorElement>('.section-nav a[href="#share-heading"]')!.click();
      await eventually(() => el.querySelector('.notify-settings') !== null, 'the notification settings');
      expect(text(el.querySelector('.notify-source'))).to.include('team.json');
      const before = await settingsNow();
      const button = (label: string) => [...el.querySelectorAll<HTMLButtonElement>('.team-notify button')].find((b) => text(b) === label)!;
      // The keyboard opens the editor and adds rows: each button takes Enter.
      button('Edit notification settings').focus();
      await sendKeys({ press: 'Enter' });
      await eventually(() => el.querySelector('.notify-editor') !== null, 'the editor');
      const field = (name: string) => el.querySelector<HTMLInputElement>(`.notify-editor [name="${name}"]`)!;
      expect(field('notify.webhooks[0]').type).to.equal('hidden', 'the kept webhook is sent back by its id, its URL never shown');
      expect(text(el.querySelector('.notify-kept'))).to.match(/^http:\/\/127\.0\.0\.1:\d+\/…$/);
      button('Add a webhook').focus();
      await sendKeys({ press: 'Enter' });
      await eventually(() => document.activeElement === field('notify.webhooks[1]'), 'the new webhook field focused');
      await sendKeys({ type: 'http://hooks.example.com/services/x' });
      button('Add a person').click();
      await eventually(() => document.activeElement === field('people[1].role'), 'the new person’s role focused');
      await sendKeys({ type: 'Ops lead' });
      for (const colorScheme of ['light', 'dark'] as const) {
        await emulateMedia({ colorScheme });
        await expect(el.querySelector('preflight-team-notify-panel')).to.be.accessible();
      }

      // The runner's server checks every second, which no team.json may ask: the core says so at the field.
      el.querySelector<HTMLFormElement>('.notify-editor')!.requestSubmit();
      await eventually(() => el.querySelectorAll('.notify-editor .field-error').length === 3, 'three refusals under their fields');
      expect(text(el.querySelector('#notify-notify-webhooks-1-error'))).to.include('must be an https:// URL (http:// only to this machine');
      expect(text(el.querySelector('#notify-scheduleSeconds-error'))).to.include('must be ≥ 10');
      expect(text(el.querySelector('#notify-people-1-name-error'))).to.include('Name:');
      expect(field('notify.webhooks[1]').getAttribute('aria-invalid')).to.equal('true');
      expect(field('notify.webhooks[1]').getAttribute('aria-describedby')).to.equal('notify-notify-webhooks-1-error');
      expect(document.activeElement).to.equal(field('notify.webhooks[1]'), 'the first field to fix has the focus');
      expect(text(el.querySelector('.notify-editor-status'))).to.equal('Nothing was saved: 3 settings need fixing.');
      expect((await settingsNow()).revision).to.equal(before.revision);
      await expect(el.querySelector('preflight-team-notify-panel')).to.be.accessible();

      el.querySelector<HTMLButtonElement>('.notify-editor button[aria-label="Remove webhook 2"]')!.click();
      await eventually(() => el.querySelector('.notify-editor [name="notify.webhooks[1]"]') === null && document.activeElement === button('Add a webhook'), 'the webhook removed, focus on Add');
      field('scheduleSeconds').value = '30';
      field('people[1].name').focus();
      await sendKeys({ type: 'Sam Lee' });
      await sendKeys({ press: 'Enter' });
      await eventually(() => el.querySelector('.notify-editor') === null && el.querySelector('.notify-settings') !== null, 'saved and shown');
      const shownNow = text(el.querySelector('.notify-settings'));
      expect(shownNow).to.include('checked every 30 s').and.include('Sam Lee (Ops lead)').and.include('Dana Reyes (Marketing director)');
      expect(shownNow).not.to.include('browser-tests');
      expect(text(el.querySelector('.notify-source'))).to.match(/^Edited in the workspace by Browser tests, .*; they win over team\.json until reset\./);
      expect(document.activeElement).to.equal(button('Edit notification settings'));
      expect(await settingsNow()).to.include({ source: 'workspace', revision: before.revision + 1 });

      button('Reset to team.json').click();
      await eventually(() => text(el.querySelector('.notify-settings')).includes('checked every 1 s'), 'team.json in force again');
      expect(text(el.querySelector('.notify-status'))).to.equal('Reset: the team server sends by its team.json again.');
      expect((await settingsNow()).source).to.equal('team.json');
    } finally {
      // The runner's server is shared by every browser test: leave its settings as team.json says.
      await fetch(`${server.url}/settings`, { method: 'DELETE', headers: { Authorization: `Bearer ${server.adminToken}` } });
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${colorScheme} scheme with a team plan open, links made and the history shown; every target at least 24 × 24 px`, async () => {
      await emulateMedia({ colorScheme });
      const plan = await teamPlan();
      const el = await mount();
      await openTeamPlanIn(el, plan);
      el.querySelector<HTMLFormElement>('.team-share form')!.requestSubmit();
      await eventually(() => el.querySelector('.team-link') !== null && el.querySelector('.team-history p, .history-list') !== null && !text(el.querySelector('.team-history')).includes('Reading'), 'links and history');
      await expect(el).to.be.accessible();
      const small = [...el.querySelectorAll<HTMLElement>('button, a[href], input:not([type=hidden]), select, textarea, summary')]
        .map((c) => ({ c, box: c.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
        .map(({ c, box }) => `${c.localName} “${(c.textContent ?? '').trim() || c.id}” ${Math.round(box.width)}×${Math.round(box.height)}`);
      expect(small).to.deep.equal([]);
    });
  }
});
