import { PLATFORM_RULE_IDS } from '../platform/rule-ids.js';
import { RULES } from '../rules/catalog.js';

/** Every rule a config can switch off or re-rate: the plan's readiness rules and the platform checks. */
export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set([...RULES.map((r) => r.id), ...PLATFORM_RULE_IDS]);
