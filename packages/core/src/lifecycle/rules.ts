import { campaignTarget } from '../rules/context.js';
import { defineRule, hit } from '../rules/rule.js';
import { unmetDefinition } from './definitions.js';

export const skippedDefinition = defineRule({
  id: 'lifecycle.skipped-definition',
  title: 'The lifecycle state means what it says',
  severity: 'blocker',
  rationale: 'Ready, approved, live and completed each have one definition; a state that skips it is a finding, not a silent change.',
  check: ({ plan }) => {
    const unmet = unmetDefinition(plan);
    return unmet.length
      ? [hit(campaignTarget(plan), `The campaign is "${plan.campaign.state}" but ${unmet.join('; ')}.`, `Meet the definition of "${plan.campaign.state}" or move the campaign back to the state it has reached.`, plan.campaign.owner)]
      : [];
  },
});

export const LIFECYCLE_RULES = [skippedDefinition];
