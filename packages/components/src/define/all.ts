// Every Preflight element registered by one import (`@preflight/components/define/all`); the drop-in is built from it (dist/dropin/preflight.js).
export * from './preflight-raci.js';
export * from './preflight-blocker-log.js';
export * from './preflight-checklist.js';
export * from './preflight-badge.js';
export * from './preflight-brief.js';
export * from './preflight-approvals.js';
export * from './preflight-actions.js';
export * from './preflight-timeline.js';
export * from './preflight-team-settings.js';
export * from './preflight-metrics.js';
export * from './preflight-agenda.js';
