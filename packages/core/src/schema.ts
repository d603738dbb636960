/**
 * `@preflight/core/schema`: the zod (`zod/mini`) schemas of the plan, the rules config and a team
 * template, for integrators who validate one record or build their own forms, with the checks
 * behind them (`isId`, `isObject`). The main entry's `parsePlan` and `parseConfig` are what most code needs.
 */
export {
  ApprovalSchema,
  BlockerSchema,
  BriefSchema,
  CampaignSchema,
  ChecklistItemSchema,
  CorrectiveActionSchema,
  KeyResultSchema,
  LogEntrySchema,
  MilestoneSchema,
  PlanPersonSchema,
  PlanSchema,
  PlatformLinkSchema,
  RaciSchema,
  ReportingSchema,
  StepSchema,
  TargetRefSchema,
} from './plan/schema.js';
export { isId } from './plan/primitives.js';
export { isObject } from './json/object.js';
export { parseListInSlices } from './plan/parse.js';
export { BudgetCapSchema, BusinessHoursSchema, RulesConfigSchema } from './config/schema.js';
export { TeamTemplateSchema } from './templates/team.js';
