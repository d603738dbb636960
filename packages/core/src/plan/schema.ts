import * as z from 'zod/mini';
import { Hours, Id, IsoDate, IsoDateTime, Name, SafeUrl, Text } from './primitives.js';
import {
  BLOCKER_SEVERITIES,
  CAMPAIGN_TYPES,
  DECISIONS,
  GATES,
  HANDOFFS,
  KILLERS,
  LAYERS,
  LIFECYCLE_STATES,
  MILESTONE_KINDS,
  PLATFORMS,
  REVIEW_KINDS,
} from './vocabulary.js';

export const CURRENT_SCHEMA_VERSION = 3;

const Role = Name;

export const PlatformLinkSchema = z.strictObject({
  platform: z.enum(PLATFORMS),
  /** Normalised platform campaign key, e.g. `hubspot:51657317:22eb0e01-…`. */
  key: z.string().check(z.minLength(3), z.maxLength(200)),
  url: z.optional(SafeUrl),
});

export const CampaignSchema = z.strictObject({
  name: Name,
  type: z.enum(CAMPAIGN_TYPES),
  state: z.enum(LIFECYCLE_STATES),
  owner: z.optional(Role),
  launchDate: z.optional(IsoDate),
  endDate: z.optional(IsoDate),
  /** The approved budget: a platform budget above it (same currency and period) is a finding. */
  budget: z.optional(
    z.strictObject({
      amount: z.number().check(z.gt(0)),
      currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'must be a three-letter ISO currency code such as USD')),
      period: z.enum(['total', 'daily']),
    }),
  ),
  links: z.optional(z.array(PlatformLinkSchema)),
});

/** One measurable result the objective's OKR is judged by: where it should be and where it is. */
export const KeyResultSchema = z.strictObject({
  id: Id,
  name: Name,
  target: z.number().check(z.refine(Number.isFinite, 'must be a number, e.g. 500')),
  current: z.optional(z.number().check(z.refine(Number.isFinite, 'must be a number, e.g. 320'))),
});

/** The six questions every brief answers. */
export const BriefSchema = z.strictObject({
  objective: z.optional(Text),
  okr: z.optional(Text),
  keyResults: z.optional(z.array(KeyResultSchema)),
  audience: z.optional(Text),
  offer: z.optional(Text),
  systems: z.optional(z.array(Name)),
  deadline: z.optional(IsoDate),
  successMetric: z.optional(Text),
  successTarget: z.optional(Text),
});

export const RaciSchema = z.strictObject({
  responsible: z.array(Role),
  accountable: z.array(Role),
  consulted: z.array(Role),
  informed: z.array(Role),
  /** The named backup for the Accountable. */
  backup: z.optional(Role),
});

export const StepSchema = z.strictObject({
  id: Id,
  name: Name,
  layer: z.enum(LAYERS),
  raci: RaciSchema,
  dependsOn: z.optional(z.array(Id)),
  start: z.optional(IsoDate),
  due: z.optional(IsoDate),
  doneAt: z.optional(IsoDateTime),
  /** The role that marked the step done. */
  doneBy: z.optional(Role),
  slaHours: z.optional(Hours),
  commonBlocker: z.optional(Text),
});

export const TargetRefSchema = z.strictObject({
  kind: z.enum(['step', 'item', 'milestone', 'approval']),
  id: Id,
});

export const BlockerSchema = z.strictObject({
  id: Id,
  title: Name,
  owner: z.optional(Role),
  due: z.optional(IsoDate),
  severity: z.enum(BLOCKER_SEVERITIES),
  status: z.enum(['open', 'resolved']),
  category: z.optional(z.enum(KILLERS)),
  raisedAt: IsoDateTime,
  /** The role that raised it. */
  raisedBy: z.optional(Role),
  resolvedAt: z.optional(IsoDateTime),
  blocks: z.optional(TargetRefSchema),
  reopened: z.optional(z.number().check(z.int(), z.gte(0))),
  notes: z.optional(Text),
});

export const ChecklistItemSchema = z.strictObject({
  id: Id,
  label: Name,
  layer: z.enum(LAYERS),
  handoff: z.optional(z.enum(HANDOFFS)),
  owner: z.optional(Role),
  due: z.optional(IsoDate),
  /** A gate blocks launch until done. */
  gate: z.boolean(),
  gateId: z.optional(z.enum(GATES)),
  evidence: z.optional(SafeUrl),
  /** The approval record that passed this gate: "message and offer approved" needs an approved one. */
  approvalId: z.optional(Id),
  doneBy: z.optional(Role),
  doneAt: z.optional(IsoDateTime),
  reopened: z.optional(z.number().check(z.int(), z.gte(0))),
});

