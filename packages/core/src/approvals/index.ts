export { approvalSlaHours, blockedApprovals } from './sla.js';
export { approvalSlaClock, durationText, type SlaClock } from './sla-clock.js';
export {
  DECISION_TITLES,
  approvalDeciders,
  decidersText,
  decidingStep,
  decisionProblems,
  decisionSummary,
  mayDecide,
  requestSummary,
  type Decider,
  type DecisionInput,
} from './deciders.js';
export { requestProblems, type RequestInput } from './requests.js';
