import { agenda } from '../cadence/agenda.js';
import { escalations } from '../escalations/escalations.js';
import { evaluate } from '../readiness/evaluate.js';
import { correctiveActions } from '../readiness/thresholds.js';
import { createPlanFromTemplate, templateProblems } from '../templates/create.js';
import { TEMPLATES } from '../templates/catalog.js';
import { planFromTeamTemplate } from '../templates/team.js';
import { loadTeamTemplate, TEMPLATE_DIR } from './templates.js';
import type { CampaignType } from '../plan/vocabulary.js';
import { actionsOf, portfolioPatterns, unrecordedActions } from '../portfolio/index.js';
import { localDate } from '../time/team-day.js';
import { agendaText } from '../cadence/outline.js';
import { computeMetrics } from '../metrics/compute.js';
import { metricsCsv } from '../metrics/figures.js';
import { escalationsText, metricsText, portfolioText, readinessText } from './format.js';
import { checkDate, checkFormat, checkNow, EXIT, InputError, json, loadConfig, loadPlans, requireFiles, type Io, type LoadedPlan } from './io.js';

export type Values = Record<string, string | undefined>;

/** Reports the files that could not be used; the valid ones were already printed. */
export function reportBadInput(problems: string[], io: Io): void {
  io.err(`Invalid input (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
}

/** How plans are judged: the instant, the output format and the rules (`--now`, `--format`, `--config`). */
export async function judgeOptions(values: Values, io: Io) {
  const now = checkNow(values.now, io);
  const format = checkFormat(values.format);
  const config = await loadConfig(values.config);
  return { now, format, config };
}

/** What check and escalations both read: the instant, the output format, the config and the plans. */
async function judgeInputs(command: string, files: string[], values: Values, io: Io) {
  requireFiles(files, command);
  const options = await judgeOptions(values, io);
  return { ...options, ...(await loadPlans(files)) };
}

export async function check(files: string[], values: Values, io: Io): Promise<number> {
  const { plans, problems, ...options } = await judgeInputs('check', files, values, io);
  return printReadiness(plans, problems, options, io);
}

/**
 * `check`'s verdicts and exit code for plans already read, whether from files or from a team server
 * (`file` names where each came from); `problems` are the inputs that could not be used.
 */
export function printReadiness(plans: LoadedPlan[], problems: string[], { now, format, config }: Awaited<ReturnType<typeof judgeOptions>>, io: Io): number {
  const today = localDate(Date.parse(now), config.timeZone);
  const results = plans.map(({ file, plan }) => ({ file, plan, readiness: evaluate(plan, { now, config }), actions: actionsOf(plan, today), unrecorded: unrecordedActions(plan, now, config) }));
  const patterns = portfolioPatterns(plans.map((p) => p.plan), now, config);
  if (format === 'json') {
    // Present only when there is something to say, so a plain result keeps its shape.
    const recurringFor = (id: string) => patterns.filter((p) => p.plans.includes(id));
    io.out(json(results.map(({ file, plan, readiness, actions }) => ({ file, ...readiness, ...(actions.length ? { correctiveActions: actions } : {}), ...(recurringFor(plan.id).length ? { recurring: recurringFor(plan.id) } : {}) }))));
  } else {
    const names = new Map(plans.map((p) => [p.plan.id, p.file]));
    io.out([...results.map(({ file, plan, readiness, actions, unrecorded }) => readinessText(file, plan, readiness, actions, unrecorded)), ...(patterns.length ? [portfolioText(plans.length, patterns, names)] : [])].join('\n'));
  }
  if (problems.length) {
    reportBadInput(problems, io);
    return EXIT.usage;
  }
  return results.some((r) => r.readiness.state === 'blocked') ? EXIT.blocked : EXIT.ok;
}

const FLAG_OF: Record<string, string> = { type: '<type>', name: '--name', launchDate: '--launch', id: '--id', owner: '--owner' };

export async function newPlan(positionals: string[], values: Values, io: Io): Promise<number> {
  if (values.template !== undefined) return newPlanFromTeamTemplate(positionals, values, io);
  const [type, ...extra] = positionals;
  if (extra.length) throw new InputError([`new: unexpected argument "${extra[0]}"`]);
  const options = { name: values.name, launchDate: values.launch, ...(values.id !== undefined ? { id: values.id } : {}), ...(values.owner !== undefined ? { owner: values.owner } : {}) };
  const problems = templateProblems(type, options).map((p) => `${FLAG_OF[p.path] ?? p.path}: ${p.path === 'type' ? `${type === undefined ? 'is required' : `"${type}" is not a template`}; choose one of ${TEMPLATES.map((t) => t.type).join(', ')}` : p.message}`);
  if (problems.length) throw new InputError(problems);
  io.out(json(createPlanFromTemplate(type as CampaignType, options as { name: string; launchDate: string })));
  return EXIT.ok;
}

/** `new --template <id>`: a plan from a team template saved with `template save`. */
async function newPlanFromTeamTemplate(positionals: string[], values: Values, io: Io): Promise<number> {
  if (positionals.length) throw new InputError([`new: give either a template type or --template, not both ("${positionals[0]}")`]);
  const template = await loadTeamTemplate(values.template!, values.dir ?? TEMPLATE_DIR);
  const options = { name: values.name, launchDate: values.launch, ...(values.id !== undefined ? { id: values.id } : {}), ...(values.owner !== undefined ? { owner: values.owner } : {}) };
  const problems = templateProblems(template.type, options).map((p) => `${FLAG_OF[p.path] ?? p.path}: ${p.message}`);
  if (problems.length) throw new InputError(problems);
  io.out(json(planFromTeamTemplate(template, options as { name: string; launchDate: string })));
  return EXIT.ok;
}

export async function agendaCommand(files: string[], values: Values, io: Io): Promise<number> {
  requireFiles(files, 'agenda');
  // Without --date, the current instant: the agenda takes its date on the team's clock (config timeZone).
  const date = values.date === undefined ? io.clock() : checkDate('--date', values.date);
  const format = checkFormat(values.format);
  const config = await loadConfig(values.config);
  const { plans, problems } = await loadPlans(files);
  if (problems.length) {
    reportBadInput(problems, io);
    return EXIT.usage;
  }
  const result = agenda(plans.map((p) => p.plan), date, config);
  io.out(format === 'json' ? json(result) : agendaText(result, plans.length));
  return EXIT.ok;
}

/** `metrics`: the team's figures over every plan given, as of --now (text, JSON or one CSV table). */
export async function metricsCommand(files: string[], values: Values, io: Io): Promise<number> {
  requireFiles(files, 'metrics');
  const now = checkNow(values.now, io);
  const format = checkFormat(values.format, ['text', 'json', 'csv'] as const);
  const config = await loadConfig(values.config);
  const { plans, problems } = await loadPlans(files);
  if (problems.length) {
    reportBadInput(problems, io);
    return EXIT.usage;
  }
  const metrics = computeMetrics(plans.map((p) => p.plan), { now, config });
  io.out(format === 'json' ? json({ now, ...metrics }) : format === 'csv' ? metricsCsv(metrics) : metricsText(metrics, now));
  return EXIT.ok;
}

export async function escalationsCommand(files: string[], values: Values, io: Io): Promise<number> {
  const { now, format, config, plans, problems } = await judgeInputs('escalations', files, values, io);
  const results = plans.map(({ file, plan }) => ({ file, escalations: escalations(plan, now, config), correctiveActions: correctiveActions(plan, now, config) }));
  if (format === 'json') io.out(json(results));
  else io.out(results.map((r) => escalationsText(r.file, r.escalations, r.correctiveActions)).join('\n'));
  if (problems.length) {
    reportBadInput(problems, io);
    return EXIT.usage;
  }
  return EXIT.ok;
}
