/**
 * `@preflight/core`: what an integrator uses to read a plan, judge it and act on the result, listed
 * by concept. The plan's zod schemas are at `@preflight/core/schema`, time helpers at
 * `@preflight/core/time`, platform checks at `@preflight/core/platform`, the team server's settings
 * and notices at `@preflight/core/team-config` and `@preflight/core/notify`.
 *
 * A name is here when the widgets, the workspace, the extension or the server use it, or when an
 * integrator writes code against it: the plan and config types and their vocabulary, the parse,
 * evaluate and readiness functions, each concept's views with the types they take and give. The
 * tables and steps behind a view stay in their modules (LIFECYCLE_MOVES behind lifecycleMoves,
 * mayDecide behind decisionProblems, the default RACI behind the templates), where the core's tests,
 * the benches and test fixtures import them. Every name is listed by hand, none through `export *`.
 */

// The plan format
export { hasUnseenRecords, parsePlan, parsePlanInSlices, type ParseOptions, type SliceOptions } from './plan/parse.js';
export { migratePlan } from './plan/migrations.js';
export { fieldFromText, fieldProblem, type FormRecord, type RecordField } from './plan/fields.js';
export {
  CURRENT_SCHEMA_VERSION,
  type Approval,
  type Blocker,
  type Brief,
  type Campaign,
  type ChecklistItem,
  type CorrectiveActionRecord,
  type KeyResult,
  type LogEntry,
  type Milestone,
  type Plan,
  type PlanPerson,
  type PlatformLink,
  type Raci,
  type Step,
  type TargetRef,
} from './plan/schema.js';
export {
  BLOCKER_SEVERITIES,
  CAMPAIGN_TYPES,
  DECISIONS,
  GATES,
  GATE_TITLES,
  GLOSSARY,
  HANDOFFS,
  KILLERS,
  KILLER_TITLES,
  LAYERS,
  LIFECYCLE_STATES,
  MILESTONE_KINDS,
  PLATFORMS,
  RACI_BY_LETTER,
  RACI_LETTERS,
  REVIEW_KINDS,
  STATE_TITLES,
  SEVERITY_TITLES,
  type BlockerSeverity,
  type CampaignType,
  type Decision,
  type GateId,
  type Handoff,
  type Killer,
  type Layer,
  type LifecycleState,
  type MilestoneKind,
  type PlatformId,
  type RaciKey,
  type RaciLetter,
  type ReviewKind,
} from './plan/vocabulary.js';
export type { ParseResult, Problem } from './problems/problem.js';
export { problemWords } from './problems/words.js';

// The team's rules
export { parseConfig } from './config/parse.js';
export { DEFAULT_CONFIG } from './config/defaults.js';
export { SEVERITIES, type BudgetCap, type BusinessHours, type RulesConfig, type RulesConfigInput, type Severity } from './config/schema.js';

// Readiness
export { evaluate } from './readiness/evaluate.js';
export { findingsState, isFailing, scoreFindings, worstState } from './readiness/score.js';
export { verdictReasons } from './readiness/verdict.js';
export { findingsByTarget, targetKey } from './readiness/by-target.js';
export { correctiveActions, type CorrectiveAction } from './readiness/thresholds.js';
export type { Finding, Readiness, ReadinessState, Target, TargetKind } from './readiness/types.js';
export { RULES, ruleById } from './rules/catalog.js';
export type { Rule } from './rules/rule.js';

// Each concept's views of a plan
export { BRIEF_FIELD_TITLES, BRIEF_QUESTIONS, missingBriefAnswers, missingBriefFields, type BriefAnswerField, type BriefQuestion, type BriefQuestionId } from './brief/questions.js';
export { raciRowChecks, type RaciCheck } from './raci/step-checks.js';
export { countPlaces, renameRole, undoRoleRename, type RoleRename, type RolePlace } from './raci/rename-role.js';
export { personFor, renamePerson, roleLabel, setPerson } from './raci/people.js';
export { blockerStatus, type BlockerStatus } from './blockers/status.js';
export { BLOCKER_SORTS, resortBlockers, sortBlockers, type BlockerSort } from './blockers/order.js';
export { checklistProgress, gateDueDate, openLaunchGates, type ChecklistProgress } from './checklist/gates.js';
export { isSafeLink } from './checklist/fields.js';
export { approvalSlaClock, durationText, type SlaClock } from './approvals/sla-clock.js';
export {
  DECISION_TITLES,
  approvalDeciders,
  decidersText,
  decidingStep,
  decisionProblems,
  decisionSummary,
  requestSummary,
  type Decider,
  type DecisionInput,
} from './approvals/deciders.js';
export { requestProblems, type RequestInput } from './approvals/requests.js';
export { unmetDefinition } from './lifecycle/definitions.js';
export { learningsProblem, recordLearnings, recordedLearnings, type LearningsInput } from './lifecycle/learnings.js';
export { LIFECYCLE_TITLES, lifecycleMoveProblem, lifecycleMoves, type LifecycleMove } from './lifecycle/transitions.js';
export { criticalPath, type CriticalPath } from './steps/critical-path.js';
export { moveStep, planTimeline, reschedulePlan, stepDatesProblem, type Timeline, type TimelineMilestone, type TimelineStep } from './steps/index.js';
export { milestoneActualProblem, moveMilestone } from './milestones/schedule.js';
export { escalations, type Escalation, type LadderRole } from './escalations/escalations.js';
export { reviewLadder, type LadderRung } from './escalations/ladder.js';

// Across plans, over time
export { portfolioPatterns, actionsOf, unrecordedActions, type ActionStatus, type PortfolioPattern } from './portfolio/index.js';
export { measuresProblems, measuresValues, type MeasuresInput, type MeasuresValues } from './metrics/measures.js';
export { actionProblems, rescheduleProblems, recordSummary, statusSummary, rescheduleSummary, type ActionInput, type RescheduleInput } from './portfolio/index.js';
export { filterPortfolio, portfolioRows, sortPortfolio, PORTFOLIO_SORT_KEYS, type PortfolioFilter, type PortfolioRow, type PortfolioSortKey, type SortDirection } from './portfolio/index.js';
export { computeMetrics, type Metrics, type MetricsOptions, type PlanFigures, type SprintCount, type SprintTrend } from './metrics/compute.js';
export { agenda, MEETINGS, type Agenda, type AgendaEntry, type AgendaKind, type BlockedEntry, type Meeting, type MeetingKind } from './cadence/index.js';
export { agendaHeading, agendaMarkdown, agendaSections, agendaText, blockedFlags, type AgendaSection, type AgendaSectionId } from './cadence/index.js';
export { metricFigures, metricsCsv, percent, type MetricFigure, type MetricId, type MetricUnit } from './metrics/figures.js';
export type { CapacityEntry, RecognitionEntry } from './cadence/sections.js';

// Making and moving plans
export { copyPlan } from './plan/copy.js';
export { createPlanFromTemplate, templateProblems, TEMPLATES, type TemplateInfo, type TemplateOptions } from './templates/index.js';
export { parseTeamTemplate, planFromTeamTemplate, templateFromPlan, type TeamTemplate } from './templates/team.js';
export { shiftPlanDates } from './calendar/shift.js';
export { raciToCsv, blockersToCsv } from './exchange/csv.js';
