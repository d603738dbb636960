import { addDays } from '../time/days.js';
import { Id, Name } from '../plan/primitives.js';
import { isIsoDate } from '../time/iso-dates.js';
import { CURRENT_SCHEMA_VERSION, type ChecklistItem, type Milestone, type Plan, type Step } from '../plan/schema.js';
import { CAMPAIGN_TYPES, GATE_TITLES, type CampaignType, type MilestoneKind } from '../plan/vocabulary.js';
import type { Problem } from '../problems/problem.js';
import { BASE_STEPS, GATE_PLAN, templateFor, type StepSpec } from './catalog.js';

export interface TemplateOptions {
  name: string;
  /** `YYYY-MM-DD`; every date in the plan is set relative to it. */
  launchDate: string;
  /** Defaults to one derived from name, type and launch date. */
  id?: string;
  /** The campaign owner; defaults to the Campaign manager. */
  owner?: string;
}

/** The milestone chain, with who owns each and which system event proves it. */
const MILESTONES: readonly { kind: MilestoneKind; name: string; owner: string; event: string; day: (leadsDays: number) => number }[] = [
  { kind: 'brief-approved', name: 'Brief approved', owner: 'Demand gen lead', event: 'Campaign brief intake step done', day: () => -28 },
  { kind: 'creative-finalised', name: 'Creative finalised', owner: 'Campaign manager', event: 'Creative production step done', day: () => -14 },
  { kind: 'tracking-qa-passed', name: 'Tracking QA passed', owner: 'Ops lead', event: 'Tracking validation gate done', day: () => -2 },
  { kind: 'campaign-launched', name: 'Campaign launched', owner: 'Campaign manager', event: 'Launch approval recorded', day: () => 0 },
  { kind: 'first-50-leads', name: 'First 50 leads captured', owner: 'Demand gen lead', event: 'CRM: 50 contacts with this campaign as first touch', day: (d) => d },
];

/** Every problem with the options, by field name; empty when a plan can be made. */
export function templateProblems(type: unknown, options: Partial<Record<keyof TemplateOptions, unknown>>): Problem[] {
  const problems: Problem[] = [];
  if (!CAMPAIGN_TYPES.includes(type as CampaignType)) problems.push({ path: 'type', code: 'invalid_value', message: `must be one of ${CAMPAIGN_TYPES.join(', ')}` });
  if (!Name.safeParse(options.name).success) problems.push({ path: 'name', code: 'invalid_value', message: 'must be a non-blank name of at most 200 characters' });
  if (typeof options.launchDate !== 'string' || !isIsoDate(options.launchDate)) {
    problems.push({ path: 'launchDate', code: 'invalid_value', message: 'must be a calendar date written YYYY-MM-DD' });
  }
  if (!problems.some((p) => p.path === 'type' || p.path === 'launchDate')) problems.push(...calendarProblems(type as CampaignType, options.launchDate as string));
  if (options.id !== undefined && !Id.safeParse(options.id).success) {
    problems.push({ path: 'id', code: 'invalid_value', message: 'must start with a letter or digit and use only letters, digits, _ . : - (at most 80)' });
  }
  if (options.owner !== undefined && !Name.safeParse(options.owner).success) problems.push({ path: 'owner', code: 'invalid_value', message: 'must be a non-blank name of at most 200 characters' });
  return problems;
}

/** The earliest and latest day of a type's plan, relative to launch. */
function templateSpan(type: CampaignType): { before: number; after: number } {
  const template = templateFor(type);
  const days = [
    ...[...BASE_STEPS, ...template.steps].flatMap((s) => [s.start, s.due]),
    ...GATE_PLAN.map((g) => g.due),
    ...MILESTONES.map((m) => m.day(template.firstLeadsDays)),
  ];
  return { before: -Math.min(0, ...days), after: Math.max(0, ...days) };
}

