import { platformFactsProblems, toCampaignFacts } from '../platform/facts-input.js';
import { checkCampaignFacts } from '../platform/check.js';
import type { Values } from './commands.js';
import { judgeOptions } from './commands.js';
import { readinessLines } from './format.js';
import { EXIT, InputError, json, loadPlans, readJson, type Io } from './io.js';

/** `preflight platform <facts.json> [--plan plan.json]`: a platform campaign's facts checked, against its plan when given. */
export async function platformCommand(positionals: string[], values: Values, io: Io): Promise<number> {
  const [file, ...extra] = positionals;
  if (file === undefined) throw new InputError(['platform: give the campaign facts file, e.g. preflight platform facts.json --plan plan.json']);
  if (extra.length) throw new InputError([`platform: unexpected argument "${extra[0]}"`]);
  const { now, format, config } = await judgeOptions(values, io);
  const { data, error } = await readJson(file);
  if (error) throw new InputError([error]);
  const problems = platformFactsProblems(data);
  if (problems.length) throw new InputError(problems.map((p) => `${file}:${p}`));
  let plan;
  if (values.plan !== undefined) {
    const loaded = await loadPlans([values.plan]);
    if (loaded.problems.length) throw new InputError(loaded.problems);
    plan = loaded.plans[0]!.plan;
  }
  const facts = toCampaignFacts(data as Record<string, unknown>);
  const readiness = checkCampaignFacts(facts, config, plan, now);
  if (format === 'json') io.out(json({ file, ...readiness }));
  else io.out(readinessLines(`${file}: ${facts.name?.value ?? facts.campaignKey} (${facts.platform}${plan ? `, plan ${plan.id}` : ''})`, readiness));
  return readiness.state === 'blocked' ? EXIT.blocked : EXIT.ok;
}
