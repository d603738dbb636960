export { portfolioPatterns, type PortfolioPattern } from './patterns.js';
export { actionsOf, unrecordedActions, type ActionStatus } from './actions.js';
