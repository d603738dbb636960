export { RULES, ruleById } from './catalog.js';
export type { Rule, RuleHit } from './rule.js';
export type { RuleContext } from './context.js';
