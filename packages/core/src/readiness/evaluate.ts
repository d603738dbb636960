import type { RulesConfig, Severity } from '../config/schema.js';
import type { Plan } from '../plan/schema.js';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import { RULES } from '../rules/catalog.js';
import { ruleContext } from '../rules/context.js';
import type { Finding, Readiness } from './types.js';
import { scoreFindings } from './score.js';

const SEVERITY_ORDER: Record<Severity, number> = { blocker: 0, warning: 1, info: 2 };
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Severity first, then rule id, then target; ties keep the order the rule reported them in. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.target.kind, b.target.kind) ||
    cmp(a.target.id, b.target.id)
  );
}

/**
 * Judges a plan at the instant `now`: every enabled rule's findings, the score they leave, and the
 * state. Blocked on any blocker-severity finding (a due open gate is one), at risk on a warning or
 * a crossed threshold, ready otherwise. The same plan and `now` always give the same result.
 */
export function evaluate(plan: Plan, options: { now: string; config?: RulesConfig }): Readiness {
  const config = options.config ?? DEFAULT_CONFIG;
  const ctx = ruleContext(plan, options.now, config);
  const findings: Finding[] = [];
  let thresholdCrossed = false;
  for (const rule of RULES) {
    const setting = config.rules[rule.id];
    if (setting?.enabled === false) continue;
    const severity = setting?.severity ?? rule.severity;
    const points = config.scoring[severity];
    for (const h of rule.check(ctx)) {
      findings.push({ ruleId: rule.id, severity, message: h.message, target: h.target, ...(h.owner === undefined ? {} : { owner: h.owner }), fix: h.fix, points });
      if (rule.crossesThreshold) thresholdCrossed = true;
    }
  }
  findings.sort(compareFindings);
  return scoreFindings(findings, thresholdCrossed);
}
