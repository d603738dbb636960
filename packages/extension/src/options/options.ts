import { html, nothing, render } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { PLATFORMS, type Plan } from '@preflight/core';
import { HostAccessNotice } from '../hosts/access-notice.js';
import { PLATFORM_HOSTS } from '../hosts/hosts.js';
import { configItem, linksItem, plansItem, type PlanLink } from '../storage/items.js';
import { readConfig, readLinks, readPlans } from '../storage/read.js';
import { pageStyles } from '../ui/page-styles.js';
import { formValuesFrom, formValuesFromData, readRulesForm, type FieldProblem, type RulesFormValues } from './rules-form.js';
import { browserTimeZone, knownTimeZones } from './time-zones.js';
import { describeClaims, importPlans, readLinkForm, type LinkProblem } from './plan-links.js';
import { browser } from 'wxt/browser';
import { TEAM_STATUS_PORT, type TeamStatusPost } from '../messaging/protocol.js';
import { parseShareLink, readTokenClaims } from '../team/share-link.js';
import { teamStateText } from '../team/status.js';
import { HubSpotApiSection } from './hubspot-api.js';

interface State {
  values: RulesFormValues;
  rulesProblems: FieldProblem[];
  rulesSaved: boolean;
  plans: Record<string, Plan>;
  links: Record<string, PlanLink>;
  /** Each team link's state, posted by the background while this page is open. */
  teams: TeamStatusPost;
  /** What the share link being typed says of itself (unverified), or why it cannot be used. */
  sharePreview?: string;
  linkMessage?: { ok: boolean; text: string; field?: LinkProblem['field'] };
  importMessage?: { imported: string[]; problems: string[] };
}

/**
 * The settings page: host access first (without it nothing else here has an effect on that
 * platform), then rules, plan links and plan import. Each save is validated whole first.
 */
export async function startOptions(root: HTMLElement): Promise<void> {
  const config = await readConfig();
  const state: State = { values: formValuesFrom(config), rulesProblems: [], rulesSaved: false, plans: await readPlans(), links: await readLinks(), teams: {} };
  const draw = () => render(view(state, actions, access, hubspotApi), root);
  const access = new HostAccessNotice(draw, config.platform.enabled);
  const hubspotApi = new HubSpotApiSection(draw);

  const actions = {
    async saveRules(form: HTMLFormElement) {
      const values = formValuesFromData(new FormData(form), state.values);
      state.values = values;
      const result = readRulesForm(values, await readConfig());
      if (result.ok) {
        await configItem.setValue(result.config);
        state.rulesProblems = [];
        state.rulesSaved = true;
        await access.setPlatforms(result.config.platform.enabled);
      } else {
        state.rulesProblems = result.problems;
        state.rulesSaved = false;
      }
      draw();
      // The first field to fix in the order the form reads, whatever order the problems came in.
      if (!result.ok) root.querySelector<HTMLElement>('#rules-form [aria-invalid="true"]')?.focus();
    },
    /** Redraws from what is typed so far, changed by `change` (business hours shown or hidden, the browser's zone taken). */
    editRules(form: HTMLFormElement, change: Partial<RulesFormValues> = {}) {
      state.values = { ...formValuesFromData(new FormData(form), state.values), ...change };
      draw();
    },
    async saveLink(form: HTMLFormElement) {
      const data = new FormData(form);
      const key = String(data.get('key') ?? '').trim();
      const result = readLinkForm({ key, planId: String(data.get('planId') ?? ''), share: String(data.get('share') ?? '') }, state.plans, Date.now());
      if (!result.ok) state.linkMessage = { ok: false, text: result.problem.message, field: result.problem.field };
      else {
        const { link } = result;
        // Links saved meanwhile from another options page are kept.
        state.links = { ...(await readLinks()), [key]: link };
        await linksItem.setValue(state.links);
        state.linkMessage = {
          ok: true,
          text: link.kind === 'team' ? `Linked ${key} to team plan ${link.planId} (${describeClaims(result.claims ?? {}, link.planId)}).` : `Linked ${key} to ${state.plans[link.planId]!.campaign.name}.`,
        };
        state.sharePreview = undefined;
        form.reset();
      }
      draw();
      if (!result.ok) form.querySelector<HTMLElement>(`[name="${result.problem.field}"]`)?.focus();
    },
    previewShare(text: string) {
      const read = text.trim() ? parseShareLink(text, Date.now()) : undefined;
      const preview = read ? (read.ok ? describeClaims(read.claims, read.link.planId) : read.message) : undefined;
      if (preview === state.sharePreview) return;
      state.sharePreview = preview;
      draw();
    },
    async removeLink(key: string) {
      const { [key]: _removed, ...rest } = state.links;
      state.links = rest;
      await linksItem.setValue(rest);
      state.linkMessage = { ok: true, text: `Removed the link for ${key}.` };
      draw();
    },
    async importText(text: string) {
      const outcome = importPlans(text, state.plans);
      if (outcome.imported.length) {
        await plansItem.setValue(outcome.plans);
        state.plans = outcome.plans;
      }
      state.importMessage = { imported: outcome.imported, problems: outcome.problems };
      draw();
    },
  };
  followTeams(state, draw);
  await Promise.all([access.start(), hubspotApi.start()]);
}

