import type { RulesConfig } from '../config/schema.js';
import type { Finding } from '../readiness/types.js';
import { backup, consultedLimit, everyoneOwnsStepRule, informedOnly, oneAccountable, responsible } from './rules.js';

/** The RACI rules that judge one step's row, in the order a reader checks them. */
const ROW_RULES = [oneAccountable, responsible, backup, consultedLimit, everyoneOwnsStepRule, informedOnly];

/** One RACI rule on one step's row: its title (from the catalog) and whether the row meets it. */
export interface RaciCheck {
  ruleId: string;
  title: string;
  met: boolean;
}

/**
 * The RACI rules a step's row is judged by, as the team's config keeps them (a rule turned off is
 * left out), each met unless the step has a finding from it. `stepFindings` are the step's findings
 * from `evaluate` with the same config.
 */
export function raciRowChecks(stepFindings: readonly Finding[], config: RulesConfig): RaciCheck[] {
  const failed = new Set(stepFindings.map((f) => f.ruleId));
  return ROW_RULES.filter((rule) => config.rules[rule.id]?.enabled !== false).map((rule) => ({ ruleId: rule.id, title: rule.title, met: !failed.has(rule.id) }));
}
