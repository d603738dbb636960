export { criticalPath, type CriticalPath } from './critical-path.js';
export { STEP_RULES } from './rules.js';
