/** The platform's campaign against the plan it is linked to: status, dates and budget. */
import type { RulesConfig } from '../config/schema.js';
import { launchApproval } from '../lifecycle/definitions.js';
import type { Plan } from '../plan/schema.js';
import type { Finding, RuleDefinition } from '../readiness/types.js';
import { normaliseBudget } from './budget.js';
import type { CampaignFacts } from './facts.js';
import { platformFinding } from './plan-link.js';

export const LIVE_UNAPPROVED: RuleDefinition = {
  id: 'platform.live-unapproved',
  title: 'Nothing runs on the platform before the launch approval',
  severity: 'blocker',
  rationale: 'A campaign live or scheduled on the platform while the plan has no launch approval is launching without review.',
};

export const PLAN_DATES: RuleDefinition = {
  id: 'platform.plan-dates',
  title: 'The platform dates are the plan’s',
  severity: 'warning',
  rationale: 'A platform start that differs from the plan’s launch date launches before the gates are passed, or after the promise.',
};

export const PLAN_BUDGET: RuleDefinition = {
  id: 'platform.plan-budget',
  title: 'The platform budget is within the plan’s',
  severity: 'blocker',
  rationale: 'The plan’s budget is what was approved; spend above it needs a decision before launch.',
};

export const PLAN_MATCH_RULES = [LIVE_UNAPPROVED, PLAN_DATES, PLAN_BUDGET];

/** Status words the platforms use, as live, scheduled or neither. */
const LIVE = new Set(['enabled', 'active', 'live', 'running', 'in progress', 'in_progress', 'published', 'sending', 'delivering', 'on']);
const SCHEDULED = new Set(['scheduled', 'pending review', 'in review', 'queued']);

export function platformStatus(status: string | undefined): 'live' | 'scheduled' | undefined {
  const word = status?.trim().toLowerCase().replace(/\s+/g, ' ');
  if (word === undefined) return undefined;
  return LIVE.has(word) ? 'live' : SCHEDULED.has(word) ? 'scheduled' : undefined;
}

const money = (amount: number, currency: string) => `${amount.toLocaleString('en-US', { maximumFractionDigits: 3 })} ${currency}`;

/** Findings from comparing the platform facts with the linked plan. */
export function planMatchFindings(facts: CampaignFacts, plan: Plan, config: RulesConfig): Finding[] {
  const out: Finding[] = [];
  const owner = plan.campaign.owner;
  const push = (rule: RuleDefinition, id: string, message: string, fix: string) => {
    const f = platformFinding(rule, config, { message, target: { kind: 'fact', id }, ...(owner === undefined ? {} : { owner }), fix });
    if (f) out.push(f);
  };

  const status = platformStatus(facts.status?.value);
  if (status && !launchApproval(plan)) {
    push(LIVE_UNAPPROVED, 'status', `The campaign is ${status} on ${facts.platform} ("${facts.status!.value.trim()}") but the plan "${plan.campaign.name}" has no launch approval.`, 'Pause it on the platform until the launch step’s Accountable (or backup) approves the launch in the plan.');
  }

  const start = facts.startDate?.value.trim();
  const launch = plan.campaign.launchDate;
  const differs = [
    start && launch && start !== launch ? `starts ${start}, the plan launches ${launch}` : undefined,
    facts.endDate?.value.trim() && plan.campaign.endDate && facts.endDate.value.trim() !== plan.campaign.endDate ? `ends ${facts.endDate.value.trim()}, the plan ends ${plan.campaign.endDate}` : undefined,
  ].filter((d) => d !== undefined);
  if (differs.length) push(PLAN_DATES, 'dates', `On ${facts.platform} the campaign ${differs.join(' and ')}.`, 'Make the platform dates the plan’s, or move the plan’s dates and tell those informed.');

  const planned = plan.campaign.budget;
  if (planned && facts.budget && facts.budget.value.amount !== '') {
    const actual = normaliseBudget(facts.budget.value);
    if (!('code' in actual) && actual.currency === planned.currency && actual.period === planned.period && actual.amount > planned.amount) {
      push(PLAN_BUDGET, 'budget', `The ${actual.period} budget on ${facts.platform} is ${money(actual.amount, planned.currency)}, above the plan’s ${money(planned.amount, planned.currency)}.`, `Lower it to ${money(planned.amount, planned.currency)} or less, or get the plan’s budget approved higher.`);
    }
  }
  return out;
}
