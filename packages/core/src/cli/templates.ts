import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Id } from '../plan/primitives.js';
import { TEMPLATES } from '../templates/catalog.js';
import { parseTeamTemplate, templateFromPlan, type TeamTemplate } from '../templates/team.js';
import type { Values } from './commands.js';
import { checkFormat, EXIT, InputError, json, loadPlans, readJson, type Io } from './io.js';

/** Where team templates are kept unless --dir says otherwise. */
export const TEMPLATE_DIR = 'preflight-templates';

const fileOf = (dir: string, id: string) => join(dir, `${id}.json`);

/** A saved team template by id (from --dir) or by path (ending .json). */
export async function loadTeamTemplate(ref: string, dir: string): Promise<TeamTemplate> {
  const file = ref.endsWith('.json') ? ref : fileOf(dir, ref);
  const { data, error } = await readJson(file);
  if (error) throw new InputError([error]);
  const result = parseTeamTemplate(data);
  if (!result.ok) throw new InputError(result.problems.map((p) => `${file}:${p.path}: ${p.message}`));
  return result.value;
}

async function save(args: string[], values: Values, io: Io): Promise<number> {
  const [file, ...extra] = args;
  if (file === undefined) throw new InputError(['template save: give the plan file to save, e.g. preflight template save plan.json --id emea-webinar']);
  if (extra.length) throw new InputError([`template save: unexpected argument "${extra[0]}"`]);
  if (values.id === undefined) throw new InputError(['--id is required: the name the team will make plans from, e.g. emea-webinar']);
  if (!Id.safeParse(values.id).success) throw new InputError([`--id: "${values.id}" must start with a letter or digit and use only letters, digits, _ . : -`]);
  const { plans, problems } = await loadPlans([file]);
  if (problems.length) throw new InputError(problems);
  const plan = plans[0]!.plan;
  if (plan.campaign.launchDate === undefined) throw new InputError([`${file}:campaign.launchDate: is required to save the plan's dates as days from launch`]);
  const template = templateFromPlan(plan, { id: values.id, ...(values.title !== undefined ? { title: values.title } : {}) });
  const dir = values.dir ?? TEMPLATE_DIR;
  await mkdir(dir, { recursive: true });
  await writeFile(fileOf(dir, template.id), json(template));
  const gates = template.checklist.filter((i) => i.gate).length;
  io.out(`Saved team template ${template.id} (${template.type}: ${template.steps.length} steps, ${gates} gates, ${template.milestones.length} milestones) to ${fileOf(dir, template.id)}\nMake a plan from it: preflight new --template ${template.id} --name <name> --launch <YYYY-MM-DD>${values.dir ? ` --dir ${dir}` : ''}\n`);
  return EXIT.ok;
}

async function list(args: string[], values: Values, io: Io): Promise<number> {
  if (args.length) throw new InputError([`template list: unexpected argument "${args[0]}"`]);
  const format = checkFormat(values.format);
  const dir = values.dir ?? TEMPLATE_DIR;
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new InputError([`${dir}: cannot read the folder: ${(error as Error).message}`]);
  }
  const team: TeamTemplate[] = [];
  const problems: string[] = [];
  for (const name of names) {
    try {
      team.push(await loadTeamTemplate(join(dir, name), dir));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.lines);
    }
  }
  const rows = team.map((t) => ({ id: t.id, title: t.title, type: t.type, steps: t.steps.length, gates: t.checklist.filter((i) => i.gate).length }));
  if (format === 'json') io.out(json({ builtIn: TEMPLATES.map((t) => ({ type: t.type, title: t.title })), team: rows }));
  else {
    io.out(
      [
        `Built in (${TEMPLATES.length}): preflight new <type> --name <name> --launch <date>`,
        ...TEMPLATES.map((t) => `  - ${t.type}: ${t.title}`),
        `Team templates in ${dir} (${rows.length}): preflight new --template <id> --name <name> --launch <date>`,
        ...(rows.length ? rows.map((r) => `  - ${r.id}: ${r.title} (${r.type}; ${r.steps} steps, ${r.gates} gates)`) : ['  none yet: preflight template save <plan.json> --id <id>']),
      ].join('\n') + '\n',
    );
  }
  if (problems.length) {
    io.err(`Invalid templates (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    return EXIT.usage;
  }
  return EXIT.ok;
}

/** `preflight template save|list`. */
export async function templateCommand(positionals: string[], values: Values, io: Io): Promise<number> {
  const [action, ...rest] = positionals;
  if (action === 'save') return save(rest, values, io);
  if (action === 'list') return list(rest, values, io);
  throw new InputError([`template: ${action === undefined ? 'say what to do' : `unknown action "${action}"`}: save or list`]);
}
