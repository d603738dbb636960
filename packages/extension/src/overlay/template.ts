import { STATE_TITLES, type Finding } from '@preflight/core';
import { failingCount, overallState, lowestScore, type CampaignVerdict, type PlanSummary, type TabVerdict } from '../verdict/verdict.js';
import { overlayCss } from './styles.js';
import { teamStateText, type TeamStatus } from '../team/status.js';

export interface PanelProps {
  verdict: TabVerdict;
  expanded: boolean;
  onToggle: () => void;
  onKeydown: (event: KeyboardEvent) => void;
  onOpenPlan: (planId: string) => void;
}

/** The drawn panel: its nodes, and the parts that change when it is folded. */
export interface PanelParts {
  nodes: Node[];
  panel: HTMLElement;
  toggle: HTMLButtonElement;
  body: HTMLElement;
}

type Child = Node | string | false | undefined;

/**
 * One element built directly (no template parsing: the panel is drawn once per page, so a
 * template library's preparation would cost more than it saves). Strings become text nodes, so
 * page text is never read as markup; the spaces between parts are explicit.
 */
function el(tag: string, attrs: Record<string, string>, ...children: (Child | Child[])[]): HTMLElement {
  const node = document.createElement(tag);
  for (const name in attrs) node.setAttribute(name, attrs[name]!);
  for (const child of children.flat()) if (child !== false && child !== undefined) node.append(child);
  return node;
}

const finding = (f: Finding) =>
  el('li', { class: 'check', 'data-rule': f.ruleId, 'data-severity': f.severity }, el('span', { class: `severity ${f.severity}` }, f.severity), el('span', { class: 'message' }, f.message), ' ', el('div', { class: 'fix' }, `Fix: ${f.fix}`));

/** A linked team plan's connection: Live, Offline (the last copy shown), Refused with the reason. */
const teamLine = (team: TeamStatus, hasCopy: boolean) =>
  el('div', { class: `team ${team.state}`, 'data-team-state': team.state, role: 'status' }, `Team plan · ${teamStateText(team, hasCopy)}${team.readOnly ? ' · read-only' : ''}`);