/**
 * Holds a port to the background while the page is open: every linked team plan stays connected
 * and its state (Live, Offline, Refused with the reason) and name come back as they change. A
 * stopped service worker drops the port; it is opened again (which wakes the worker).
 */
function followTeams(state: State, draw: () => void): void {
  const port = browser.runtime.connect({ name: TEAM_STATUS_PORT });
  port.onMessage.addListener((post: unknown) => {
    state.teams = (post ?? {}) as TeamStatusPost;
    draw();
  });
  port.onDisconnect.addListener(() => setTimeout(() => followTeams(state, draw), 500));
}

type Actions = {
  saveRules(form: HTMLFormElement): Promise<void>;
  editRules(form: HTMLFormElement, change?: Partial<RulesFormValues>): void;
  saveLink(form: HTMLFormElement): Promise<void>;
  previewShare(text: string): void;
  removeLink(key: string): Promise<void>;
  importText(text: string): Promise<void>;
};

const submit = (handler: (form: HTMLFormElement) => Promise<void>) => (event: SubmitEvent) => {
  event.preventDefault();
  void handler(event.currentTarget as HTMLFormElement);
};

function problemFor(problems: FieldProblem[], field: keyof RulesFormValues) {
  const mine = problems.filter((p) => p.field === field);
  return mine.length ? html`<div class="problems" id="${field}-problem">${mine.map((p) => html`<div>${p.message}</div>`)}</div>` : nothing;
}

const describedBy = (problems: FieldProblem[], field: keyof RulesFormValues) => (problems.some((p) => p.field === field) ? `${field}-problem` : nothing);
const invalid = (problems: FieldProblem[], field: keyof RulesFormValues) => (problems.some((p) => p.field === field) ? 'true' : nothing);

const ZONES = knownTimeZones();
const BROWSER_ZONE = browserTimeZone();
/** Monday first, as most working weeks are written; values are the config's 0 = Sunday … 6 = Saturday. */
const WEEKDAYS: [string, string][] = [['1', 'Mon'], ['2', 'Tue'], ['3', 'Wed'], ['4', 'Thu'], ['5', 'Fri'], ['6', 'Sat'], ['0', 'Sun']];
const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;
const hours = (from: number, to: number, selected: string) => {
  const options = [];
  for (let h = from; h <= to; h++) options.push(html`<option value=${h} ?selected=${String(h) === selected}>${hour(h)}</option>`);
  return options;
};
const formOf = (event: Event) => (event.currentTarget as HTMLInputElement).form!;

