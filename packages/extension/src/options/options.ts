import { html, nothing, render } from 'lit-html';
import type { Plan, RulesConfig } from '@preflight/core';
import '@preflight/components/define/preflight-team-settings';
import type { SettingsChange } from '@preflight/components/define/preflight-team-settings';
import { HostAccessNotice } from '../hosts/access-notice.js';
import { configItem, linksItem, plansItem, type PlanLink } from '../storage/items.js';
import { readConfig, readLinks, readPlans } from '../storage/read.js';
import { pageStyles } from '../ui/page-styles.js';
import { describeClaims, importPlans, readLinkForm, type LinkProblem } from './plan-links.js';
import { browser } from 'wxt/browser';
import { TEAM_STATUS_PORT, type TeamStatusPost } from '../messaging/protocol.js';
import { parseShareLink, readTokenClaims } from '../team/share-link.js';
import { teamStateText } from '../team/status.js';
import { HubSpotApiSection } from './hubspot-api.js';

interface State {
  /** The rules in force, as saved; the settings form shows them and checks every edit with the core. */
  config: RulesConfig;
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
  const state: State = { config, plans: await readPlans(), links: await readLinks(), teams: {} };
  const draw = () => render(view(state, actions, access, hubspotApi), root);
  const access = new HostAccessNotice(draw, config.platform.enabled);
  const hubspotApi = new HubSpotApiSection(draw);

  const actions = {
    /** The form checked the rules whole (a refused form sends nothing); they are stored as the background reads them. */
    async saveRules({ config }: SettingsChange) {
      state.config = config;
      await configItem.setValue(config);
      await access.setPlatforms(config.platform.enabled);
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
  saveRules(change: SettingsChange): Promise<void>;
  saveLink(form: HTMLFormElement): Promise<void>;
  previewShare(text: string): void;
  removeLink(key: string): Promise<void>;
  importText(text: string): Promise<void>;
};

const submit = (handler: (form: HTMLFormElement) => Promise<void>) => (event: SubmitEvent) => {
  event.preventDefault();
  void handler(event.currentTarget as HTMLFormElement);
};

function view(state: State, actions: Actions, access: HostAccessNotice, hubspotApi: HubSpotApiSection) {
  const planList = Object.values(state.plans);
  const linkFault = (field: LinkProblem['field']) => (state.linkMessage?.field === field ? 'link-message' : nothing);
  const linkInvalid = (field: LinkProblem['field']) => (state.linkMessage?.field === field ? 'true' : nothing);
  return html`${pageStyles}
    <h1>Preflight settings</h1>
    ${access.template()}

    <h2 id="rules-heading">Rules for campaign pages</h2>
    <p class="muted">The team's clock and the checks run on every campaign page; an invalid value is named under its field and nothing is saved.</p>
    <preflight-team-settings
      id="rules-form"
      sections="clock platform"
      heading-level="3"
      .config=${state.config}
      @preflight-settings-change=${(e: CustomEvent<SettingsChange>) => void actions.saveRules(e.detail)}
    ></preflight-team-settings>

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
