import type { RulesConfig } from '../config/schema.js';
import { DEFAULT_NAMING_PATTERN } from '../config/defaults.js';
import type { Target } from '../readiness/types.js';
import { hit, type RuleHit } from '../rules/rule.js';

/** The longest campaign name the platforms accept (Google Ads, LinkedIn: 255). */
export const MAX_NAME_LENGTH = 255;

/**
 * Whether a campaign name follows the configured naming convention, as findings about `target`:
 * on a platform page and in the plan alike. Empty when it does.
 */
export function namingHits(name: string, config: RulesConfig, target: Target, owner: string | undefined): RuleHit[] {
  const example = config.platform.namingPattern === DEFAULT_NAMING_PATTERN ? ' like 2026q3_emea_email_product-launch (year, quarter, region, channel, topic)' : '';
  // A configured pattern may backtrack badly; never hand it more text than a real name holds.
  if (name.length > MAX_NAME_LENGTH) {
    return [
      hit(
        target,
        `The campaign name is ${name.length} characters long; platforms allow at most ${MAX_NAME_LENGTH}, so it cannot be a name the convention accepts.`,
        `Rename it to a shorter name${example || ` that matches ${config.platform.namingPattern}`}.`,
        owner,
      ),
    ];
  }
  let pattern: RegExp;
  try {
    pattern = new RegExp(config.platform.namingPattern);
  } catch {
    return [hit(target, `The naming pattern ${config.platform.namingPattern} is not a valid regular expression.`, 'Fix the naming pattern in the options.', undefined)];
  }
  if (pattern.test(name)) return [];
  return [hit(target, `"${name}" does not follow the naming convention ${config.platform.namingPattern}.`, `Rename it${example} to match ${config.platform.namingPattern}.`, owner)];
}
