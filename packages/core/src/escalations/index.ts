export { escalations, type Escalation, type LadderRole } from './escalations.js';
export { reviewLadder, type LadderRung } from './ladder.js';
export { addSlaHours } from '../time/business-hours.js';
