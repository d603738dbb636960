export type { BudgetValue, CampaignFacts, Fact } from './facts.js';
