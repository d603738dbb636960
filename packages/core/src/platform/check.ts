import type { RulesConfig } from '../config/schema.js';
import type { Plan } from '../plan/schema.js';
import { compareFindings } from '../readiness/evaluate.js';
import { scoreFindings } from '../readiness/score.js';
import type { Finding, Readiness, RuleDefinition } from '../readiness/types.js';
import type { CampaignFacts } from './facts.js';
import { planFindings, platformFinding } from './plan-link.js';
import { planMatchFindings } from './plan-match.js';
import { collectUtm, PLATFORM_RULES } from './rules.js';

export const PLATFORM_DISABLED: RuleDefinition = {
  id: 'platform.disabled',
  title: 'Checks are turned on for this platform',
  severity: 'info',
  rationale: 'A platform turned off in the options is not checked; its campaigns are neither ready nor at risk.',
};

/** Whether the rules check this platform's campaigns at all (the options' enabled platforms). */
export const platformChecked = (config: RulesConfig, platform: CampaignFacts['platform']): boolean => config.platform.enabled.includes(platform);

/** A campaign's readiness from its platform facts; `checked` is false when the platform is turned off. */
export interface PlatformReadiness extends Readiness {
  checked: boolean;
}

/**
 * Checks what the extension read off a campaign page against the rules config and, when the
 * campaign is linked to a plan, compares the two (status against the launch approval, dates, budget)
 * and adds that plan's readiness (judged at `now`). Pure: same input,
 * same result.
 */
export function checkCampaignFacts(facts: CampaignFacts, config: RulesConfig, plan?: Plan, now?: string): PlatformReadiness {
  if (!platformChecked(config, facts.platform)) {
    // Not "ready": nothing was judged. Points 0 so the score does not pretend otherwise either way.
    const off: Finding = {
      ruleId: PLATFORM_DISABLED.id,
      severity: 'info',
      message: `Checks for ${facts.platform} are turned off, so this campaign was not checked.`,
      target: { kind: 'fact', id: 'platform' },
      fix: 'Turn the platform on in the options to check its campaigns.',
      points: 0,
    };
    return { state: 'ready', score: 100, findings: [off], checked: false };
  }
  const owner = facts.owner?.value.trim() || plan?.campaign.owner;
  const ctx = { facts, config, utm: collectUtm(facts), owner };
  const findings: Finding[] = [];
  for (const rule of PLATFORM_RULES) {
    for (const h of rule.check(ctx)) {
      const f = platformFinding(rule, config, h);
      if (f) findings.push(f);
    }
  }
  if (plan !== undefined) findings.push(...planMatchFindings(facts, plan, config));
  findings.sort(compareFindings);
  const linked = plan === undefined ? undefined : planFindings(plan, config, now);
  const all = linked === undefined ? findings : [...findings, ...linked.findings];
  return { ...scoreFindings(all, linked?.state === 'at-risk'), checked: true };
}
