export * from './plan/index.js';
export * from './config/index.js';
export type { Problem, ParseResult } from './problems/problem.js';
