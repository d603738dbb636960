export { portfolioPatterns, type PortfolioPattern } from './patterns.js';
export { actionsOf, unrecordedActions, type ActionStatus } from './actions.js';
export { filterPortfolio, portfolioRows, sortPortfolio, PORTFOLIO_SORT_KEYS, type PortfolioFilter, type PortfolioRow, type PortfolioSortKey, type SortDirection } from './rows.js';
