import { html, nothing, render } from 'lit-html';
import { PLATFORMS, type Plan } from '@preflight/core';
import { HostAccessNotice } from '../hosts/access-notice.js';
import { PLATFORM_HOSTS } from '../hosts/hosts.js';
import { configItem, linksItem, plansItem } from '../storage/items.js';
import { readConfig, readLinks, readPlans } from '../storage/read.js';
import { pageStyles } from '../ui/page-styles.js';
import { formValuesFrom, readRulesForm, type FieldProblem, type RulesFormValues } from './rules-form.js';
import { importPlans, linkProblem, type LinkProblem } from './plan-links.js';

interface State {
  values: RulesFormValues;
  rulesProblems: FieldProblem[];
  rulesSaved: boolean;
  plans: Record<string, Plan>;
  links: Record<string, string>;
  linkMessage?: { ok: boolean; text: string; field?: LinkProblem['field'] };
  importMessage?: { imported: string[]; problems: string[] };
}

/**
 * The settings page: host access first (without it nothing else here has an effect on that
 * platform), then rules, plan links and plan import. Each save is validated whole first.
 */
export async function startOptions(root: HTMLElement): Promise<void> {
  const config = await readConfig();
  const state: State = { values: formValuesFrom(config), rulesProblems: [], rulesSaved: false, plans: await readPlans(), links: await readLinks() };
  const draw = () => render(view(state, actions, access), root);
  const access = new HostAccessNotice(draw, config.platform.enabled);

  const actions = {
    async saveRules(form: HTMLFormElement) {
      const data = new FormData(form);
      const values: RulesFormValues = {
        namingPattern: String(data.get('namingPattern') ?? ''),
        bannedWords: String(data.get('bannedWords') ?? ''),
        requiredUtm: String(data.get('requiredUtm') ?? ''),
        allowedMediums: String(data.get('allowedMediums') ?? ''),
        budgetCaps: String(data.get('budgetCaps') ?? ''),
        enabled: data.getAll('enabled').map(String),
      };
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
    async saveLink(form: HTMLFormElement) {
      const data = new FormData(form);
      const key = String(data.get('key') ?? '').trim();
      const planId = String(data.get('planId') ?? '');
      const problem = linkProblem(key, planId, state.plans);
      if (problem) state.linkMessage = { ok: false, text: problem.message, field: problem.field };
      else {
        state.links = { ...state.links, [key]: planId };
        await linksItem.setValue(state.links);
        state.linkMessage = { ok: true, text: `Linked ${key} to ${state.plans[planId]!.campaign.name}.` };
        form.reset();
      }
      draw();
      if (problem) form.querySelector<HTMLElement>(`[name="${problem.field}"]`)?.focus();
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
  await access.start();
}

type Actions = {
  saveRules(form: HTMLFormElement): Promise<void>;
  saveLink(form: HTMLFormElement): Promise<void>;
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

function view(state: State, actions: Actions, access: HostAccessNotice) {
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
    <form id="link-form" aria-labelledby="link-heading" @submit=${submit(actions.saveLink)}>
      <label for="link-key">Platform campaign key</label>
      <input type="text" id="link-key" name="key" placeholder="hubspot:51657317:22eb0e01-1471-41ba-8e6a-abd2ba62c37d" aria-describedby=${linkFault('key')} aria-invalid=${linkInvalid('key')} />
      <label for="link-plan">Plan</label>
      <select id="link-plan" name="planId" aria-describedby=${linkFault('planId')} aria-invalid=${linkInvalid('planId')}>
        ${planList.map((p) => html`<option value=${p.id}>${p.campaign.name} (${p.id})</option>`)}
      </select>
      <button type="submit">Link</button>
      <div role="status" id="link-status">${state.linkMessage ? html`<p id="link-message" class=${state.linkMessage.ok ? 'ok' : 'problems'}>${state.linkMessage.text}</p>` : nothing}</div>
    </form>
    <ul id="links">
      ${Object.entries(state.links).map(
        ([key, planId]) => html`<li><code>${key}</code> → ${state.plans[planId]?.campaign.name ?? planId}
          <button type="button" aria-label=${`Remove the link for ${key}`} @click=${() => void actions.removeLink(key)}>Remove</button></li>`,
      )}
    </ul>`;
}
