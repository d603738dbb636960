export { criticalPath, type CriticalPath } from './critical-path.js';
export { STEP_RULES } from './rules.js';
export { moveStep, reschedulePlan, stepDatesProblem } from './schedule.js';
export { planTimeline, type Timeline, type TimelineMilestone, type TimelineStep } from './timeline.js';
