export { portfolioPatterns, type PortfolioPattern } from './patterns.js';
export { actionsOf, unrecordedActions, actionProblems, rescheduleProblems, recordSummary, statusSummary, rescheduleSummary, type ActionStatus, type ActionInput, type RescheduleInput } from './actions.js';
export { filterPortfolio, portfolioRows, sortPortfolio, PORTFOLIO_SORT_KEYS, type PortfolioFilter, type PortfolioRow, type PortfolioSortKey, type SortDirection } from './rows.js';
