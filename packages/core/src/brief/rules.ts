import { defineRule, hit } from '../rules/rule.js';
import { BRIEF_FIELD_TITLES, briefOwner, missingBriefAnswers, missingBriefFields } from './questions.js';

export const briefComplete = defineRule({
  id: 'brief.complete',
  title: 'The brief answers all six questions',
  severity: 'blocker',
  rationale: 'A campaign whose brief leaves why, who, offer, systems, deadline or success unanswered is not ready for sprint planning.',
  check: ({ plan }) => {
    const missing = missingBriefAnswers(plan.brief);
    if (missing.length === 0) return [];
    const labels = missing.map((q) => q.label.split(':')[0]!.toLowerCase());
    return [
      hit(
        { kind: 'brief', id: plan.id },
        `The brief does not answer: ${labels.join(', ')}.`,
        `Fill in ${missingBriefFields(plan.brief).map((f) => BRIEF_FIELD_TITLES[f]).join(', ')} before sprint planning.`,
        briefOwner(plan),
      ),
    ];
  },
});

export const BRIEF_RULES = [briefComplete];
