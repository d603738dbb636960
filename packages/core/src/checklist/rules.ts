import { defineRule, eachRecord, hit } from '../rules/rule.js';
import { GUARDRAIL_RULES } from './guardrails.js';
import { gateDueDate, isDone, isDueGate, isHttpsLink, isOpenGate, itemTarget, overduePostLaunchDate } from './gates.js';

export const openDueGate = defineRule({
  id: 'gate.open-due',
  title: 'No gate is open past its due date',
  severity: 'blocker',
  rationale: 'A launch gate blocks launch until it is done, so once it is due and still open the campaign is blocked (post-launch gates never are).',
  check: eachRecord('checklist', (item, { plan, today }) =>
    isDueGate(item, plan, today)
      ? hit(itemTarget(item), `Gate "${item.label}" was due ${gateDueDate(item, plan)} and is still open.`, 'Finish it and record who did it, when, and an https evidence link.', item.owner ?? plan.campaign.owner)
      : undefined,
  ),
});

export const postLaunchOverdue = defineRule({
  id: 'gate.post-launch-overdue',
  title: 'Post-launch gates are kept after launch',
  severity: 'warning',
  rationale: 'CRM source capture, sales feedback and monthly reporting come after launch: late, they weaken what the campaign learns, but they never stop a live campaign.',
  check: eachRecord('checklist', (item, { plan, today, config }) => {
    const owed = overduePostLaunchDate(item, plan, today, config.timeZone);
    return owed === undefined
      ? undefined
      : hit(itemTarget(item), `Post-launch gate "${item.label}" was due ${owed} and is not done; the live campaign is not held by it.`, 'Get it done and record who did it, when, and an https evidence link.', item.owner ?? plan.campaign.owner);
  }),
});

export const gateOwner = defineRule({
  id: 'checklist.gate-owner',
  title: 'Every open gate has an owner',
  severity: 'warning',
  rationale: 'A gate nobody owns is found open on launch day.',
  check: eachRecord('checklist', (item, { plan }) =>
    isOpenGate(item) && !item.owner?.trim() ? hit(itemTarget(item), `Gate "${item.label}" has no owner.`, 'Name the role who gets this gate done.', plan.campaign.owner) : undefined,
  ),
});

export const evidence = defineRule({
  id: 'checklist.evidence',
  title: 'A passed gate links its evidence (https)',
  severity: 'warning',
  rationale: 'A gate marked done without a link to proof (a QA report, a test lead, a screenshot) cannot be checked by anyone else.',
  check: eachRecord('checklist', (item, { plan }) =>
    item.gate && isDone(item) && !isHttpsLink(item.evidence)
      ? hit(
          itemTarget(item),
          item.evidence ? `The evidence for gate "${item.label}" is not an https link.` : `Gate "${item.label}" is done without evidence.`,
          'Link the proof with an https:// URL.',
          item.doneBy ?? item.owner ?? plan.campaign.owner,
        )
      : undefined,
  ),
});

export const doneBy = defineRule({
  id: 'checklist.done-by',
  title: 'Done items say who did them',
  severity: 'warning',
  rationale: 'Knowing who ticked an item off is how a question about it reaches the right person.',
  check: eachRecord('checklist', (item, { plan }) =>
    isDone(item) && !item.doneBy?.trim() ? hit(itemTarget(item), `"${item.label}" is done but nobody is recorded as having done it.`, 'Record who did it.', item.owner ?? plan.campaign.owner) : undefined,
  ),
});

export const CHECKLIST_RULES = [openDueGate, postLaunchOverdue, ...GUARDRAIL_RULES, gateOwner, evidence, doneBy];
