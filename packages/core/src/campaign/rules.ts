import { namingHits } from '../platform/naming.js';
import { campaignTarget } from '../rules/context.js';
import { defineRule } from '../rules/rule.js';

export const campaignNaming = defineRule({
  id: 'campaign.naming',
  title: "The plan's campaign name follows the naming convention",
  severity: 'warning',
  rationale: 'The plan names the campaign the platforms will carry; a name outside the convention there falls out of every report.',
  check: ({ plan, config }) => namingHits(plan.campaign.name.trim(), config, campaignTarget(plan), plan.campaign.owner),
});

export const CAMPAIGN_RULES = [campaignNaming];