export const MilestoneSchema = z.strictObject({
  id: Id,
  name: Name,
  kind: z.enum(MILESTONE_KINDS),
  planned: IsoDate,
  actual: z.optional(IsoDate),
  owner: z.optional(Role),
  /** The system event that proves it happened (e.g. `hubspot:form-submission`). */
  event: z.optional(Text),
  slaHours: z.optional(Hours),
});

export const ApprovalSchema = z.strictObject({
  id: Id,
  kind: z.enum(REVIEW_KINDS),
  stepId: z.optional(Id),
  requestedAt: IsoDateTime,
  requestedFrom: z.optional(Role),
  decidedAt: z.optional(IsoDateTime),
  decision: z.optional(z.enum(DECISIONS)),
  decidedBy: z.optional(Role),
  slaHours: z.optional(Hours),
});

export const ReportingSchema = z.strictObject({
  /** Share of reported conversions that can be trusted, 0–100. */
  confidence: z.optional(z.number().check(z.gte(0), z.lte(100))),
  reportsChecked: z.optional(z.number().check(z.int(), z.gte(0))),
  defects: z.optional(z.number().check(z.int(), z.gte(0))),
});

/** A corrective action: what the team will change, who owns it, by when, and whether it is done. */
export const CorrectiveActionSchema = z.strictObject({
  id: Id,
  action: Name,
  owner: Role,
  due: IsoDate,
  status: z.enum(['open', 'done']),
  /** What it corrects, e.g. `threshold.launch-delay` or `blocker.recurring-category:structural-bottleneck`. */
  source: z.optional(Text),
  raisedAt: z.optional(IsoDateTime),
  doneAt: z.optional(IsoDateTime),
});

/** Programs planned and delivered, for the execution rate. */
export const ProgramsSchema = z.strictObject({ planned: z.number().check(z.int(), z.gte(0)), delivered: z.number().check(z.int(), z.gte(0)) });

export const LogEntrySchema = z.strictObject({
  at: IsoDateTime,
  summary: Text,
  by: z.optional(Role),
  target: z.optional(z.strictObject({ kind: z.enum(['step', 'item', 'milestone', 'approval', 'blocker', 'action', 'campaign']), id: Id })),
});

/** Who holds one of the plan's roles: every element shows the name beside the role, and notifications reach them. */
export const PlanPersonSchema = z.strictObject({
  /** One of the plan's roles, as `roles` names it. */
  role: Role,
  name: Name,
  email: z.optional(z.string().check(z.maxLength(254), z.regex(/^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/, 'must be an email address such as dana@example.com'))),
});

export const PlanSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: Id,
  /** Increases with every saved change; stores use it to refuse stale writes. */
  revision: z.optional(z.number().check(z.int(), z.gte(0))),
  campaign: CampaignSchema,
  brief: BriefSchema,
  /** The RACI matrix columns, in display order. */
  roles: z.array(Role),
  /** The person who holds each role (at most one per role). */
  people: z.optional(z.array(PlanPersonSchema)),
  steps: z.array(StepSchema),
  blockers: z.array(BlockerSchema),
  checklist: z.array(ChecklistItemSchema),
  /** The standard gates the plan keeps (set from its template): deleting one, or making it no gate, is a finding. */
  standardGates: z.optional(z.array(z.enum(GATES))),
  milestones: z.array(MilestoneSchema),
  approvals: z.array(ApprovalSchema),
  correctiveActions: z.optional(z.array(CorrectiveActionSchema)),
  reporting: z.optional(ReportingSchema),
  log: z.optional(z.array(LogEntrySchema)),
  /** Programs planned and delivered, for the execution rate. */
  programs: z.optional(ProgramsSchema),
});

export type Plan = z.infer<typeof PlanSchema>;
export type Campaign = z.infer<typeof CampaignSchema>;
export type Brief = z.infer<typeof BriefSchema>;
export type KeyResult = z.infer<typeof KeyResultSchema>;
export type Raci = z.infer<typeof RaciSchema>;
export type Step = z.infer<typeof StepSchema>;
export type Blocker = z.infer<typeof BlockerSchema>;
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;
export type Milestone = z.infer<typeof MilestoneSchema>;
export type Approval = z.infer<typeof ApprovalSchema>;
export type PlatformLink = z.infer<typeof PlatformLinkSchema>;
export type LogEntry = z.infer<typeof LogEntrySchema>;
export type CorrectiveActionRecord = z.infer<typeof CorrectiveActionSchema>;
export type TargetRef = z.infer<typeof TargetRefSchema>;
export type PlanPerson = z.infer<typeof PlanPersonSchema>;
