import { PLATFORM_DISABLED } from '../platform/check.js';
import { PLAN_BLOCKER_OPEN, PLAN_GATE_OPEN } from '../platform/plan-link.js';
import { PLATFORM_RULES } from '../platform/rules.js';
import { RULES } from '../rules/catalog.js';

/** Every rule a config can switch off or re-rate: the plan's readiness rules and the platform checks. */
export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set([
  ...RULES.map((r) => r.id),
  ...PLATFORM_RULES.map((r) => r.id),
  PLATFORM_DISABLED.id,
  PLAN_GATE_OPEN.id,
  PLAN_BLOCKER_OPEN.id,
]);