/**
 * The team's calendar and the business hours SLAs count in. The hours' fields exist only while
 * they are on, so nothing hidden sits in the Tab order.
 */
function calendarFields(values: RulesFormValues, problems: FieldProblem[], actions: Actions) {
  const field = (name: keyof RulesFormValues) => ({ describedBy: describedBy(problems, name), invalid: invalid(problems, name) });
  const zone = field('timeZone');
  const start = field('businessStart');
  const end = field('businessEnd');
  const days = field('businessDays');
  const hoursZone = field('businessZone');
  return html`<style>
      .zone-row { display: flex; flex-wrap: wrap; gap: 0 12px; align-items: center; max-width: 560px; }
      .zone-row input { flex: 1 1 16rem; }
      .zone-row button { margin-top: 0; }
      fieldset.hours label.field { display: block; font-weight: 600; margin: 12px 0 4px; }
      fieldset.hours .span { display: flex; flex-wrap: wrap; gap: 0 16px; }
      fieldset.hours .span select { width: 8rem; }
    </style>
    <datalist id="time-zones">${ZONES.map((z) => html`<option value=${z}></option>`)}</datalist>
    <label for="timeZone">Team time zone (its calendar decides today and when a due day ends; empty means UTC)</label>
    <div class="zone-row">
      <input type="text" id="timeZone" name="timeZone" list="time-zones" autocomplete="off" spellcheck="false" placeholder="UTC" .value=${live(values.timeZone)} aria-describedby=${zone.describedBy} aria-invalid=${zone.invalid} />
      ${BROWSER_ZONE
        ? html`<button type="button" id="use-browser-zone" @click=${(e: Event) => actions.editRules(formOf(e), { timeZone: BROWSER_ZONE })}>Use my time zone (${BROWSER_ZONE})</button>`
        : nothing}
    </div>
    ${problemFor(problems, 'timeZone')}
    <fieldset class="hours">
      <legend>Business hours for SLAs</legend>
      <label><input type="checkbox" id="businessHours" name="businessHours" .checked=${values.businessHours} @change=${(e: Event) => actions.editRules(formOf(e))} />Count approval and blocker SLAs in business hours only</label>
      ${values.businessHours
        ? html`<div class="span">
              <div>
                <label class="field" for="businessStart">Start</label>
                <select id="businessStart" name="businessStart" aria-describedby=${start.describedBy} aria-invalid=${start.invalid}>${hours(0, 23, values.businessStart)}</select>
              </div>
              <div>
                <label class="field" for="businessEnd">End</label>
                <select id="businessEnd" name="businessEnd" aria-describedby=${end.describedBy} aria-invalid=${end.invalid}>${hours(1, 24, values.businessEnd)}</select>
              </div>
            </div>
            ${problemFor(problems, 'businessStart')} ${problemFor(problems, 'businessEnd')}
            <fieldset aria-describedby=${days.describedBy}>
              <legend>Working days</legend>
              ${WEEKDAYS.map(([value, name]) => html`<label><input type="checkbox" name="businessDays" value=${value} .checked=${values.businessDays.includes(value)} aria-invalid=${days.invalid} />${name}</label>`)}
            </fieldset>
            ${problemFor(problems, 'businessDays')}
            <label class="field" for="businessZone">Zone for business hours (an IANA name or a fixed offset such as UTC+01:00; empty means the team time zone)</label>
            <input type="text" id="businessZone" name="businessZone" list="time-zones" autocomplete="off" spellcheck="false" .value=${live(values.businessZone)} aria-describedby=${hoursZone.describedBy} aria-invalid=${hoursZone.invalid} />
            ${problemFor(problems, 'businessZone')}`
        : nothing}
    </fieldset>`;
}

