import { STATE_TITLES, type Finding } from '@preflight/core';
import { failingCount, overallState, lowestScore, type CampaignVerdict, type PlanSummary, type TabVerdict } from '../verdict/verdict.js';
import { overlayCss } from './styles.js';
import { teamStateText, type TeamStatus } from '../team/status.js';

/**
 * The panel as markup, made by the background beside the verdict it shows. The page only parses
 * it into the panel's shadow root: its browser parses markup natively, where building the same
 * nodes from script cost the host page's main thread the compiling and running of this module,
 * the styles and the palette, on every campaign page.
 */

/** Markup already made safe: only `html` makes one. */
class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Part = Markup | string | number | false | undefined | null | Part[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text (a page's, a plan's, anyone's) as markup that reads as that text, in content or a quoted attribute. */
export const escapeText = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const part = (value: Part): string =>
  value instanceof Markup ? value.text : Array.isArray(value) ? value.map(part).join('') : value === false || value === undefined || value === null ? '' : escapeText(String(value));

/**
 * Markup from a template: every value put in is escaped as text unless it is markup `html` made,
 * so nothing read from a page or a plan is ever parsed as markup. Attribute values are always in
 * double quotes in the templates below.
 */
function html(strings: TemplateStringsArray, ...values: Part[]): Markup {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += part(values[i]!) + strings[i + 1]!;
  return new Markup(out);
}

const finding = (f: Finding) =>
  html`<li class="check" data-rule="${f.ruleId}" data-severity="${f.severity}"><span class="severity ${f.severity}">${f.severity}</span><span class="message">${f.message}</span> <div class="fix">Fix: ${f.fix}</div></li>`;

/** A linked team plan's connection: Live, Offline (the last copy shown), Refused with the reason. */
const teamLine = (team: TeamStatus, hasCopy: boolean) =>
  html`<div class="team ${team.state}" data-team-state="${team.state}" role="status">Team plan · ${teamStateText(team, hasCopy)}${team.readOnly ? ' · read-only' : ''}</div>`;

const owned = (owner: string | undefined, due?: string) => !!owner && html` <span class="muted">(${owner}${due ? `, due ${due}` : ''})</span>`;

function plan(p: PlanSummary, team: TeamStatus | undefined): Markup {
  const gates = p.openGates.length
    ? html`<div class="muted">Open gates</div> <ul class="gates">${p.openGates.map((g) => html`<li class="check" data-gate="${g.id}">${g.label}${owned(g.owner)}</li>`)}</ul>`
    : html`<div class="muted">No open gates.</div>`;
  const blockers = p.openBlockers.length
    ? html`<div class="muted">Open blockers</div> <ul class="blockers">${p.openBlockers.map(
        (b) => html`<li class="check" data-blocker="${b.id}"><span class="severity blocker">${b.severity}</span>${b.title}${owned(b.owner, b.due)}</li>`,
      )}</ul>`
    : html`<div class="muted">No open blockers.</div>`;
  return html`<section class="plan" aria-label="Linked plan"><h3>Plan: ${p.name}</h3> ${!!team && html`${teamLine(team, true)} `}${gates} ${blockers} <button type="button" class="open-plan" data-plan-id="${p.id}">Open the plan</button></section>`;
}

const LEVEL_TEXT = { campaign: 'the campaign', 'ad-set': 'an ad set', ad: 'an ad' } as const;
const API_LEVEL_TEXT = { campaign: '', 'ad-set': ' (ad set)', ad: ' (ad)' } as const;

/** "Read name, status from the campaign on this page; start date from an ad set on this page." An API names itself: "from the HubSpot API". */
function readLine(read: NonNullable<CampaignVerdict['read']>, platformTitle: string): string {
  const groups = new Map<string, string[]>();
  for (const r of read) {
    const where = r.via === 'api' ? `the ${platformTitle} API${API_LEVEL_TEXT[r.level]}` : `${LEVEL_TEXT[r.level]} on this page`;
    groups.set(where, [...(groups.get(where) ?? []), r.fact]);
  }
  return `Read ${[...groups].map(([where, facts]) => `${facts.join(', ')} from ${where}`).join('; ')}.`;
}

/** A YYYY-MM-DD date with its month named, so no reader takes its day for its month: "10 September 2026". */
const namedMonth = (date: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** "The day and month of start date could be either way round on this page: read as 10 September 2026." */
const doubtLine = (doubtful: NonNullable<CampaignVerdict['doubtful']>) =>
  html` <p class="doubt" data-doubtful="${doubtful.map((d) => d.fact).join(',')}">The day and month of ${doubtful.map((d) => d.fact).join(' and ')} could be either way round on this page: read as ${doubtful.map((d) => namedMonth(d.date)).join(' and ')}.</p>`;

/** What was read and from where, what this page could not show, and why an API gave nothing: said, never guessed. */
const provenance = (c: CampaignVerdict, platformTitle: string) => [
  !!c.apiProblem && html` <p class="api-problem">${c.apiProblem} Showing what the page shows.</p>`,
  !!c.read?.length && html` <p class="muted read">${readLine(c.read, platformTitle)}</p>`,
  !!c.doubtful?.length && doubtLine(c.doubtful),
  !!c.apiNote && html` <p class="muted api-note">${c.apiNote}</p>`,
  !!c.unread?.length && html` <p class="unread" data-unread="${c.unread.join(',')}">Couldn't read ${c.unread.join(', ')} on this page.</p>`,
];

const campaign = (c: CampaignVerdict, showKey: boolean, platformTitle: string) =>
  html`<section class="campaign" data-key="${c.campaignKey}">${(showKey || !!c.name) && html`<h2>${c.name ?? c.campaignKey}</h2> `}<div class="muted">${STATE_TITLES[c.readiness.state]} · score ${c.readiness.score}/100</div> ${provenance(c, platformTitle)} ${
    c.readiness.findings.length
      ? html`<ul class="checks">${c.readiness.findings.map(finding)}</ul>`
      : html`<p class="muted">${c.unread?.length ? 'Every check on what was read passes.' : 'Every check passes.'}</p>`
  }${!!c.plan && html` ${plan(c.plan, c.team)}`}${
    !c.plan && !!c.team && html` <section class="plan" aria-label="Linked plan"><h3>Plan: ${c.team.planId}</h3> ${teamLine(c.team, false)}</section>`
  }</section>`;

/**
 * The panel: its styles, a toggle with the verdict, and the checks. Drawn unfolded, or folded to
 * its pill (the user's last choice, so the page need not change it after drawing; overlay.ts folds
 * and unfolds it from then on), which is "Preflight", the state's label on the state's colour
 * and the failing count (the platform and score are hidden, "failing" is left to assistive tech).
 * Page text is escaped as text. The checks are a tab stop of their own, so a list taller than the
 * panel scrolls from the keyboard.
 */
export function panelMarkup(verdict: TabVerdict, folded = false): string {
  const state = overallState(verdict);
  const score = lowestScore(verdict);
  const summary = verdict.error
    ? html`<span class="state at-risk">Unread</span>`
    : html`<span class="state ${state}">${STATE_TITLES[state]}</span> <span class="summary">${score !== undefined && html`<span class="score">${score}/100 · </span>`}${failingCount(verdict)}<span class="failing"> failing</span></span>`;
  const body = verdict.error
    ? html`<p class="error" role="status">Preflight could not read this page.</p>`
    : verdict.campaigns.length
      ? verdict.campaigns.map((c) => campaign(c, verdict.campaigns.length > 1, verdict.platformTitle))
      : html`<p class="muted">No campaign details found on this page.</p>`;
  return html`<style>${new Markup(overlayCss)}</style><div class="panel${folded ? ' folded' : ''}" role="region" aria-label="Preflight readiness"><button type="button" class="toggle" aria-controls="preflight-body" aria-expanded="${String(!folded)}"><span class="title">Preflight<span class="platform"> · ${verdict.platformTitle}</span></span> ${summary}</button> <div class="body" id="preflight-body" role="group" aria-label="Checks" tabindex="0"${new Markup(folded ? ' hidden' : '')}>${body}</div></div>`.text;
}
