/**
 * What the CLI's commands share, for the commands other packages add to `preflight` (the team
 * server's share, revoke, push, pull and check --server): the same reading, judging and printing.
 */
export { judgeOptions, printReadiness, reportBadInput, type Values } from './commands.js';
export { EXIT, InputError, json, loadPlans, type Io, type LoadedPlan } from './io.js';