function plan(p: PlanSummary, onOpenPlan: (id: string) => void, team: TeamStatus | undefined): HTMLElement {
  const open = el('button', { type: 'button', class: 'open-plan' }, 'Open the plan');
  open.addEventListener('click', () => onOpenPlan(p.id));
  return el(
    'section',
    { class: 'plan', 'aria-label': 'Linked plan' },
    el('h3', {}, `Plan: ${p.name}`),
    ' ',
    !!team && [teamLine(team, true), ' '],
    p.openGates.length
      ? [el('div', { class: 'muted' }, 'Open gates'), ' ', el('ul', { class: 'gates' }, p.openGates.map((g) => el('li', { class: 'check', 'data-gate': g.id }, g.label, !!g.owner && [' ', el('span', { class: 'muted' }, `(${g.owner})`)])))]
      : el('div', { class: 'muted' }, 'No open gates.'),
    ' ',
    p.openBlockers.length
      ? [
          el('div', { class: 'muted' }, 'Open blockers'),
          ' ',
          el(
            'ul',
            { class: 'blockers' },
            p.openBlockers.map((b) =>
              el('li', { class: 'check', 'data-blocker': b.id }, el('span', { class: 'severity blocker' }, b.severity), b.title, !!b.owner && [' ', el('span', { class: 'muted' }, `(${b.owner}${b.due ? `, due ${b.due}` : ''})`)]),
            ),
          ),
        ]
      : el('div', { class: 'muted' }, 'No open blockers.'),
    ' ',
    open,
  );
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

/** What was read and from where, what this page could not show, and why an API gave nothing: said, never guessed. */
const provenance = (c: CampaignVerdict, platformTitle: string) => [
  !!c.apiProblem && [' ', el('p', { class: 'api-problem' }, `${c.apiProblem} Showing what the page shows.`)],
  !!c.read?.length && [' ', el('p', { class: 'muted read' }, readLine(c.read, platformTitle))],
  !!c.apiNote && [' ', el('p', { class: 'muted api-note' }, c.apiNote)],
  !!c.unread?.length && [' ', el('p', { class: 'unread', 'data-unread': c.unread.join(',') }, `Couldn't read ${c.unread.join(', ')} on this page.`)],
];

const campaign = (c: CampaignVerdict, showKey: boolean, platformTitle: string, onOpenPlan: (id: string) => void) =>
  el(
    'section',
    { class: 'campaign', 'data-key': c.campaignKey },
    (showKey || !!c.name) && [el('h2', {}, c.name ?? c.campaignKey), ' '],
    el('div', { class: 'muted' }, `${STATE_TITLES[c.readiness.state]} · score ${c.readiness.score}/100`),
    ' ',
    ...provenance(c, platformTitle),
    ' ',
    c.readiness.findings.length ? el('ul', { class: 'checks' }, c.readiness.findings.map(finding)) : el('p', { class: 'muted' }, c.unread?.length ? 'Every check on what was read passes.' : 'Every check passes.'),
    !!c.plan && [' ', plan(c.plan, onOpenPlan, c.team)],
    !c.plan && !!c.team && [' ', el('section', { class: 'plan', 'aria-label': 'Linked plan' }, el('h3', {}, `Plan: ${c.team.planId}`), ' ', teamLine(c.team, false))],
  );

/**
 * The panel: its styles, a toggle with the verdict, and the checks when expanded. Folded, the
 * panel is only its toggle, drawn as a pill: "Preflight", the state's label on the state's colour
 * and the failing count (the platform and score are hidden, "failing" is left to assistive tech).
 * Page text is set as text only. The checks are a tab stop of their own, so a list taller than the
 * panel scrolls from the keyboard.
 */
export function drawPanel({ verdict, expanded, onToggle, onKeydown, onOpenPlan }: PanelProps): PanelParts {
  const state = overallState(verdict);
  const score = lowestScore(verdict);
  const failing = failingCount(verdict);
  const toggle = el(
    'button',
    { type: 'button', class: 'toggle', 'aria-controls': 'preflight-body' },
    el('span', { class: 'title' }, 'Preflight', el('span', { class: 'platform' }, ` · ${verdict.platformTitle}`)),
    ' ',
    verdict.error
      ? el('span', { class: 'state at-risk' }, 'Unread')
      : [
          el('span', { class: `state ${state}` }, STATE_TITLES[state]),
          ' ',
          el('span', { class: 'summary' }, score !== undefined && el('span', { class: 'score' }, `${score}/100 · `), String(failing), el('span', { class: 'failing' }, ' failing')),
        ],
  ) as HTMLButtonElement;
  toggle.addEventListener('click', onToggle);
  const body = el(
    'div',
    { class: 'body', id: 'preflight-body', role: 'group', 'aria-label': 'Checks', tabindex: '0' },
    verdict.error
      ? el('p', { class: 'error', role: 'status' }, 'Preflight could not read this page.')
      : verdict.campaigns.length
        ? verdict.campaigns.map((c) => campaign(c, verdict.campaigns.length > 1, verdict.platformTitle, onOpenPlan))
        : el('p', { class: 'muted' }, 'No campaign details found on this page.'),
  );
  const panel = el('div', { class: 'panel', role: 'region', 'aria-label': 'Preflight readiness' }, toggle, ' ', body);
  panel.addEventListener('keydown', onKeydown);
  const parts = { nodes: [el('style', {}, overlayCss), panel], panel, toggle, body };
  showExpanded(parts, expanded);
  return parts;
}

/** Folds the drawn panel to its pill, or unfolds it. */
export function showExpanded({ panel, toggle, body }: PanelParts, expanded: boolean): void {
  panel.classList.toggle('folded', !expanded);
  toggle.setAttribute('aria-expanded', String(expanded));
  body.hidden = !expanded;
}
