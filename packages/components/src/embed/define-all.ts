// The drop-in: importing this module registers every Preflight element (built as dist/dropin/preflight.js).
export * from '../define/preflight-raci.js';
export * from '../define/preflight-blocker-log.js';
export * from '../define/preflight-checklist.js';
export * from '../define/preflight-badge.js';
export * from '../define/preflight-brief.js';
export * from '../define/preflight-approvals.js';
export * from '../define/preflight-timeline.js';
