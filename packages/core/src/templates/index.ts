export { createPlanFromTemplate, templatePlanId, templateProblems, type TemplateOptions } from './create.js';
export { TEMPLATES, type TemplateInfo } from './catalog.js';
export { parseTeamTemplate, planFromTeamTemplate, templateFromPlan, TeamTemplateSchema, type TeamTemplate } from './team.js';