/** Every date of the plan must stay a four-digit-year calendar date. */
function calendarProblems(type: CampaignType, launch: string): Problem[] {
  const { before, after } = templateSpan(type);
  if (!isIsoDate(addDays(launch, after))) {
    return [{ path: 'launchDate', code: 'too_big', message: `leaves plan dates up to ${after} days after it, past 9999-12-31; choose an earlier launch date` }];
  }
  if (!isIsoDate(addDays(launch, -before))) {
    return [{ path: 'launchDate', code: 'too_small', message: `leaves plan dates up to ${before} days before it, before 0000-01-01; choose a later launch date` }];
  }
  return [];
}

/** FNV-1a: a short, stable fingerprint so the same inputs always give the same id. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A readable id that is the same for the same name, type and launch date. */
export function templatePlanId(type: CampaignType, name: string, launchDate: string): string {
  const slug = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  return `${slug || type}-${launchDate}-${fingerprint(`${type}\u0000${name}\u0000${launchDate}`)}`;
}

function toStep(spec: StepSpec, launch: string): Step {
  return {
    id: spec.id,
    name: spec.name,
    layer: spec.layer,
    raci: { responsible: [...spec.responsible], accountable: [spec.accountable], consulted: [...spec.consulted], informed: [...spec.informed], backup: spec.backup },
    dependsOn: [...spec.dependsOn],
    start: addDays(launch, spec.start),
    due: addDays(launch, spec.due),
    ...(spec.slaHours ? { slaHours: spec.slaHours } : {}),
    commonBlocker: spec.commonBlocker,
  };
}

/**
 * A new draft plan for a campaign type: the default RACI plus the type's own steps, the eight
 * gates, the milestone chain, all dated relative to launch, and an empty brief to answer.
 * Pure: the same arguments always give the same plan. Check arguments from people with
 * `templateProblems` first; invalid arguments here are a programming error.
 */
export function createPlanFromTemplate(type: CampaignType, options: TemplateOptions): Plan {
  const problems = templateProblems(type, options);
  if (problems.length) throw new TypeError(`Invalid template options: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  const { name, launchDate: launch } = options;
  const template = templateFor(type);
  // In the order work is due, so the plan reads as it will happen.
  const specs = [...BASE_STEPS, ...template.steps].map((spec, order) => ({ spec, order }));
  specs.sort((a, b) => a.spec.due - b.spec.due || a.order - b.order);
  const steps = specs.map(({ spec }) => toStep(spec, launch));
  // The launch approval waits for every other step due before it.
  const approval = steps.find((s) => s.id === 'launch-approval')!;
  const approvalDue = BASE_STEPS.find((s) => s.id === 'launch-approval')!.due;
  for (const { spec } of specs) {
    if (spec.id !== 'launch-approval' && spec.due < approvalDue && spec.id !== 'brief-intake' && !approval.dependsOn!.includes(spec.id)) approval.dependsOn!.push(spec.id);
  }
  const owner = options.owner ?? 'Campaign manager';
  const roles = [...new Set([owner, ...steps.flatMap((s) => [...s.raci.responsible, ...s.raci.accountable, ...s.raci.consulted, ...s.raci.informed, s.raci.backup!])])];
  const checklist: ChecklistItem[] = GATE_PLAN.map((g) => ({
    id: `gate-${g.gate}`,
    label: GATE_TITLES[g.gate],
    layer: g.layer,
    ...(g.handoff ? { handoff: g.handoff } : {}),
    owner: g.owner,
    due: addDays(launch, g.due),
    gate: true,
    gateId: g.gate,
  }));
  const milestones: Milestone[] = MILESTONES.map((m) => ({
    id: `ms-${m.kind}`,
    name: m.name,
    kind: m.kind,
    planned: addDays(launch, m.day(template.firstLeadsDays)),
    owner: m.owner,
    event: m.event,
  }));
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: options.id ?? templatePlanId(type, name, launch),
    campaign: { name, type, state: 'draft', owner, launchDate: launch, links: [] },
    brief: { objective: '', okr: '', audience: '', offer: '', systems: [], deadline: launch, successMetric: '', successTarget: '' },
    roles,
    steps,
    blockers: [],
    checklist,
    standardGates: GATE_PLAN.map((g) => g.gate),
    milestones,
    approvals: [],
  };
}
