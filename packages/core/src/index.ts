export * from './plan/index.js';
export * from './config/index.js';
export type { Problem, ParseResult } from './problems/problem.js';
export * from './readiness/types.js';
export { DEFAULT_RACI, DEFAULT_ROLES, type DefaultRaciRow } from './raci/default-raci.js';
export * from './exchange/json.js';
export { formatPath } from './problems/problem.js';
export * from './platform/index.js';