function view(state: State, actions: Actions, access: HostAccessNotice, hubspotApi: HubSpotApiSection) {
  const { values, rulesProblems: problems } = state;
  const planList = Object.values(state.plans);
  const linkFault = (field: LinkProblem['field']) => (state.linkMessage?.field === field ? 'link-message' : nothing);
  const linkInvalid = (field: LinkProblem['field']) => (state.linkMessage?.field === field ? 'true' : nothing);
  return html`${pageStyles}
    <h1>Preflight settings</h1>
    ${access.template()}

    <h2 id="rules-heading">Rules for campaign pages</h2>
    <form id="rules-form" aria-labelledby="rules-heading" novalidate @submit=${submit(actions.saveRules)}>
      <label for="namingPattern">Naming pattern (regular expression)</label>
      <input type="text" id="namingPattern" name="namingPattern" .value=${values.namingPattern} aria-describedby=${describedBy(problems, 'namingPattern')} aria-invalid=${invalid(problems, 'namingPattern')} />
      ${problemFor(problems, 'namingPattern')}
      <label for="bannedWords">Banned words in names (comma-separated)</label>
      <input type="text" id="bannedWords" name="bannedWords" .value=${values.bannedWords} aria-describedby=${describedBy(problems, 'bannedWords')} aria-invalid=${invalid(problems, 'bannedWords')} />
      ${problemFor(problems, 'bannedWords')}
      <label for="requiredUtm">Required UTM parameters (comma-separated)</label>
      <input type="text" id="requiredUtm" name="requiredUtm" .value=${values.requiredUtm} aria-describedby=${describedBy(problems, 'requiredUtm')} aria-invalid=${invalid(problems, 'requiredUtm')} />
      ${problemFor(problems, 'requiredUtm')}
      <label for="allowedMediums">Allowed mediums (comma-separated)</label>
      <textarea id="allowedMediums" name="allowedMediums" rows="2" .value=${values.allowedMediums} aria-describedby=${describedBy(problems, 'allowedMediums')} aria-invalid=${invalid(problems, 'allowedMediums')}></textarea>
      ${problemFor(problems, 'allowedMediums')}
      <label for="budgetCaps">Budget caps (one per line: amount, currency, total or daily — e.g. 20000 USD total)</label>
      <textarea id="budgetCaps" name="budgetCaps" rows="3" .value=${values.budgetCaps} aria-describedby=${describedBy(problems, 'budgetCaps')} aria-invalid=${invalid(problems, 'budgetCaps')}></textarea>
      ${problemFor(problems, 'budgetCaps')}
      <fieldset aria-describedby=${describedBy(problems, 'enabled')}>
        <legend>Enabled platforms</legend>
        ${PLATFORMS.map((p) => html`<label><input type="checkbox" name="enabled" value=${p} .checked=${values.enabled.includes(p)} aria-invalid=${invalid(problems, 'enabled')} />${PLATFORM_HOSTS[p].title}</label>`)}
      </fieldset>
      ${problemFor(problems, 'enabled')}
      ${calendarFields(values, problems, actions)}
      <button type="submit">Save rules</button>
      <div role="status" id="rules-status">
        ${problems.length ? html`<p class="problems">Nothing was saved: ${problems.length} setting${problems.length === 1 ? '' : 's'} to fix.</p>` : state.rulesSaved ? html`<p class="ok">Rules saved.</p>` : nothing}
      </div>
    </form>

    <h2 id="import-heading">Import plans</h2>
    <form id="import-form" aria-labelledby="import-heading" @submit=${submit(async (form) => {
      const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0];
      const text = file ? await file.text() : String(new FormData(form).get('text') ?? '');
      await actions.importText(text);
    })}>
      <label for="import-file">A Preflight export file (.json)</label>
      <input type="file" id="import-file" name="file" accept="application/json,.json" />
      <label for="import-text">or paste its text</label>
      <textarea id="import-text" name="text" rows="4"></textarea>
      <button type="submit">Import</button>
      <div role="status" id="import-status">
        ${state.importMessage
          ? html`<p class=${state.importMessage.imported.length ? 'ok' : 'muted'}>Imported ${state.importMessage.imported.length} plan${state.importMessage.imported.length === 1 ? '' : 's'}.</p>
              ${state.importMessage.problems.length ? html`<ul class="problems">${state.importMessage.problems.map((p) => html`<li>${p}</li>`)}</ul>` : nothing}`
          : nothing}
      </div>
    </form>
    ${planList.length ? html`<ul id="plans">${planList.map((p) => html`<li>${p.campaign.name} <span class="muted">(${p.id})</span></li>`)}</ul>` : html`<p class="muted">No plans imported yet.</p>`}

    <h2 id="link-heading">Link a platform campaign to a plan</h2>
    <style>
      .team-state { font-weight: 600; margin-left: 6px; }
      .team-state.live { color: var(--good); }
      .team-state.offline, .team-state.connecting { color: var(--warn); }
      .team-state.refused { color: var(--bad); }
    </style>
    <form id="link-form" aria-labelledby="link-heading" novalidate @submit=${submit(actions.saveLink)}>
      <label for="link-key">Platform campaign key</label>
      <input type="text" id="link-key" name="key" placeholder="hubspot:51657317:22eb0e01-1471-41ba-8e6a-abd2ba62c37d" aria-describedby=${linkFault('key')} aria-invalid=${linkInvalid('key')} />
      <label for="link-plan">Plan</label>
      <select id="link-plan" name="planId" aria-describedby=${linkFault('planId')} aria-invalid=${linkInvalid('planId')}>
        ${planList.map((p) => html`<option value=${p.id}>${p.campaign.name} (${p.id})</option>`)}
      </select>
      <label for="link-share">or a team plan’s share link (used instead of the plan above)</label>
      <input
        type="text"
        id="link-share"
        name="share"
        autocomplete="off"
        spellcheck="false"
        placeholder="https://…/embed.html#widget=blocker-log&sync=wss%3A%2F%2F…&plan=…&token=…"
        aria-describedby=${[state.linkMessage?.field === 'share' ? 'link-message' : '', state.sharePreview ? 'share-preview' : ''].filter(Boolean).join(' ') || nothing}
        aria-invalid=${linkInvalid('share')}
        @input=${(e: Event) => actions.previewShare((e.currentTarget as HTMLInputElement).value)}
      />
      ${state.sharePreview ? html`<p id="share-preview" class="muted">${state.sharePreview}</p>` : nothing}
      <button type="submit">Link</button>
      <div role="status" id="link-status">${state.linkMessage ? html`<p id="link-message" class=${state.linkMessage.ok ? 'ok' : 'problems'}>${state.linkMessage.text}</p>` : nothing}</div>
    </form>
    <ul id="links">
      ${Object.entries(state.links).map(([key, link]) => html`<li data-key=${key} data-kind=${link.kind}>${linkLine(key, link, state)}
          <button type="button" aria-label=${`Remove the link for ${key}`} @click=${() => void actions.removeLink(key)}>Remove</button></li>`)}
    </ul>
    ${hubspotApi.template()}`;
}

/** One saved link: the imported plan's name, or the team plan's name, connection and what its token says. */
function linkLine(key: string, link: PlanLink, state: State) {
  if (link.kind === 'local') return html`<code>${key}</code> → ${state.plans[link.planId]?.campaign.name ?? link.planId}`;
  const team = state.teams[key];
  const claims = readTokenClaims(link.token) ?? {};
  return html`<code>${key}</code> → team plan <strong class="team-name">${team?.name ?? link.planId}</strong>
    ${team ? html`<span class="team-state ${team.state}" data-team-state=${team.state}>${teamStateText(team, team.name !== undefined)}</span>` : html`<span class="team-state connecting" data-team-state="connecting">Connecting</span>`}
    <div class="muted">${describeClaims(claims, link.planId)} · ${link.url}</div>`;
}
