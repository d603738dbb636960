export type { BudgetValue, CampaignFacts, Fact } from './facts.js';
export { checkCampaignFacts, PLATFORM_DISABLED, platformChecked, type PlatformReadiness } from './check.js';
export { PLATFORM_RULES, type PlatformRule } from './rules.js';
export { PLAN_BLOCKER_OPEN, PLAN_GATE_OPEN } from './plan-link.js';
export { PLAN_MATCH_RULES, platformStatus } from './plan-match.js';
export { currencyExponent, normaliseBudget, type NormalisedBudget } from './budget.js';
export { CLICK_IDS, parseQuery, parseUtm, type UrlParam } from './utm.js';
export { PLATFORM_TITLES } from './titles.js';
