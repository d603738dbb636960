import type { RuleDefinition, Target } from '../readiness/types.js';
import type { Plan } from '../plan/schema.js';
import type { RuleContext } from './context.js';

/** What a rule reports; evaluate adds the rule id, the configured severity and the points. */
export interface RuleHit {
  target: Target;
  message: string;
  fix: string;
  owner?: string;
}

/** A rule: catalog data plus a pure check of one plan at one instant. */
export interface Rule extends RuleDefinition {
  check(ctx: RuleContext): RuleHit[];
}

/** Keeps rule declarations typed as rules. */
export const defineRule = (rule: Rule): Rule => rule;

/** Adds `owner` only when someone is named, so findings never carry `owner: undefined`. */
export function hit(target: Target, message: string, fix: string, owner: string | undefined): RuleHit {
  return owner === undefined ? { target, message, fix } : { target, message, fix, owner };
}

type Collection = 'steps' | 'blockers' | 'checklist' | 'milestones' | 'approvals';

/** A check that reports at most one hit per record of one of the plan's collections. */
export function eachRecord<K extends Collection>(collection: K, check: (record: Plan[K][number], ctx: RuleContext) => RuleHit | undefined) {
  // A plain loop: run over 10,000 blockers per rule, flatMap's empty array per record adds up.
  return (ctx: RuleContext): RuleHit[] => {
    const hits: RuleHit[] = [];
    for (const record of ctx.plan[collection] as Plan[K][number][]) {
      const found = check(record, ctx);
      if (found) hits.push(found);
    }
    return hits;
  };
}
