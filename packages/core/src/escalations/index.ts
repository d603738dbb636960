export { escalations, type Escalation, type LadderRole } from './escalations.js';
export { addSlaHours } from '../time/business-hours.js';
