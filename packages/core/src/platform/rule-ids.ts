/**
 * Every platform check's id, kept apart from the checks themselves so that validating a config
 * does not pull the platform checks into a widget's bundle. A test keeps it equal to the checks.
 */
export const PLATFORM_RULE_IDS = [
  'platform.naming',
  'platform.banned-words',
  'platform.utm-required',
  'platform.utm-lowercase',
  'platform.utm-spaces',
  'platform.utm-medium',
  'platform.dates',
  'platform.date-order',
  'platform.owner',
  'platform.budget-set',
  'platform.budget-unreadable',
  'platform.budget-cap',
  'platform.budget-comparable',
  'platform.disabled',
  'platform.plan-gate-open',
  'platform.plan-blocker-open',
  'platform.live-unapproved',
  'platform.plan-dates',
  'platform.plan-budget',
] as const;
