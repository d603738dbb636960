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
  if (config.platform.namingPattern === DEFAULT_NAMING_PATTERN) {
    return [
      hit(
        target,
        `"${name}" does not follow the naming convention: ${defaultConventionProblem(name)}.`,
        'Rename it like 2026q3_emea_email_product-launch: year and quarter, region, channel and topic, joined by _.',
        owner,
      ),
    ];
  }
  return [hit(target, `"${name}" does not follow the team's naming convention (the pattern ${config.platform.namingPattern} in its rules).`, `Rename it to match ${config.platform.namingPattern}.`, owner)];
}

/** The default convention's parts in order, each with what a person is told when it is the first one wrong. */
const DEFAULT_PARTS: readonly { pattern: RegExp; says: string }[] = [
  { pattern: /\d{4}q[1-4]/y, says: 'it should start with the year and quarter, like 2026q3' },
  { pattern: /_/y, says: 'the year and quarter should be followed by _' },
  { pattern: /[a-z]{2,4}(?=_)/y, says: 'after the year and quarter comes the region, 2 to 4 lowercase letters like emea, then _' },
  { pattern: /_(email|cpc|paid_social|display|event)(?=_)/y, says: 'after the region comes the channel: email, cpc, paid_social, display or event, then _' },
  { pattern: /_[a-z0-9-]+$/y, says: 'it should end with the topic in lowercase letters, digits and -, like product-launch' },
];

/** The first part of a name that breaks the default convention, in words. */
function defaultConventionProblem(name: string): string {
  let at = 0;
  for (const part of DEFAULT_PARTS) {
    part.pattern.lastIndex = at;
    const match = part.pattern.exec(name);
    if (!match) return part.says;
    at = part.pattern.lastIndex;
  }
  return 'it should be year and quarter, region, channel and topic joined by _';
}
