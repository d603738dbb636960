/**
 * Team templates: a plan the team has tuned (its RACI, its gates, its timing), saved with every date
 * turned into days from launch, so the next campaign starts from it instead of from the catalog.
 */
import * as z from 'zod/mini';
import { addDays } from '../time/days.js';
import { parsePlan } from '../plan/parse.js';
import { Hours, Id, Name, Text } from '../plan/primitives.js';
import { CURRENT_SCHEMA_VERSION, RaciSchema, type Plan, type Raci } from '../plan/schema.js';
import { CAMPAIGN_TYPES, GATES, HANDOFFS, LAYERS, MILESTONE_KINDS } from '../plan/vocabulary.js';
import type { ParseResult, Problem } from '../problems/problem.js';
import { problemsFromIssues } from '../problems/zod-issues.js';
import { daysBetween } from '../time/instant.js';
import { templatePlanId, type TemplateOptions } from './create.js';

/** Days from the launch date: negative before it. Ten years either way. */
const Offset = z.number().check(z.int(), z.gte(-3650), z.lte(3650));

export const TeamTemplateSchema = z.strictObject({
  format: z.literal('preflight-team-template'),
  version: z.literal(1),
  id: Id,
  title: Name,
  type: z.enum(CAMPAIGN_TYPES),
  owner: z.optional(Name),
  roles: z.array(Name),
  steps: z.array(
    z.strictObject({
      id: Id, name: Name, layer: z.enum(LAYERS), raci: RaciSchema, dependsOn: z.optional(z.array(Id)),
      start: z.optional(Offset), due: z.optional(Offset), slaHours: z.optional(Hours), commonBlocker: z.optional(Text),
    }),
  ),
  checklist: z.array(
    z.strictObject({ id: Id, label: Name, layer: z.enum(LAYERS), handoff: z.optional(z.enum(HANDOFFS)), owner: z.optional(Name), due: z.optional(Offset), gate: z.boolean(), gateId: z.optional(z.enum(GATES)) }),
  ),
  milestones: z.array(z.strictObject({ id: Id, name: Name, kind: z.enum(MILESTONE_KINDS), planned: Offset, owner: z.optional(Name), event: z.optional(Text), slaHours: z.optional(Hours) })),
  standardGates: z.optional(z.array(z.enum(GATES))),
});

export type TeamTemplate = z.infer<typeof TeamTemplateSchema>;

const copyRaci = (raci: Raci): Raci => defined({ responsible: [...raci.responsible], accountable: [...raci.accountable], consulted: [...raci.consulted], informed: [...raci.informed], backup: raci.backup });

/** Only what is set: a template never carries `key: undefined`. */
const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/**
 * The plan as a team template: its roles, RACI, dependencies, checklist, milestones and standard
 * gates, with dates as days from its launch date. What belongs to one campaign (the brief, blockers,
 * approvals, the log, anything done) is left out. The plan needs a launch date to measure from.
 */
export function templateFromPlan(plan: Plan, options: { id: string; title?: string }): TeamTemplate {
  const launch = plan.campaign.launchDate;
  if (launch === undefined) throw new RangeError('the plan has no launch date, so its dates cannot be saved as days from launch');
  const offset = (date: string | undefined) => (date === undefined ? undefined : daysBetween(launch, date));
  return defined({
    format: 'preflight-team-template' as const,
    version: 1 as const,
    id: options.id,
    title: options.title ?? plan.campaign.name,
    type: plan.campaign.type,
    owner: plan.campaign.owner,
    roles: [...plan.roles],
    steps: plan.steps.map((s) =>
      defined({ id: s.id, name: s.name, layer: s.layer, raci: copyRaci(s.raci), dependsOn: s.dependsOn && [...s.dependsOn], start: offset(s.start), due: offset(s.due), slaHours: s.slaHours, commonBlocker: s.commonBlocker }),
    ),
    checklist: plan.checklist.map((i) => defined({ id: i.id, label: i.label, layer: i.layer, handoff: i.handoff, owner: i.owner, due: offset(i.due), gate: i.gate, gateId: i.gateId })),
    milestones: plan.milestones.map((m) => defined({ id: m.id, name: m.name, kind: m.kind, planned: offset(m.planned)!, owner: m.owner, event: m.event, slaHours: m.slaHours })),
    standardGates: plan.standardGates ?? [...new Set(plan.checklist.flatMap((i) => (i.gate && i.gateId ? [i.gateId] : [])))],
  });
}

/** A new draft plan from a team template, every date set from the launch date; the brief is left to answer. */
export function planFromTeamTemplate(template: TeamTemplate, options: TemplateOptions): Plan {
  const launch = options.launchDate;
  const date = (days: number | undefined) => (days === undefined ? undefined : addDays(launch, days));
  return defined({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: options.id ?? templatePlanId(template.type, options.name, launch),
    campaign: defined({ name: options.name, type: template.type, state: 'draft' as const, owner: options.owner ?? template.owner, launchDate: launch, links: [] }),
    brief: { objective: '', okr: '', audience: '', offer: '', systems: [], deadline: launch, successMetric: '', successTarget: '' },
    roles: [...template.roles],
    steps: template.steps.map((s) => defined({ ...s, raci: copyRaci(s.raci), dependsOn: s.dependsOn && [...s.dependsOn], start: date(s.start), due: date(s.due) })),
    blockers: [],
    checklist: template.checklist.map((i) => defined({ ...i, due: date(i.due) })),
    standardGates: template.standardGates && [...template.standardGates],
    milestones: template.milestones.map((m) => defined({ ...m, planned: date(m.planned)! })),
    approvals: [],
  });
}

/**
 * A team template read from JSON, or every problem with its path. A template whose plan would not be
 * valid (an unknown role, a dependency on a missing step) is refused with the plan's problems.
 */
export function parseTeamTemplate(input: unknown): ParseResult<TeamTemplate> {
  const result = TeamTemplateSchema.safeParse(input, { reportInput: true });
  if (!result.success) return { ok: false, problems: problemsFromIssues(result.error.issues) };
  const trial = parsePlan(planFromTeamTemplate(result.data, { name: result.data.title, launchDate: '2026-01-01' }));
  if (!trial.ok) return { ok: false, problems: trial.problems.map((p): Problem => ({ ...p, message: `${p.message} (in the plan it makes)` })) };
  return { ok: true, value: result.data, problems: [] };
}
