import type { RulesConfig } from '../config/schema.js';
import type { Plan } from '../plan/schema.js';
import { isLaunchGate, isOpenGate } from '../checklist/gates.js';
import { evaluate } from '../readiness/evaluate.js';
import { targetKey } from '../readiness/by-target.js';
import type { Finding, Readiness, RuleDefinition } from '../readiness/types.js';

export const PLAN_GATE_OPEN: RuleDefinition = {
  id: 'platform.plan-gate-open',
  title: 'The linked plan has no open launch gate',
  severity: 'warning',
  rationale: 'The campaign is set up on the platform, but the plan says a launch gate is not passed yet.',
};

export const PLAN_BLOCKER_OPEN: RuleDefinition = {
  id: 'platform.plan-blocker-open',
  title: 'The linked plan has no open blocker',
  severity: 'warning',
  rationale: 'An open blocker in the plan holds the launch whatever the platform shows.',
};

/** A finding for a platform rule, with the configured severity and points; null when the rule is turned off. */
export function platformFinding(rule: RuleDefinition, config: RulesConfig, f: Omit<Finding, 'ruleId' | 'severity' | 'points'>): Finding | null {
  const setting = config.rules[rule.id];
  if (setting?.enabled === false) return null;
  const severity = setting?.severity ?? rule.severity;
  return { ruleId: rule.id, severity, ...f, points: config.scoring[severity] };
}

/**
 * The linked plan's readiness as the platform page shows it: everything the plan's own rules
 * find (when a `now` is given to judge it at), plus each open launch gate and open blocker they
 * say nothing about, so the page lists every gate and blocker still holding the launch.
 */
export function planFindings(plan: Plan, config: RulesConfig, now: string | undefined): Readiness {
  const judged = now === undefined ? { state: 'ready' as const, score: 100, findings: [] } : evaluate(plan, { now, config });
  const covered = new Set(judged.findings.map((f) => targetKey(f.target)));
  const extra: Finding[] = [];
  for (const item of plan.checklist) {
    if (!isOpenGate(item) || !isLaunchGate(item) || covered.has(`item:${item.id}`)) continue;
    const owner = item.owner ?? plan.campaign.owner;
    const f = platformFinding(PLAN_GATE_OPEN, config, {
      message: `Gate "${item.label}" is still open in the plan "${plan.campaign.name}"${item.due ? ` (due ${item.due})` : ''}.`,
      target: { kind: 'item', id: item.id },
      ...(owner === undefined ? {} : { owner }),
      fix: 'Pass the gate in the plan and record its evidence before launch.',
    });
    if (f) extra.push(f);
  }
  for (const blocker of plan.blockers) {
    if (blocker.status !== 'open' || covered.has(`blocker:${blocker.id}`)) continue;
    const owner = blocker.owner ?? plan.campaign.owner;
    const f = platformFinding(PLAN_BLOCKER_OPEN, config, {
      message: `Blocker "${blocker.title}" (${blocker.severity}) is open in the plan "${plan.campaign.name}".`,
      target: { kind: 'blocker', id: blocker.id },
      ...(owner === undefined ? {} : { owner }),
      fix: 'Resolve the blocker, or record why it does not hold this launch.',
    });
    if (f) extra.push(f);
  }
  return { ...judged, findings: [...judged.findings, ...extra] };
}
