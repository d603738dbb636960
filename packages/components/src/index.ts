// Classes only: importing this registers nothing. Register with `@preflight/components/define/<tag>`.
export { PreflightElement, type Theme } from './shared/preflight-element.js';
export { PlanElement } from './shared/plan-element.js';
export { PlansElement } from './shared/plans-element.js';
export type { PreflightChange, PreflightChangeDetail, ChangeMap, PreflightEventMap } from './shared/changes.js';
export type { PlanStoreLike, StoreStatus } from './shared/plan-store.js';
export { systemClock, type Clock } from './shared/clock.js';
export { PreflightRaci } from './raci/raci.js';
export { PreflightBadge } from './badge/badge.js';
export { PreflightBlockerLog, type StatusFilter } from './blocker-log/blocker-log.js';
export { PreflightChecklist, type ChecklistGrouping } from './checklist/checklist.js';
export { PreflightBrief } from './brief/brief.js';
export { PreflightApprovals } from './approvals/approvals.js';
export { PreflightActions } from './actions/actions.js';
export { PreflightTimeline } from './timeline/timeline.js';
export { PreflightTeamSettings, type SettingsChange } from './team-settings/team-settings.js';
export { PreflightMetrics } from './metrics/metrics.js';
export { PreflightAgenda } from './agenda/agenda.js';
