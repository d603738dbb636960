import { defineRule, hit } from '../rules/rule.js';
import { briefOwner, missingBriefAnswers } from './questions.js';

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
        `Fill in ${missing.map((q) => q.fields.join(' and ')).join('; ')} before sprint planning.`,
        briefOwner(plan),
      ),
    ];
  },
});

export const BRIEF_RULES = [briefComplete];
