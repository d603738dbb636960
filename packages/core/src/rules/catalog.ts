import { APPROVAL_RULES } from '../approvals/rules.js';
import { BLOCKER_RULES } from '../blockers/rules.js';
import { BRIEF_RULES } from '../brief/rules.js';
import { CAMPAIGN_RULES } from '../campaign/rules.js';
import { CHECKLIST_RULES } from '../checklist/rules.js';
import { LIFECYCLE_RULES } from '../lifecycle/rules.js';
import { MILESTONE_RULES } from '../milestones/rules.js';
import { RACI_RULES } from '../raci/rules.js';
import { ACTION_RULES } from '../portfolio/actions.js';
import { THRESHOLD_RULES } from '../readiness/thresholds.js';
import { STEP_RULES } from '../steps/rules.js';
import type { Rule } from './rule.js';

/** Every readiness rule, in catalog order. Ids are stable: configs and findings refer to them. */
export const RULES: readonly Rule[] = [
  ...LIFECYCLE_RULES,
  ...BRIEF_RULES,
  ...CAMPAIGN_RULES,
  ...RACI_RULES,
  ...STEP_RULES,
  ...BLOCKER_RULES,
  ...APPROVAL_RULES,
  ...CHECKLIST_RULES,
  ...MILESTONE_RULES,
  ...THRESHOLD_RULES,
  ...ACTION_RULES,
];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
