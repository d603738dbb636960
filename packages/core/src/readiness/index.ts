export { evaluate, compareFindings } from './evaluate.js';
export { findingsState, isFailing, scoreFindings, worstState } from './score.js';
export { findingsByTarget, targetKey } from './by-target.js';
export { correctiveActions, launchDelayDays, type CorrectiveAction, type ThresholdKey } from './thresholds.js';
